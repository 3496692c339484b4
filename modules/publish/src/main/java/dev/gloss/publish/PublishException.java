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
        /** [handle, cost (an {@link XCost})] Publishing to this X account costs money and was never confirmed. */
        X_COST_UNCONFIRMED,
        /** [] A bug: the log has the details. */
        INTERNAL,
        /** [the kept reason's developer line] A newer Gloss kept a reason this one does not know. */
        UNKNOWN_REASON,
        /** [platform, handle, host] The sign-in expired or was revoked and cannot be renewed (the log has the server's words). */
        SIGN_IN_AGAIN,
        /** [platform, handle, host, post number, posts, until (epoch milliseconds)] A rate limit longer than Gloss waits. */
        RATE_LIMITED,
        /** [platform, handle, post number, posts] The platform says the post is there already, but it was not found among the account's posts. */
        ALREADY_THERE_UNSEEN,
        /** [platform, handle, posts wanted, used, total, hours] The platform's daily publishing quota has no room for the thread. */
        QUOTA_USED,
        /** [platform, handle] The thread has images, and no public address for them is set (Threads downloads them). */
        NO_IMAGE_HOST,
        /** [image address, the reason or the server's words] The public address of an image does not answer with it. */
        IMAGE_NOT_PUBLIC,
        /** [folder, FileFailure] An image could not be copied into the folder behind the public address. */
        IMAGE_HOST_UNWRITABLE,
        /** [platform, handle, post number, posts, url or id] Another copy of a post went out and could not be deleted. */
        DUPLICATE_LEFT,
        /** [platform, handle, post number, images] Gloss publishes one image per post to this platform. */
        ONE_IMAGE_ONLY,
        /**
         * [platform, handle, comment number, comments, the post's url] A comment's answer was lost and
         * the platform lets Gloss read no comments: it may be there.
         */
        COMMENT_UNCERTAIN
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
