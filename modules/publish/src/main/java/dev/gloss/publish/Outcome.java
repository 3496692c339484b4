package dev.gloss.publish;

import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Reasoned;
import java.util.List;
import java.util.Locale;

/**
 * What one publishing attempt of a queue entry came to, as a whole and on each platform.
 *
 * @param result  {@link Result#PUBLISHED} when every target tried went out, {@link Result#FAILED}
 *                when one of them failed (the others may have gone out: see {@code targets}),
 *                {@link Result#SKIPPED} when none was tried
 * @param reason  why it was skipped ({@link Skipped}, or the workspace's reason it could not be
 *                read), or why the first target failed; null when published. The CLI and the
 *                desktop phrase it.
 * @param entry   the entry as saved afterwards (null if it could not be read)
 * @param targets what happened on each platform tried, in the entry's order; empty when skipped
 */
public record Outcome(String entryId, Result result, Reasoned reason, QueueEntry entry, List<Target> targets) {
    public Outcome {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** How it ended. */
    public enum Result {
        /** Every post exists remotely. */
        PUBLISHED,
        /** It failed, for the reason given; the target is FAILED and can be retried. */
        FAILED,
        /** Not touched: another process holds it, or it is no longer due or scheduled. */
        SKIPPED
    }

    /**
     * What happened on one platform.
     *
     * @param reason why it failed (the failure kept in its target), null when published
     */
    public record Target(String platform, String accountId, Result result, Reasoned reason) {
        /** "published 01h... bluesky", "failed 01h... mastodon: NOT_TAKEN [...]": a developer line, for the log. */
        public String line(String entryId) {
            return word(result) + " " + entryId + " " + platform + (reason == null ? "" : ": " + Reasoned.line(reason.reason(), reason.args()));
        }
    }

    /** An entry left alone, for this reason. */
    public static Outcome skipped(String entryId, Reasoned why, QueueEntry entry) {
        return new Outcome(entryId, Result.SKIPPED, why, entry, List.of());
    }

    /** The outcome of the targets tried. */
    public static Outcome of(String entryId, List<Target> targets, QueueEntry entry) {
        Target failed = targets.stream().filter(t -> t.result() == Result.FAILED).findFirst().orElse(null);
        return new Outcome(entryId, failed == null ? Result.PUBLISHED : Result.FAILED, failed == null ? null : failed.reason(), entry, targets);
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

    /**
     * "published 01h...", "skipped 01h...: BEING_PUBLISHED_ELSEWHERE []", or one line per target
     * when some failed ("published 01h... bluesky" and "failed 01h... mastodon: NOT_TAKEN [...]"):
     * developer lines, for the log.
     */
    public String line() {
        if (result == Result.FAILED) {
            return String.join("\n", targets.stream().map(t -> t.line(entryId)).toList());
        }
        return word(result) + " " + entryId + (reason == null ? "" : ": " + Reasoned.line(reason.reason(), reason.args()));
    }

    private static String word(Result r) {
        return r.name().toLowerCase(Locale.ROOT);
    }
}
