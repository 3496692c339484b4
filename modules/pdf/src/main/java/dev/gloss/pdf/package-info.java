/**
 * Reading PDFs with PDFBox: open (with passwords, and a time bound for damaged or hostile
 * files), render pages and tiles, the text layer in reading order with word boxes, selection,
 * find, outline, page labels, links and paper metadata. Pure: no windowing dependency.
 *
 * <h2>Coordinates</h2>
 * Every box, quad and point of this API ({@link dev.gloss.pdf.Word#box()},
 * {@link dev.gloss.pdf.PageText#quads}, {@link dev.gloss.pdf.PageText#select},
 * {@link dev.gloss.pdf.PdfLink#area()}) is in <em>page space</em>: the PDF default user space
 * of the page, in points, y upwards, not rotated by the page's /Rotate. That is exactly the
 * space of an annotation's /Rect and /QuadPoints, so quads can be written into a PDF as they
 * are. For almost every paper its origin is the bottom-left corner of the crop box; when a crop
 * box does not start at (0, 0), {@link dev.gloss.pdf.PageGeometry} accounts for it.
 * {@link dev.gloss.pdf.PageGeometry} (from {@link dev.gloss.pdf.PdfDocument#geometry}) converts
 * between page space and the pixels of an image rendered at a scale (y down, rotation applied).
 * Pages are numbered from 1 everywhere.
 *
 * <h2>Threads</h2>
 * {@link dev.gloss.pdf.PdfDocument} serializes its PDFBox calls, so any thread may use it; the
 * UI should render and extract off the event thread, and keep the images it shows in a cache
 * of its own (the reader's is bounded by the bytes its pixels take).
 */
package dev.gloss.pdf;
