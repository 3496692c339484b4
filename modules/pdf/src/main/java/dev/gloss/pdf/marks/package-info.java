/**
 * PDF annotations ("marks") as the file holds them: {@link dev.gloss.pdf.marks.PdfMarks#read} gives
 * the marks in a PDF, {@link dev.gloss.pdf.marks.PdfMarks#copyWith} writes Gloss annotations into a copy.
 * Turning marks into workspace annotations (the text under them, de-duplication) is the library's job.
 */
package dev.gloss.pdf.marks;
