package dev.gloss.publish;

/**
 * A request the publish module cannot carry out as asked: an unknown thread or account, a time
 * that cannot be read, a missing or unreadable secret, a thread that does not fit the account.
 * Its message is one sentence for the user, and never contains a secret.
 */
public class PublishSetupException extends RuntimeException {
    private final transient java.util.List<dev.gloss.threads.ThreadChecks.Problem> problems;

    public PublishSetupException(String message) {
        super(message);
        this.problems = java.util.List.of();
    }

    /** A thread that does not fit an account: the problems, for the CLI and the UI to phrase each. */
    public PublishSetupException(String message, java.util.List<dev.gloss.threads.ThreadChecks.Problem> problems) {
        super(message);
        this.problems = java.util.List.copyOf(problems);
    }

    /** Why the thread does not fit, when that is the failure; else empty. */
    public java.util.List<dev.gloss.threads.ThreadChecks.Problem> problems() {
        return problems;
    }

    public PublishSetupException(String message, Throwable cause) {
        super(message, cause);
        this.problems = java.util.List.of();
    }
}
