/**
 * The reader: a PDF as a platform file type ({@link dev.gloss.desktop.reader.PdfDataObject}),
 * shown in one tab per document ({@link dev.gloss.desktop.reader.ReaderTopComponent}) with
 * continuous pages rendered in the background, find, outline and thumbnails, and the paper's
 * annotations: the tab's {@link dev.gloss.desktop.reader.AnnotationModel} (in its lookup, with
 * the undo/redo manager) drawn by {@link dev.gloss.desktop.reader.AnnotationLayer}, made and
 * changed through {@link dev.gloss.desktop.reader.AnnotationEditor}. Other windows reach it
 * through core-ui's {@code ReaderNavigator} and {@code PaperOpener}, never through this package.
 */
package dev.gloss.desktop.reader;
