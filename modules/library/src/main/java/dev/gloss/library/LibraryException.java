package dev.gloss.library;

import dev.gloss.workspace.ReasonedException;

/**
 * A library operation failed for a reason the user can act on: a file that is not a PDF, a quote
 * that is not on the page, an unknown colour. {@link #reason()} and {@link #args()} are phrased
 * by the CLI and the desktop; {@link #getMessage()} is a developer line for the log.
 */
public class LibraryException extends ReasonedException {
    private static final long serialVersionUID = 1L;

    /** One constant per sentence (its values in brackets). */
    public enum Reason {
        /** [the PdfException] The PDF could not be opened or read: its own sentence. */
        PDF,
        /** [the WorkspaceException] The workspace refused: its own sentence. */
        WORKSPACE,
        /** [] */
        NO_PAPER_ID,
        /** [id or prefix] */
        NO_SUCH_PAPER,
        /** [prefix, how many match, the first ids] */
        AMBIGUOUS_PAPER,
        /** [page] */
        NOTHING_SELECTED,
        /** [] */
        EMPTY_QUOTE,
        /** [title, page, pages it has] */
        NO_SUCH_PAGE,
        /** [page, title] */
        QUOTE_NOT_FOUND,
        /** [] */
        CLIP_WITHOUT_AREA,
        /** [] */
        NO_PNG_WRITER,
        /** [what the system said] */
        CLIP_NOT_ENCODED,
        /** [what the system said] */
        CLIP_NOT_SAVED,
        /** [page] */
        CLIP_OUTSIDE_PAGE,
        /** [file name, what the parser said] */
        NOT_JSON,
        /** [file name, what the system said] */
        CANNOT_READ,
        /** [file name] */
        NO_WEB_ANNOTATIONS,
        /** [number, LibraryException] One annotation of a file was skipped. */
        ANNOTATION_SKIPPED,
        /** [number, its IRI, LibraryException] */
        ANNOTATION_SKIPPED_IRI,
        /** [page, pages the paper has] The clause of a skipped annotation. */
        PAGE_BEYOND_PAPER,
        /** [] The clause of a skipped annotation. */
        NO_TARGET,
        /** [path, what the system said] */
        CANNOT_WRITE,
        /** [title, path] */
        PDF_MISSING,
        /** [title] */
        EXPORT_NEEDS_PASSWORD,
        /** [title, what PDFBox said] */
        PDF_UNREADABLE,
        /** [what was given, the colour names] */
        NOT_A_COLOUR,
        /** [file name] */
        NOT_A_FILE,
        /** [file name] */
        NOT_FOUND,
        /** [file name, FileFailure] */
        CANNOT_IMPORT,
        /** [file name] An unexpected failure (a bug), logged with its stack. */
        IMPORT_FAILED,
        /** [file name] */
        IMPORT_INTERRUPTED,
        /** [] */
        DEMO_SENTENCE_MISSING
    }

    public LibraryException(Reason reason, Object... args) {
        this(null, reason, args);
    }

    /** @param cause for the log */
    public LibraryException(Throwable cause, Reason reason, Object... args) {
        super(cause, reason, args);
    }

    /** A PDF that could not be read, with its own sentence. */
    public static LibraryException of(dev.gloss.pdf.PdfException e) {
        return new LibraryException(e, Reason.PDF, e);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
