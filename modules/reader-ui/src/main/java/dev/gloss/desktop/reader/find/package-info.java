/**
 * Find in the document: the find bar, the search over the pages' text in the background, the hits
 * painted over the pages and the current hit kept as the selection (so H highlights it).
 */
package dev.gloss.desktop.reader.find;
