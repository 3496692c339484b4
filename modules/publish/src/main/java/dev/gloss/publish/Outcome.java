package dev.gloss.publish;

import dev.gloss.workspace.QueueEntry;

/**
 * What one publishing attempt of a queue entry came to.
 *
 * @param reason why it failed or was skipped; null when published
 * @param entry  the entry as saved afterwards (null if it vanished)
 */
public record Outcome(String entryId, Result result, String reason, QueueEntry entry) {
    /** How it ended. */
    public enum Result {
        /** Every post exists remotely. */
        PUBLISHED,
        /** It failed, for the reason given; the entry is FAILED and can be retried. */
        FAILED,
        /** Not touched: another process holds it, or it is no longer due or scheduled. */
        SKIPPED
    }

    /** "published 01h...", "failed 01h...: reason", for one line of output. */
    public String line() {
        String word = result.name().toLowerCase(java.util.Locale.ROOT);
        return word + " " + entryId + (reason == null ? "" : ": " + reason);
    }
}
