/**
 * Rendered pages kept on disk ({@link dev.gloss.pdf.raster.PageRasters}): what a reader showed of
 * a file last time and each paper's first page, so both show before anything is rendered again.
 */
package dev.gloss.pdf.raster;
