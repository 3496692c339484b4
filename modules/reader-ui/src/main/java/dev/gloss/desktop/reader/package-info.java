/**
 * The reader window: a PDF as a platform file type ({@link dev.gloss.desktop.reader.PdfDataObject}),
 * one tab per document ({@link dev.gloss.desktop.reader.ReaderTopComponent}) whose
 * {@link dev.gloss.desktop.reader.ReaderPanel} wires the parts of the sub-packages together (tool
 * bar, keys, mouse, context menu), and the reader's services to other windows
 * ({@link dev.gloss.desktop.reader.Navigator}, the status line, Options ▸ Reader). The parts, by
 * job: {@code open} (files in, the library), {@code render} (the document and its page column),
 * {@code select} (text selection), {@code find}, {@code annotate} and {@code navigate}. Other
 * windows reach the reader through core-ui's {@code ReaderNavigator} and {@code PaperOpener}, never
 * through these packages; {@link dev.gloss.desktop.reader.ReaderProbe} is the benchmark's way in.
 */
package dev.gloss.desktop.reader;
