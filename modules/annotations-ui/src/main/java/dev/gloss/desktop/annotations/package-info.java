/** Gloss Desktop Annotations */
package dev.gloss.desktop.annotations;
