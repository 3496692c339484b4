package dev.gloss.publish;

/**
 * A request the publish module cannot carry out as asked: an unknown thread or account, a time
 * that cannot be read, a missing or unreadable secret, a thread that does not fit the account.
 * Its message is one sentence for the user, and never contains a secret.
 */
public class PublishSetupException extends RuntimeException {
    public PublishSetupException(String message) {
        super(message);
    }

    public PublishSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
