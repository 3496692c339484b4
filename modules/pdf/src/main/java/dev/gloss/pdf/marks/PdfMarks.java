package dev.gloss.pdf.marks;

import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The annotations readers write into a PDF ("marks"), read and written. Reading gives each mark
 * as it is in the file ({@link PdfMark}); what they mean in a workspace (the text under them,
 * which are new) is the library's business. Writing makes a copy of a PDF whose marks are
 * exactly a list of Gloss annotations; the file itself is only read.
 * <pre>{@code
 * List<PdfMark> marks = PdfMarks.read(file, null);
 * MarkedCopy copy = PdfMarks.copyWith(file, null, annotations);
 * Files.write(out, copy.bytes());
 * }</pre>
 */
public final class PdfMarks {
    private PdfMarks() {
    }

    /**
     * Every mark of the file Gloss reads (Highlight, Underline, StrikeOut, Squiggly, Text, FreeText,
     * Ink with its strokes, and Square, a box drawn around a figure, read as a clip of that area),
     * page by page in /Annots order. Other subtypes (links, form widgets, popups, stamps) are not
     * the user's notes and are skipped; a page whose annotations cannot be parsed is logged and
     * skipped, the others are still read.
     *
     * @param password the file's password, or null
     * @throws IOException if the file cannot be opened at all
     */
    public static List<PdfMark> read(Path file, char[] password) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile(), password == null ? "" : new String(password))) {
            return MarkReader.read(doc);
        }
    }

    /**
     * A copy of {@code file} whose marks are exactly {@code annotations} (in that order, page by
     * page; those on a page the file does not have are left out). An annotation read from the
     * file itself (its {@code source} is one of the file's {@link PdfMark#key() keys}) updates
     * that mark in place, keeping its appearance; marks no annotation stands for are removed.
     * An encrypted file is opened with its password and the copy is written without encryption.
     *
     * @param password the file's password, or null
     * @throws PdfException if the file cannot be opened: its password
     *                      ({@link PdfException.Reason#needsPassword()}), or anything else, with
     *                      what PDFBox said as its cause
     * @throws IOException  if the copy cannot be made
     */
    public static MarkedCopy copyWith(Path file, char[] password, List<Annotation> annotations)
            throws PdfException, IOException {
        try (PDDocument doc = load(file, password)) {
            int written = MarkWriter.apply(doc, annotations);
            if (doc.isEncrypted()) {
                doc.setAllSecurityToBeRemoved(true);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return new MarkedCopy(bytes.toByteArray(), written);
        }
    }

    private static PDDocument load(Path file, char[] password) throws PdfException {
        String name = String.valueOf(file.getFileName());
        try {
            return Loader.loadPDF(file.toFile(), password == null ? "" : new String(password));
        } catch (InvalidPasswordException e) {
            boolean gave = password != null && password.length > 0;
            throw new PdfException(e, gave ? PdfException.Reason.WRONG_PASSWORD : PdfException.Reason.PASSWORD_REQUIRED, name);
        } catch (IOException e) {
            throw new PdfException(e, PdfException.Reason.DAMAGED_BECAUSE, String.valueOf(e.getMessage()));
        }
    }
}
