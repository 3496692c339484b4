package dev.gloss.desktop.queue;

import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.QueueTarget;
import java.time.Instant;
import java.util.List;

/** Queue entries for the queue window's tests. */
final class Entries {
    private Entries() {
    }

    /** A target on a platform. */
    static QueueTarget target(String platform, String accountId, QueueState state, String reason, List<PublishedPost> posts) {
        return new QueueTarget(platform, accountId, state, null, null, posts, state == QueueState.SCHEDULED ? 0 : 1, reason, null,
                Instant.EPOCH);
    }

    /** An entry of one Bluesky target. */
    static QueueEntry one(String id, String accountId, Instant at, String zone, QueueState state, String reason) {
        return of(id, at, zone, target("bluesky", accountId, state, reason, List.of()));
    }

    /** An entry of the thread "t" with these targets. */
    static QueueEntry of(String id, Instant at, String zone, QueueTarget... targets) {
        return new QueueEntry(id, "t", at, zone, List.of(targets), Instant.EPOCH, Instant.EPOCH);
    }
}
