package dev.gloss.cli;

/**
 * Bad input: unreadable or encrypted file, bad arguments, unknown id. {@link Main} prints
 * {@code gloss: <message>} on one line and exits with 2; no stack trace.
 */
public class CliException extends Exception {
    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
