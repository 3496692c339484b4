/**
 * Moving through a document: the reading keys, links, the outline and page thumbnails of the side
 * panel, and the reading position remembered per paper.
 */
package dev.gloss.desktop.reader.navigate;
