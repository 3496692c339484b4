package dev.gloss.search;

/** The search index cannot be used (e.g. its folder is not writable); the message is one sentence for the user. */
public class SearchException extends RuntimeException {
    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
