package dev.gloss.threads;

/**
 * Bad input to the threads module, carrying one user-facing sentence as its message.
 * It is an {@link IllegalArgumentException}, so callers that only expect that type still work.
 */
public class ThreadsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ThreadsException(String message) {
        super(message);
    }
}
