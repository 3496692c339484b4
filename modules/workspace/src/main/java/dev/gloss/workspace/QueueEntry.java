package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A queued publication of a thread to one account at one time.
 *
 * @param at     when it is due (an instant; the zone it was chosen in is kept for display)
 * @param zone   the user's time zone id when it was scheduled
 * @param posts  remote state per post, filled while publishing
 * @param reason  why it failed, as a sentence: only in files of a Gloss that kept no
 *                {@code failure} (shown as it is); null otherwise
 * @param failure why it failed, for the CLI and the desktop to phrase; null unless failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueEntry(
        String id,
        String threadId,
        String accountId,
        Instant at,
        String zone,
        QueueState state,
        String reason,
        StoredReason failure,
        List<PublishedPost> posts,
        int attempts,
        Instant created,
        Instant updated) {

    public QueueEntry {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    /** An entry without a failure, as written before failures were kept as reasons. */
    public QueueEntry(String id, String threadId, String accountId, Instant at, String zone, QueueState state, String reason,
            List<PublishedPost> posts, int attempts, Instant created, Instant updated) {
        this(id, threadId, accountId, at, zone, state, reason, null, posts, attempts, created, updated);
    }

    /** In another state, without a failure. */
    public QueueEntry withState(QueueState newState, Instant when) {
        return new QueueEntry(id, threadId, accountId, at, zone, newState, null, null, posts, attempts, created, when);
    }

    /** Failed, for this reason. */
    public QueueEntry withFailure(StoredReason why, Instant when) {
        return new QueueEntry(id, threadId, accountId, at, zone, QueueState.FAILED, null, why, posts, attempts, created, when);
    }

    public QueueEntry withPosts(List<PublishedPost> newPosts, Instant when) {
        return new QueueEntry(id, threadId, accountId, at, zone, state, reason, failure, newPosts, attempts, created, when);
    }

    public QueueEntry withAt(Instant newAt, String newZone, Instant when) {
        return new QueueEntry(id, threadId, accountId, newAt, newZone, state, reason, failure, posts, attempts, created, when);
    }

    public QueueEntry withAttempts(int newAttempts, Instant when) {
        return new QueueEntry(id, threadId, accountId, at, zone, state, reason, failure, posts, newAttempts, created, when);
    }
}
