package dev.gloss.pdf;

/**
 * A PDF could not be opened or read. {@link #getMessage()} is one sentence for the user, such
 * as "This file is damaged: the cross-reference table is missing." or "paper.pdf needs a
 * password."; {@link #reason()} tells a program what went wrong.
 */
public class PdfException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a PDF could not be read. */
    public enum Reason {
        /** The file does not exist or is not a regular file. */
        NOT_FOUND,
        /** The file is not a PDF at all (no {@code %PDF} header). */
        NOT_A_PDF,
        /** The file is a PDF but broken, truncated or hostile. */
        DAMAGED,
        /** The file is encrypted and no password (or the empty one) was given. */
        PASSWORD_REQUIRED,
        /** The password given does not open the file. */
        WRONG_PASSWORD,
        /** Reading the file took longer than the time bound. */
        TIMEOUT,
        /** The file could not be read from disk. */
        IO
    }

    private final Reason reason;

    public PdfException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PdfException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }
}
