package dev.gloss.pdf;

import dev.gloss.workspace.ReasonedCheckedException;

/**
 * A PDF could not be opened or read. {@link #reason()} says which sentence tells the user and
 * {@link #args()} the values it names (the file name, a page, a detail from PDFBox); the CLI and
 * the desktop phrase it. {@link #getMessage()} is a developer line for the log, such as
 * {@code NOT_A_PDF [bad.pdf]}.
 */
public class PdfException extends ReasonedCheckedException {
    private static final long serialVersionUID = 1L;

    /** Why a PDF could not be read: one constant per sentence (its values in brackets). */
    public enum Reason {
        /** [name] The file does not exist. */
        NOT_FOUND,
        /** [name] The path is a folder. */
        FOLDER,
        /** [name] The file is not a PDF at all (no {@code %PDF} header). */
        NOT_A_PDF,
        /** [name, detail] The file could not be read from disk. */
        UNREADABLE,
        /** [name] Opening was interrupted. */
        INTERRUPTED,
        /** [name, seconds] Reading the file took longer than the time bound. */
        TIMEOUT,
        /** [name] The file is encrypted and no password (or the empty one) was given. */
        PASSWORD_REQUIRED,
        /** [name] The password given does not open the file. */
        WRONG_PASSWORD,
        /** [name] The file is encrypted for a certificate (public-key security), which Gloss cannot open. */
        CERTIFICATE_ENCRYPTED,
        /** [] Damaged: the file is empty. */
        EMPTY,
        /** [] Damaged: its page tree lists no pages. */
        NO_PAGES,
        /** [] Damaged: the cross-reference table is missing or broken. */
        BROKEN_XREF,
        /** [] Damaged: the trailer is missing or broken. */
        BROKEN_TRAILER,
        /** [] Damaged: the document catalog is missing. */
        NO_CATALOG,
        /** [] Damaged: the page tree is broken. */
        BROKEN_PAGE_TREE,
        /** [detail] Damaged: its encryption could not be read. */
        BROKEN_ENCRYPTION,
        /** [] Damaged: it ends too early. */
        TRUNCATED,
        /** [] Damaged (or hostile): opening it needs more memory than there is. */
        TOO_BIG_TO_OPEN,
        /** [] Damaged in another way, PDFBox said nothing useful. */
        DAMAGED,
        /** [detail] Damaged in another way, with what PDFBox said. */
        DAMAGED_BECAUSE,
        /** [page] One page could not be drawn. */
        PAGE_NOT_DRAWN,
        /** [page, detail] One page could not be drawn, with what PDFBox said. */
        PAGE_NOT_DRAWN_BECAUSE,
        /** [page] The text of one page could not be read. */
        PAGE_NOT_READ,
        /** [page, detail] The text of one page could not be read, with what PDFBox said. */
        PAGE_NOT_READ_BECAUSE,
        /** [page] One page needs more memory to draw than there is. */
        PAGE_TOO_LARGE;

        /** The file itself is broken or hostile: trying again will not help. */
        public boolean isDamaged() {
            return switch (this) {
                case EMPTY, NO_PAGES, BROKEN_XREF, BROKEN_TRAILER, NO_CATALOG, BROKEN_PAGE_TREE, BROKEN_ENCRYPTION,
                        TRUNCATED, TOO_BIG_TO_OPEN, DAMAGED, DAMAGED_BECAUSE, PAGE_NOT_DRAWN, PAGE_NOT_DRAWN_BECAUSE,
                        PAGE_NOT_READ, PAGE_NOT_READ_BECAUSE -> true;
                default -> false;
            };
        }

        /** The file may open on another try (the disk, the time bound or the memory was the problem). */
        public boolean isTransient() {
            return this == UNREADABLE || this == INTERRUPTED || this == TIMEOUT || this == PAGE_TOO_LARGE;
        }

        /** A password (another one) may open the file. */
        public boolean needsPassword() {
            return this == PASSWORD_REQUIRED || this == WRONG_PASSWORD;
        }
    }

    public PdfException(Reason reason, Object... args) {
        this(null, reason, args);
    }

    /** @param cause for the log: what PDFBox or the disk threw */
    public PdfException(Throwable cause, Reason reason, Object... args) {
        super(cause, reason, args);
    }

    /** What went wrong: which sentence. */
    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
