package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A queued publication of one thread at one time, with one {@link QueueTarget} per platform
 * (its account, state, remote ids, retry and failure). Each target publishes on its own: one
 * failing does not stop the others.
 * <p>
 * Files of schema 1 held one account per entry ({@code accountId}, {@code state},
 * {@code posts}, ... at the top); {@link QueueTargetsMigration} rewrites them when a workspace is
 * upgraded, and such a file is still read as an entry with that one target (a git merge may
 * bring one in later). Its target keeps the entry's id as its {@link QueueTarget#keyBase}, so
 * its posts' keys are those the older Gloss derived.
 *
 * @param at      when it is due (an instant; the zone it was chosen in is kept for display)
 * @param zone    the user's time zone id when it was scheduled
 * @param targets one per platform, in the order they were chosen
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueEntry(
        String id,
        String threadId,
        Instant at,
        String zone,
        List<QueueTarget> targets,
        Instant created,
        Instant updated) {

    public QueueEntry {
        List<QueueTarget> ts = new ArrayList<>();
        for (QueueTarget t : targets == null ? List.<QueueTarget>of() : targets) {
            ts.add(t.keyBase() != null || id == null ? t
                    : new QueueTarget(t.platform(), t.accountId(), t.state(), t.at(), QueueTarget.keyBaseOf(id, t.platform()),
                            t.posts(), t.attempts(), t.reason(), t.failure(), t.updated(), t.linksToLast()));
        }
        targets = List.copyOf(ts);
    }

    /**
     * Reads both forms of the file: with {@code targets}, and the schema-1 form of one account
     * per entry (whose fields become its one target; its platform is then unknown here, null).
     */
    @JsonCreator
    static QueueEntry read(@JsonProperty("id") String id, @JsonProperty("threadId") String threadId,
            @JsonProperty("at") Instant at, @JsonProperty("zone") String zone,
            @JsonProperty("targets") List<QueueTarget> targets,
            @JsonProperty("created") Instant created, @JsonProperty("updated") Instant updated,
            @JsonProperty("accountId") String accountId, @JsonProperty("state") QueueState state,
            @JsonProperty("reason") String reason, @JsonProperty("failure") StoredReason failure,
            @JsonProperty("posts") List<PublishedPost> posts, @JsonProperty("attempts") int attempts) {
        if (targets == null && accountId != null) {
            targets = List.of(new QueueTarget(null, accountId, state, null, id, posts, attempts, reason, failure, updated));
        }
        return new QueueEntry(id, threadId, at, zone, targets, created, updated);
    }

    /**
     * The name of the workspace lock ({@link Workspace#tryLock}) an entry is held under while it
     * publishes, so that two processes never publish it at once.
     */
    public static String publishLock(String entryId) {
        return "publish-" + entryId;
    }

    /** A new entry of targets not started yet. */
    public static QueueEntry scheduled(String id, String threadId, Instant at, String zone, List<QueueTarget> targets, Instant now) {
        return new QueueEntry(id, threadId, at, zone, targets, now, now);
    }

    /**
     * The state of the entry as a whole, for a one-word summary: publishing while any target
     * publishes, else failed while any failed, else scheduled while any waits, else published
     * when any went out (the rest cancelled), else cancelled. The targets say what happened where.
     */
    @JsonIgnore
    public QueueState state() {
        if (has(QueueState.PUBLISHING)) {
            return QueueState.PUBLISHING;
        }
        if (has(QueueState.FAILED)) {
            return QueueState.FAILED;
        }
        if (has(QueueState.SCHEDULED)) {
            return QueueState.SCHEDULED;
        }
        return has(QueueState.PUBLISHED) ? QueueState.PUBLISHED : QueueState.CANCELLED;
    }

    /** Whether some target is in state {@code s}. */
    public boolean has(QueueState s) {
        return targets.stream().anyMatch(t -> t.state() == s);
    }

    /** Whether every target went out. */
    @JsonIgnore
    public boolean isAllPublished() {
        return !targets.isEmpty() && targets.stream().allMatch(t -> t.state() == QueueState.PUBLISHED);
    }

    /** The target on a platform. */
    public Optional<QueueTarget> target(String platform) {
        return targets.stream().filter(t -> platform.equals(t.platform())).findFirst();
    }

    /** The target going out to an account. */
    public Optional<QueueTarget> targetOf(String accountId) {
        return targets.stream().filter(t -> accountId.equals(t.accountId())).findFirst();
    }

    /** When {@code t} goes (or went) out: its own time, else the entry's. */
    public Instant timeOf(QueueTarget t) {
        return t.at() != null ? t.at() : at;
    }

    /** With {@code t} in place of the target of the same account. */
    public QueueEntry withTarget(QueueTarget t, Instant when) {
        return withTargets(x -> x.accountId().equals(t.accountId()) ? t : x, when);
    }

    /** With every target changed by {@code change}. */
    public QueueEntry withTargets(UnaryOperator<QueueTarget> change, Instant when) {
        return new QueueEntry(id, threadId, at, zone, targets.stream().map(change).toList(), created, when);
    }

    /** At another time; the targets that are out keep the time they went out at. */
    public QueueEntry withAt(Instant newAt, String newZone, Instant when) {
        List<QueueTarget> ts = targets.stream()
                .map(t -> t.state() == QueueState.PUBLISHED && t.at() == null && at != null ? t.withAt(at) : t).toList();
        return new QueueEntry(id, threadId, newAt, newZone, ts, created, when);
    }
}
