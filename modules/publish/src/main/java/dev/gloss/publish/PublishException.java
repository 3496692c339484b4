package dev.gloss.publish;

/**
 * Publishing an entry failed: its message is the reason shown to the user and stored in the
 * queue entry (one sentence, with the server's own words where there are some, never a secret).
 */
public class PublishException extends Exception {
    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
