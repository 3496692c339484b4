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
 * @param reason why it failed, in one sentence
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
        List<PublishedPost> posts,
        int attempts,
        Instant created,
        Instant updated) {

    public QueueEntry {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    public QueueEntry withState(QueueState newState, String newReason, Instant when) {
        return new QueueEntry(id, threadId, accountId, at, zone, newState, newReason, posts, attempts, created, when);
    }

    public QueueEntry withPosts(List<PublishedPost> newPosts, Instant when) {
        return new QueueEntry(id, threadId, accountId, at, zone, state, reason, newPosts, attempts, created, when);
    }

    public QueueEntry withAt(Instant newAt, String newZone, Instant when) {
        return new QueueEntry(id, threadId, accountId, newAt, newZone, state, reason, posts, attempts, created, when);
    }

    public QueueEntry withAttempts(int newAttempts, Instant when) {
        return new QueueEntry(id, threadId, accountId, at, zone, state, reason, posts, newAttempts, created, when);
    }
}
