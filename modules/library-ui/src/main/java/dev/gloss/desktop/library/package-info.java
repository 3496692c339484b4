/** The library window: the papers of the workspace, opened in the reader on double-click. */
package dev.gloss.desktop.library;
