/**
 * The library's core (pure, no windowing dependency): importing PDFs into a workspace with their
 * metadata and the annotations other readers wrote into them ({@link dev.gloss.library.PaperImporter},
 * {@link dev.gloss.library.PdfAnnotationImport}), and finding papers ({@link dev.gloss.library.Papers}).
 * Failures the user can act on, in every package of the library, are
 * {@link dev.gloss.library.LibraryException}s. The other jobs have their own packages:
 * {@code anchor} (making annotations and finding them again), {@code exchange} (Markdown, JSON-LD,
 * PDF with annotations) and {@code demo} (the demo paper a new workspace starts with). Reading and
 * writing the marks inside a PDF is the pdf module's ({@link dev.gloss.pdf.marks.PdfMarks}).
 */
package dev.gloss.library;
