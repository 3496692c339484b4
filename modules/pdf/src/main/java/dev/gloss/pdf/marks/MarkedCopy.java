package dev.gloss.pdf.marks;

/**
 * A copy of a PDF with its marks rewritten, not saved yet.
 *
 * @param bytes the whole file
 * @param marks how many annotations it carries
 */
public record MarkedCopy(byte[] bytes, int marks) {
}
