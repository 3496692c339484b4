/** Gloss Desktop Reader */
package dev.gloss.desktop.reader;
