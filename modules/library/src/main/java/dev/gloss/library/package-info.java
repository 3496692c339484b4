/**
 * The library (pure, no windowing dependency): importing PDFs into a workspace with their
 * metadata and embedded annotations ({@link dev.gloss.library.PaperImporter}), making and
 * re-anchoring text annotations ({@link dev.gloss.library.Annotator},
 * {@link dev.gloss.library.Anchoring}), clips ({@link dev.gloss.library.Clips}), carrying
 * annotations to Markdown, W3C Web Annotation JSON-LD and "PDF with annotations" and back
 * ({@link dev.gloss.library.MarkdownExport}, {@link dev.gloss.library.WebAnnotations},
 * {@link dev.gloss.library.WebAnnotationImport}, {@link dev.gloss.library.PdfExport}), and the demo
 * paper every new workspace starts with ({@link dev.gloss.library.DemoPaper},
 * {@link dev.gloss.library.DemoWorkspace}). Failures the user can act on are
 * {@link dev.gloss.library.LibraryException}s whose message is one sentence.
 */
package dev.gloss.library;
