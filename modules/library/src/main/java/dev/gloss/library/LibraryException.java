package dev.gloss.library;

/**
 * A library operation failed for a reason the user can act on: a file that is not a PDF, a quote
 * that is not on the page, an unknown colour. {@link #getMessage()} is one sentence meant for the
 * user; the cause, when there is one, is for the log.
 */
public class LibraryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
