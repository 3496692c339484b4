package dev.gloss.publish;

import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Reasoned;
import java.util.List;

/**
 * What one publishing attempt of a queue entry came to.
 *
 * @param reason why it failed (the failure kept in the entry) or was skipped ({@link Skipped},
 *               or the workspace's reason it could not be read); null when published. The CLI
 *               and the desktop phrase it.
 * @param entry  the entry as saved afterwards (null if it could not be read)
 */
public record Outcome(String entryId, Result result, Reasoned reason, QueueEntry entry) {
    /** How it ended. */
    public enum Result {
        /** Every post exists remotely. */
        PUBLISHED,
        /** It failed, for the reason given; the entry is FAILED and can be retried. */
        FAILED,
        /** Not touched: another process holds it, or it is no longer due or scheduled. */
        SKIPPED
    }

    /** Why an entry was left alone. */
    public record Skipped(Reason reason) implements Reasoned {
        /** One constant per sentence; none has values. */
        public enum Reason {
            /** Another process holds its lock. */
            BEING_PUBLISHED_ELSEWHERE,
            /** It is scheduled, but not due yet. */
            NOT_DUE_YET,
            /** Another process published it since it was listed. */
            ALREADY_PUBLISHED,
            /** It was cancelled since it was listed. */
            CANCELLED,
            /** It failed since it was listed. */
            FAILED
        }

        @Override
        public List<Object> args() {
            return List.of();
        }
    }

    /** "published 01h...", "failed 01h...: NOT_TAKEN [...]": a developer line, for the log. */
    public String line() {
        String word = result.name().toLowerCase(java.util.Locale.ROOT);
        return word + " " + entryId + (reason == null ? "" : ": " + Reasoned.line(reason.reason(), reason.args()));
    }
}
