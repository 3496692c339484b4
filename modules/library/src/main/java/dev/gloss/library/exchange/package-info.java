/**
 * Carrying a paper's annotations out of the workspace and back: Markdown notes
 * ({@link dev.gloss.library.exchange.MarkdownExport}), W3C Web Annotation JSON-LD both ways
 * ({@link dev.gloss.library.exchange.WebAnnotations}, {@link dev.gloss.library.exchange.WebAnnotationImport}),
 * and "PDF with annotations" ({@link dev.gloss.library.exchange.PdfExport}; a PDF's own annotations
 * come back in through {@link dev.gloss.library.PdfAnnotationImport} on import).
 */
package dev.gloss.library.exchange;
