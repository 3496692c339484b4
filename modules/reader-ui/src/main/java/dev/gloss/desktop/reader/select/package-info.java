/**
 * The text the user selects: the pages' text layers extracted in the background
 * ({@link dev.gloss.desktop.reader.select.PageTexts}), the selection itself and how it is painted.
 */
package dev.gloss.desktop.reader.select;
