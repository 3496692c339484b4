package dev.gloss.workspace;

/** A workspace problem, with a message meant for the user: one clear sentence. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
