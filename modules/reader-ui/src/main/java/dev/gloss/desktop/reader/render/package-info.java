/**
 * The open document and its page column: rendering pages and tiles on background threads into a
 * byte-bounded cache, the layout, zoom and reading position of {@link dev.gloss.desktop.reader.render.PageView},
 * the overlays it paints, and the reader's vector icons.
 */
package dev.gloss.desktop.reader.render;
