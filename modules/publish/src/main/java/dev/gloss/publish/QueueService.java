package dev.gloss.publish;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.Retry;
import dev.gloss.threads.PostEmbeds;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.ObjectLock;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;

/**
 * The publishing queue of a workspace: add, list, cancel, reschedule, retry, and publish what is
 * due. An entry moves {@code SCHEDULED → PUBLISHING → PUBLISHED | FAILED} (with the reason);
 * while it publishes it holds the workspace lock {@code publish-<entryId>}, so the app and a
 * cron run never publish the same entry at once (the second one skips it).
 * <pre>{@code
 * QueueService q = QueueService.builder(workspace).build();
 * q.add(thread.id(), account.id(), When.parse("next-slot", Clock.systemDefaultZone()));
 * for (Outcome o : q.publishDue()) log(o.line());
 * }</pre>
 * Times come from the injected {@link Clock}, whose zone is the user's zone.
 */
public final class QueueService {
    private static final Logger LOG = Logger.getLogger(QueueService.class.getName());

    private final Workspace workspace;
    private final Clock clock;
    private final Secrets secrets;
    private final HttpTransport http;
    private final Retry retry;
    private final List<Publisher> publishers;
    private final PublishJob.Progress progress;

    private QueueService(Builder b) {
        this.workspace = b.workspace;
        this.clock = b.clock;
        this.secrets = b.secrets != null ? b.secrets : Secrets.standard();
        this.http = b.http != null ? b.http : HttpTransport.standard(b.clock);
        this.retry = b.retry != null ? b.retry : Retry.standard();
        this.publishers = b.publishers != null ? b.publishers : List.copyOf(Lookup.getDefault().lookupAll(Publisher.class));
        this.progress = b.progress;
    }

    /** Defaults: the system clock and zone, {@link Secrets#standard()}, the registered publishers. */
    public static Builder builder(Workspace workspace) {
        return new Builder(workspace);
    }

    /** Options of a {@link QueueService}; each has a default. */
    public static final class Builder {
        private final Workspace workspace;
        private Clock clock = Clock.systemDefaultZone();
        private Secrets secrets;
        private HttpTransport http;
        private Retry retry;
        private List<Publisher> publishers;
        private PublishJob.Progress progress;

        private Builder(Workspace workspace) {
            this.workspace = workspace;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public Builder secrets(Secrets s) {
            this.secrets = s;
            return this;
        }

        public Builder http(HttpTransport h) {
            this.http = h;
            return this;
        }

        public Builder retry(Retry r) {
            this.retry = r;
            return this;
        }

        public Builder publishers(List<Publisher> p) {
            this.publishers = List.copyOf(p);
            return this;
        }

        public Builder progress(PublishJob.Progress p) {
            this.progress = p;
            return this;
        }

        public QueueService build() {
            return new QueueService(this);
        }
    }

    public Clock clock() {
        return clock;
    }

    // ---- the queue -------------------------------------------------------------------------

    /** Every entry, by due time. */
    public List<QueueEntry> list() {
        List<QueueEntry> all = new ArrayList<>(workspace.queue());
        all.sort(Comparator.comparing(QueueEntry::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(QueueEntry::id));
        return all;
    }

    /** The entry with this id. */
    public QueueEntry get(String id) {
        return workspace.get(Kind.QUEUE, safe(id)).orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_ENTRY, id));
    }

    /**
     * Schedules a thread for an account.
     *
     * @throws PublishSetupException when the thread or account is unknown, the thread does not
     *                               fit the account, or the time cannot be used
     */
    public QueueEntry add(String threadId, String accountId, When when) {
        PostThread thread = workspace.get(Kind.THREADS, safe(threadId))
                .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_THREAD, threadId));
        AccountRef account = workspace.get(Kind.ACCOUNTS, safe(accountId))
                .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_ACCOUNT, accountId));
        publisherFor(account);
        List<ThreadChecks.Problem> problems = ThreadChecks.check(thread, account, workspace.root());
        if (!problems.isEmpty()) {
            throw new PublishSetupException(problems, thread.id(), account.kind());
        }
        if ("bluesky".equals(account.kind()) && thread.paperId() != null) {
            // drawn now and kept in the workspace, so every clone uploads the same thumbnail
            workspace.paper(thread.paperId())
                    .filter(paper -> PostEmbeds.of(thread, paper).stream().anyMatch(e -> e.card() != null))
                    .ifPresent(paper -> CardImage.of(workspace, paper));
        }
        Instant now = clock.instant();
        Timing t = resolve(when, account.id(), null);
        QueueEntry e = new QueueEntry(Ids.newId(), thread.id(), account.id(), t.at, t.zone.getId(), QueueState.SCHEDULED,
                null, List.of(), 0, now, now);
        return workspace.save(Kind.QUEUE, e);
    }

    /** Moves an entry to another time; a failed or cancelled one is scheduled again. */
    public QueueEntry reschedule(String id, When when) {
        QueueEntry e = get(id);
        Timing t = resolve(when, e.accountId(), e.id());
        return mutate(id, "reschedule", x -> x.withAt(t.at, t.zone.getId(), clock.instant())
                .withState(QueueState.SCHEDULED, clock.instant()));
    }

    /** Cancels an entry that has not been published. */
    public QueueEntry cancel(String id) {
        return mutate(id, "cancel", x -> x.withState(QueueState.CANCELLED, clock.instant()));
    }

    /**
     * Schedules a failed (or cancelled) entry again, due now unless its time is still ahead. What
     * was already published stays published: the next run resumes at the first missing post.
     */
    public QueueEntry retry(String id) {
        Instant now = clock.instant();
        return mutate(id, "retry", x -> {
            QueueEntry r = x.withState(QueueState.SCHEDULED, now);
            return x.at() == null || x.at().isBefore(now) ? r.withAt(now, x.zone(), now) : r;
        });
    }

    /** Removes an entry that is not being published. */
    public void delete(String id) {
        QueueEntry e = get(id);
        try (ObjectLock l = lockOrFail(id)) {
            workspace.delete(Kind.QUEUE, e);
        }
    }

    private interface Change {
        QueueEntry apply(QueueEntry e);
    }

    private QueueEntry mutate(String id, String action, Change change) {
        get(id);
        try (ObjectLock l = lockOrFail(id)) {
            return workspace.update(Kind.QUEUE, id, e -> {
                if (e.state() == QueueState.PUBLISHED) {
                    throw new PublishSetupException(PublishSetupException.Reason.ALREADY_PUBLISHED, action, id);
                }
                return change.apply(e);
            });
        }
    }

    private ObjectLock lockOrFail(String id) {
        return workspace.tryLock(lockName(id)).orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.BEING_PUBLISHED, id));
    }

    /** The lock an entry is held under while it publishes. */
    public static String lockName(String entryId) {
        return "publish-" + entryId;
    }

    private record Timing(Instant at, ZoneId zone) {
    }

    private Timing resolve(When when, String accountId, String ignoreEntry) {
        return switch (when.type()) {
            case NOW -> new Timing(clock.instant(), clock.getZone());
            case AT -> new Timing(when.at().toInstant(), when.at().getZone());
            case NEXT_SLOT -> {
                SlotPlan plan = SlotPlan.load(workspace);
                if (plan.slots().isEmpty()) {
                    throw new PublishSetupException(PublishSetupException.Reason.NO_SLOTS);
                }
                SlotPlan.Occurrence o = plan.nextFree(clock.instant(), at -> slotTaken(accountId, at, ignoreEntry))
                        .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_FREE_SLOT));
                yield new Timing(o.at(), o.slot().zone());
            }
        };
    }

    /**
     * When "next free slot" would queue a thread for this account now, in the slot's zone; empty
     * when no weekly slot is set (or none is free).
     */
    public Optional<java.time.ZonedDateTime> nextFreeSlot(String accountId) {
        return SlotPlan.load(workspace).nextFree(clock.instant(), at -> slotTaken(accountId, at, null))
                .map(o -> o.at().atZone(o.slot().zone()));
    }

    /** Another scheduled entry of the account already goes out at {@code at}. */
    private boolean slotTaken(String accountId, Instant at, String ignoreEntry) {
        return workspace.queue().stream().anyMatch(q -> !q.id().equals(ignoreEntry) && accountId.equals(q.accountId())
                && q.state() == QueueState.SCHEDULED && at.equals(q.at()));
    }

    // ---- publishing ------------------------------------------------------------------------

    /** Entries due now: scheduled (or left publishing by a run that died) with a time not after now. */
    public List<QueueEntry> due() {
        Instant now = clock.instant();
        return list().stream().filter(e -> isDue(e, now)).toList();
    }

    private static boolean isDue(QueueEntry e, Instant now) {
        boolean waiting = e.state() == QueueState.SCHEDULED || e.state() == QueueState.PUBLISHING;
        return waiting && (e.at() == null || !e.at().isAfter(now));
    }

    /** Publishes every due entry, oldest first; one failure does not stop the others. */
    public List<Outcome> publishDue() {
        List<Outcome> out = new ArrayList<>();
        for (QueueEntry e : due()) {
            out.add(publish(e.id(), false));
        }
        return out;
    }

    /**
     * Publishes one entry now, whatever its time ("publish now").
     *
     * @return what happened; never throws for a publishing failure (that is {@link Outcome.Result#FAILED})
     */
    public Outcome publishNow(String id) {
        get(id);
        return publish(id, true);
    }

    private Outcome publish(String id, boolean evenIfNotDue) {
        Optional<ObjectLock> lock = workspace.tryLock(lockName(id));
        if (lock.isEmpty()) {
            return new Outcome(id, Outcome.Result.SKIPPED, new Outcome.Skipped(Outcome.Skipped.Reason.BEING_PUBLISHED_ELSEWHERE), null);
        }
        try (ObjectLock l = lock.get()) {
            Instant now = clock.instant();
            QueueEntry fresh;
            boolean[] claimed = {false};
            try {
                // re-read under the lock: another process may have published it since we listed it
                fresh = workspace.update(Kind.QUEUE, id, e -> {
                    boolean ready = evenIfNotDue ? e.state() == QueueState.SCHEDULED || e.state() == QueueState.PUBLISHING
                            : isDue(e, now);
                    if (!ready) {
                        return e;
                    }
                    claimed[0] = true;
                    QueueEntry claimedEntry = e.withState(QueueState.PUBLISHING, now).withAttempts(e.attempts() + 1, now);
                    // published ahead of its slot: the queue lists it when it went out, not when it was due
                    return evenIfNotDue && e.at() != null && e.at().isAfter(now)
                            ? claimedEntry.withAt(now, e.zone(), now) : claimedEntry;
                });
            } catch (WorkspaceException e) {
                // gone, or its file cannot be read (then it is left untouched): say which
                LOG.log(Level.INFO, "queue entry {0} was skipped: {1}", new Object[]{id, e.getMessage()});
                return new Outcome(id, Outcome.Result.SKIPPED, e, null);
            }
            if (!claimed[0]) {
                return new Outcome(id, Outcome.Result.SKIPPED, new Outcome.Skipped(notReady(fresh.state())), fresh);
            }
            Reasoned reason = run(fresh);
            QueueEntry done = workspace.update(Kind.QUEUE, id, e -> reason == null
                    ? e.withState(QueueState.PUBLISHED, clock.instant())
                    : e.withFailure(QueueFailures.keep(reason), clock.instant()));
            return new Outcome(id, reason == null ? Outcome.Result.PUBLISHED : Outcome.Result.FAILED, reason, done);
        }
    }

    private static Outcome.Skipped.Reason notReady(QueueState state) {
        return switch (state) {
            case PUBLISHED -> Outcome.Skipped.Reason.ALREADY_PUBLISHED;
            case CANCELLED -> Outcome.Skipped.Reason.CANCELLED;
            case FAILED -> Outcome.Skipped.Reason.FAILED;
            case SCHEDULED, PUBLISHING -> Outcome.Skipped.Reason.NOT_DUE_YET;
        };
    }

    /** Publishes a claimed entry; returns null when published, else the reason it failed. */
    private Reasoned run(QueueEntry entry) {
        try {
            PostThread thread = workspace.get(Kind.THREADS, entry.threadId())
                    .orElseThrow(() -> new PublishException(PublishException.Reason.THREAD_GONE, entry.threadId()));
            AccountRef account = workspace.get(Kind.ACCOUNTS, entry.accountId())
                    .orElseThrow(() -> new PublishException(PublishException.Reason.ACCOUNT_GONE, entry.accountId()));
            Publisher p = publishers.stream().filter(x -> x.supports(account)).findFirst()
                    .orElseThrow(() -> new PublishException(PublishException.Reason.NO_PUBLISHER, account.kind()));
            p.publish(new PublishJob(workspace, entry, thread, account, secrets, http, retry, clock, progress));
            LOG.log(Level.FINE, "published queue entry {0}", entry.id());
            return null;
        } catch (PublishException e) {
            LOG.log(Level.FINE, "queue entry " + entry.id() + " failed: " + e.getMessage(), e);
            return e;
        } catch (RuntimeException e) {
            if (e instanceof Reasoned why) {
                // a secret or a workspace file that cannot be read, a thread that no longer fits: the user can act on it
                LOG.log(Level.FINE, "queue entry " + entry.id() + " failed: " + e.getMessage(), e);
                return why;
            }
            LOG.log(Level.WARNING, "queue entry " + entry.id() + " failed with an internal error", e);
            return new PublishException(e, PublishException.Reason.INTERNAL);
        }
    }

    private Publisher publisherFor(AccountRef account) {
        return publishers.stream().filter(x -> x.supports(account)).findFirst()
                .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_PUBLISHER, account.kind()));
    }

    private static String safe(String id) {
        if (!Ids.isSafe(id)) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_AN_ID, id);
        }
        return id;
    }
}
