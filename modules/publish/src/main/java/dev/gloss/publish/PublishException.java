package dev.gloss.publish;

import dev.gloss.workspace.ReasonedCheckedException;

/**
 * Publishing an entry failed: a {@link Reason} and the values its sentence names (file names,
 * post numbers, handles, hosts, the server's own words as a value, never a secret). The queue
 * entry keeps it ({@link QueueFailures}); the CLI and the desktop phrase it.
 * {@link #getMessage()} is a developer line for the log.
 */
public class PublishException extends ReasonedCheckedException {
    private static final long serialVersionUID = 1L;

    /** One constant per sentence; the comment lists its values in order. */
    public enum Reason {
        /** [thread id] The entry's thread was deleted. */
        THREAD_GONE,
        /** [account id] The entry's account was removed. */
        ACCOUNT_GONE,
        /** [account kind] No publisher supports such accounts. */
        NO_PUBLISHER,
        /** [account kind, the problems (ThreadChecks.Problem, one or a list)] The thread was edited since it was queued. */
        NO_LONGER_FITS,
        /** [handle, server, environment variable] */
        NO_CREDENTIAL,
        /** [file, FileFailure] */
        IMAGE_UNREADABLE,
        /** [file name] Not PNG, JPEG, GIF or WebP. */
        NOT_AN_IMAGE,
        /** [folder, FileFailure] */
        EXPORT_UNWRITABLE,
        /** [platform, handle, host, post number, posts, RemoteException] */
        NOT_TAKEN,
        /** [post number, posts, record key, handle, host] The post's record key holds another post. */
        KEY_TAKEN,
        /** [handle, host, RemoteException] Bluesky could not be reached to sign in. */
        SIGN_IN_FAILED,
        /** [handle, host, the server's words] */
        SIGN_IN_REFUSED,
        /** [handle, host, the server's words or null] Mastodon answered 401. */
        TOKEN_REJECTED,
        /** [] A bug: the log has the details. */
        INTERNAL,
        /** [the kept reason's developer line] A newer Gloss kept a reason this one does not know. */
        UNKNOWN_REASON,
        /** [platform, handle, host] The sign-in expired or was revoked and cannot be renewed (the log has the server's words). */
        SIGN_IN_AGAIN,
        /** [platform, handle, host, post number, posts, until (epoch milliseconds)] A rate limit longer than Gloss waits. */
        RATE_LIMITED,
        /** [platform, handle, post number, posts] The platform says the post is there already, but it was not found among the account's posts. */
        ALREADY_THERE_UNSEEN
    }

    public PublishException(Reason reason, Object... args) {
        this(null, reason, args);
    }

    /** @param cause the failure behind it (a server's answer, an I/O error), for the log */
    public PublishException(Throwable cause, Reason reason, Object... args) {
        super(cause, reason, args);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
