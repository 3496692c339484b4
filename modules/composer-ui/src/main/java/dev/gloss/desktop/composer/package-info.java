/** Gloss Desktop Composer */
package dev.gloss.desktop.composer;
