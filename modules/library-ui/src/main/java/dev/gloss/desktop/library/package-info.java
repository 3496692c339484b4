/**
 * The library window (the papers of the workspace, filtered as you type, opened in the reader),
 * File ▸ Import PDF… with its progress, and search: Quick Search in the toolbar and the Search
 * window's results grouped by paper.
 */
package dev.gloss.desktop.library;
