package dev.gloss.desktop.composer;

/** Something the composer cannot do, with a message meant for the user (one sentence). */
final class ComposerException extends RuntimeException {
    ComposerException(String message) {
        super(message);
    }

    ComposerException(String message, Throwable cause) {
        super(message, cause);
    }
}
