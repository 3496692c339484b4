package dev.gloss.publish;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.Retry;
import dev.gloss.threads.PostEmbeds;
import dev.gloss.threads.Platform;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.threads.LinksToLast;
import dev.gloss.threads.Numbering;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.ObjectLock;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;

/**
 * The publishing queue of a workspace: add, list, cancel, reschedule, retry, and publish what is
 * due. An entry holds one thread, one time and one {@link QueueTarget} per platform; each target
 * moves {@code SCHEDULED → PUBLISHING → PUBLISHED | FAILED} (with its reason) on its own, so one
 * platform failing never stops the others, and a retry of one never touches another. While an
 * entry publishes it holds the workspace lock {@link QueueEntry#publishLock}, so the app and a
 * cron run never publish it at once (the second one skips it).
 * <pre>{@code
 * QueueService q = QueueService.builder(workspace).build();
 * q.add(thread.id(), List.of(bluesky.id(), mastodon.id()), When.parse("next-slot", Clock.systemDefaultZone()));
 * for (Outcome o : q.publishDue()) o.targets().forEach(t -> log(o.entryId() + " " + t.platform() + " " + t.result()));
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
        List<QueueEntry> all = new ArrayList<>();
        Map<String, String> kinds = kinds();
        for (QueueEntry e : workspace.queue()) {
            all.add(withPlatforms(e, kinds));
        }
        all.sort(Comparator.comparing(QueueEntry::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(QueueEntry::id));
        return all;
    }

    /**
     * The entry with this id as its file holds it now: another process (cron's {@code gloss queue
     * publish}) may have published or changed it since this workspace listed it.
     */
    public QueueEntry get(String id) {
        QueueEntry e = workspace.reread(Kind.QUEUE, safe(id))
                .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_ENTRY, id));
        return withPlatforms(e, kinds());
    }

    /** Schedules a thread for one account. */
    public QueueEntry add(String threadId, String accountId, When when) {
        return add(threadId, List.of(accountId), when);
    }

    /**
     * Schedules a thread, once, for one account per platform: one entry with a target for each.
     *
     * @param accountIds the accounts, at most one of each kind (platform), in the order to show them
     * @throws PublishSetupException when the thread or an account is unknown, two accounts are on
     *                               one platform, the thread does not fit an account (the first
     *                               such is named), or the time cannot be used
     */
    public QueueEntry add(String threadId, List<String> accountIds, When when) {
        return add(threadId, accountIds, when, XChoice.NONE);
    }

    /**
     * How a thread is queued for an X account (X's API charges per post, more for a post with a
     * link): whether the user accepts what it costs, and whether its links move to its last post
     * there (the other platforms get the thread as written).
     */
    public record XChoice(boolean acceptCost, boolean linksToLast) {
        public static final XChoice NONE = new XChoice(false, false);
    }

    /**
     * What publishing the thread to this account costs, counted as it would go out (numbered,
     * its links moved when {@code linksToLast}); empty for an account that is not published to
     * through X's API (another platform, an X export target).
     */
    public Optional<XCost> xCost(String threadId, String accountId, boolean linksToLast) {
        PostThread thread = workspace.get(Kind.THREADS, safe(threadId))
                .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_THREAD, threadId));
        AccountRef account = workspace.get(Kind.ACCOUNTS, safe(accountId))
                .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_ACCOUNT, accountId));
        return costs(account) ? Optional.of(XCost.of(asGoingOut(thread, account, linksToLast), XPrices.of(workspace))) : Optional.empty();
    }

    /** Whether publishing to the account costs money and its cost was not accepted for the workspace's price list yet. */
    public boolean xCostToConfirm(AccountRef account) {
        return costs(account) && !XPrices.of(workspace).asOf().toString().equals(account.option(XPrices.ACCEPTED));
    }

    /** Remembers that the account's user accepted the cost of X's API by the workspace's price list. */
    public AccountRef acceptXCost(String accountId) {
        return workspace.update(Kind.ACCOUNTS, safe(accountId), a -> a.withOption(XPrices.ACCEPTED, XPrices.of(workspace).asOf().toString()));
    }

    private static boolean costs(AccountRef a) {
        return "x".equals(a.kind()) && !a.isExport();
    }

    /** The thread as it goes out to {@code account}: its links moved to the last post when asked, numbered when the account wants it. */
    private static PostThread asGoingOut(PostThread thread, AccountRef account, boolean linksToLast) {
        PostThread t = linksToLast ? LinksToLast.apply(thread, account) : thread;
        return Numbering.forAccount(t, account);
    }

    /**
     * Schedules a thread for its accounts; an X account whose cost was not accepted for the
     * current price list is refused ({@link PublishSetupException.Reason#X_COST_UNCONFIRMED},
     * with the cost) unless {@code x} accepts it, which is then remembered for the account.
     */
    public QueueEntry add(String threadId, List<String> accountIds, When when, XChoice x) {
        PostThread thread = workspace.get(Kind.THREADS, safe(threadId))
                .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_THREAD, threadId));
        if (accountIds.isEmpty()) {
            throw new PublishSetupException(PublishSetupException.Reason.NO_ACCOUNT_CHOSEN);
        }
        List<AccountRef> accounts = new ArrayList<>();
        Map<String, AccountRef> byPlatform = new HashMap<>();
        for (String accountId : new java.util.LinkedHashSet<>(accountIds)) {
            AccountRef account = workspace.get(Kind.ACCOUNTS, safe(accountId))
                    .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_ACCOUNT, accountId));
            AccountRef same = byPlatform.putIfAbsent(account.kind(), account);
            if (same != null) {
                throw new PublishSetupException(PublishSetupException.Reason.ONE_ACCOUNT_PER_PLATFORM, same.handle(),
                        account.handle(), account.kind());
            }
            publisherFor(account);
            boolean move = costs(account) && x.linksToLast() && LinksToLast.beforeLast(thread);
            List<ThreadChecks.Problem> problems = ThreadChecks.check(move ? LinksToLast.apply(thread, account) : thread,
                    account, workspace.root());
            if (!problems.isEmpty()) {
                throw new PublishSetupException(problems, thread.id(), account.kind());
            }
            accounts.add(account);
        }
        for (AccountRef account : accounts) {
            if (xCostToConfirm(account) && !x.acceptCost()) {
                throw new PublishSetupException(PublishSetupException.Reason.X_COST_UNCONFIRMED, account.handle(),
                        xCost(thread.id(), account.id(), x.linksToLast()).orElseThrow());
            }
        }
        if (byPlatform.containsKey("bluesky") && thread.paperId() != null) {
            // drawn now and kept in the workspace, so every clone uploads the same thumbnail
            workspace.paper(thread.paperId())
                    .filter(paper -> PostEmbeds.of(thread, paper).stream().anyMatch(e -> e.card() != null))
                    .ifPresent(paper -> CardImage.of(workspace, paper));
        }
        Instant now = clock.instant();
        Timing t = resolve(when, accounts.stream().map(AccountRef::id).toList(), null);
        for (AccountRef a : accounts) {
            // a token nothing renews (LinkedIn's 60 days): said now, not when the entry fails
            Accounts.signInEnds(secrets, a).filter(end -> end.isBefore(t.at)).ifPresent(end -> {
                throw new PublishSetupException(PublishSetupException.Reason.SIGN_IN_ENDS_FIRST, a.handle(),
                        Platform.fromId(a.kind()).displayName(), end.toEpochMilli(), t.at.toEpochMilli());
            });
        }
        String id = Ids.newId();
        for (AccountRef account : accounts) {
            if (xCostToConfirm(account)) {
                acceptXCost(account.id());
            }
        }
        List<QueueTarget> targets = accounts.stream()
                .map(a -> QueueTarget.scheduled(a.kind(), a.id(), QueueTarget.keyBaseOf(id, a.kind()), now)
                        .withLinksToLast(costs(a) && x.linksToLast() && LinksToLast.beforeLast(thread))).toList();
        return workspace.save(Kind.QUEUE, QueueEntry.scheduled(id, thread.id(), t.at, t.zone.getId(), targets, now));
    }

    /**
     * Moves an entry to another time: every target not out yet is scheduled again for it (a
     * failed or cancelled one too); the targets that are out keep the time they went out at.
     */
    public QueueEntry reschedule(String id, When when) {
        QueueEntry e = get(id);
        List<String> accounts = e.targets().stream().filter(x -> x.state() != QueueState.PUBLISHED).map(QueueTarget::accountId).toList();
        Timing t = resolve(when, accounts, e.id());
        return mutate(id, "reschedule", null, x -> {
            Instant now = clock.instant();
            return x.withAt(t.at, t.zone.getId(), now).withTargets(target -> target.state() == QueueState.PUBLISHED ? target
                    : target.withState(QueueState.SCHEDULED, now).withAt(null), now);
        });
    }

    /** Cancels every target of an entry that is not out yet. */
    public QueueEntry cancel(String id) {
        return cancel(id, null);
    }

    /**
     * Cancels the target on one platform (null: every target not out yet).
     *
     * @throws PublishSetupException when it is out already, or the entry does not go to that platform
     */
    public QueueEntry cancel(String id, String platform) {
        return mutate(id, "cancel", platform, x -> {
            Instant now = clock.instant();
            return x.withTargets(t -> t.state() != QueueState.PUBLISHED && chosen(t, platform)
                    ? t.withState(QueueState.CANCELLED, now) : t, now);
        });
    }

    /** Schedules every failed (or cancelled) target of an entry again; see {@link #retry(String, String)}. */
    public QueueEntry retry(String id) {
        return retry(id, null);
    }

    /**
     * Schedules a failed (or cancelled) target again (null: every such target of the entry), due
     * now unless the entry's time is still ahead; the other targets are not touched. What was
     * already published stays published: the next run resumes at the first missing post.
     *
     * @throws PublishSetupException when it is out already, or the entry does not go to that platform
     */
    public QueueEntry retry(String id, String platform) {
        return mutate(id, "retry", platform, x -> {
            Instant now = clock.instant();
            return x.withTargets(t -> {
                if (!chosen(t, platform) || t.state() == QueueState.PUBLISHED || t.isWaiting()) {
                    return t;
                }
                // a time gone by moves to now: a post's time is taken from it (Bluesky shows createdAt)
                Instant when = x.timeOf(t);
                return t.withState(QueueState.SCHEDULED, now).withAt(when == null || when.isBefore(now) ? now : null);
            }, now);
        });
    }

    private static boolean chosen(QueueTarget t, String platform) {
        return platform == null || platform.equals(t.platform());
    }

    /**
     * Removes an entry of which nothing went out yet (the Undo of queueing it).
     *
     * @throws PublishSetupException when it is being published, or a post of it is out
     */
    public void delete(String id) {
        get(id);
        try (ObjectLock l = lockOrFail(id)) {
            // re-read under the lock: what another process published since must not be deleted
            QueueEntry e = workspace.reread(Kind.QUEUE, id)
                    .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_SUCH_ENTRY, id));
            if (e.targets().stream().anyMatch(t -> t.state() == QueueState.PUBLISHED || t.postsOut() > 0)) {
                throw new PublishSetupException(PublishSetupException.Reason.ALREADY_PUBLISHED, "remove", id);
            }
            workspace.delete(Kind.QUEUE, e);
        }
    }

    private QueueEntry mutate(String id, String action, String platform, UnaryOperator<QueueEntry> change) {
        QueueEntry known = get(id);
        if (platform != null && known.target(platform).isEmpty()) {
            throw new PublishSetupException(PublishSetupException.Reason.NO_SUCH_TARGET, id, platform);
        }
        try (ObjectLock l = lockOrFail(id)) {
            Map<String, String> kinds = kinds();
            return workspace.update(Kind.QUEUE, id, e -> {
                QueueEntry fresh = withPlatforms(e, kinds);
                if (platform == null ? fresh.isAllPublished()
                        : fresh.target(platform).map(t -> t.state() == QueueState.PUBLISHED).orElse(false)) {
                    throw platform == null
                            ? new PublishSetupException(PublishSetupException.Reason.ALREADY_PUBLISHED, action, id)
                            : new PublishSetupException(PublishSetupException.Reason.ALREADY_PUBLISHED_THERE, action, id, platform);
                }
                return change.apply(fresh);
            });
        }
    }

    private ObjectLock lockOrFail(String id) {
        return workspace.tryLock(lockName(id)).orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.BEING_PUBLISHED, id));
    }

    /** The lock an entry is held under while it publishes ({@link QueueEntry#publishLock}). */
    public static String lockName(String entryId) {
        return QueueEntry.publishLock(entryId);
    }

    private record Timing(Instant at, ZoneId zone) {
    }

    private Timing resolve(When when, Collection<String> accountIds, String ignoreEntry) {
        return switch (when.type()) {
            case NOW -> new Timing(clock.instant(), clock.getZone());
            case AT -> new Timing(when.at().toInstant(), when.at().getZone());
            case NEXT_SLOT -> {
                SlotPlan plan = SlotPlan.load(workspace);
                if (plan.slots().isEmpty()) {
                    throw new PublishSetupException(PublishSetupException.Reason.NO_SLOTS);
                }
                SlotPlan.Occurrence o = plan.nextFree(clock.instant(), at -> slotTaken(accountIds, at, ignoreEntry))
                        .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_FREE_SLOT));
                yield new Timing(o.at(), o.slot().zone());
            }
        };
    }

    /**
     * When "next free slot" would queue a thread for these accounts now, in the slot's zone (the
     * first slot none of them has taken); empty when no weekly slot is set (or none is free).
     */
    public Optional<java.time.ZonedDateTime> nextFreeSlot(Collection<String> accountIds) {
        return SlotPlan.load(workspace).nextFree(clock.instant(), at -> slotTaken(accountIds, at, null))
                .map(o -> o.at().atZone(o.slot().zone()));
    }

    /** {@link #nextFreeSlot(Collection)} for one account. */
    public Optional<java.time.ZonedDateTime> nextFreeSlot(String accountId) {
        return nextFreeSlot(List.of(accountId));
    }

    /** Another entry already sends one of the accounts a thread at {@code at}. */
    private boolean slotTaken(Collection<String> accountIds, Instant at, String ignoreEntry) {
        return workspace.queue().stream().filter(q -> !q.id().equals(ignoreEntry)).anyMatch(q -> q.targets().stream()
                .anyMatch(t -> accountIds.contains(t.accountId()) && t.state() == QueueState.SCHEDULED && at.equals(q.timeOf(t))));
    }

    // ---- publishing ------------------------------------------------------------------------

    /** Entries with a target due now: scheduled (or left publishing by a run that died) with a time not after now. */
    public List<QueueEntry> due() {
        Instant now = clock.instant();
        return list().stream().filter(e -> e.targets().stream().anyMatch(t -> isDue(e, t, now))).toList();
    }

    private static boolean isDue(QueueEntry e, QueueTarget t, Instant now) {
        Instant at = e.timeOf(t);
        return t.isWaiting() && (at == null || !at.isAfter(now));
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
     * Publishes one entry now, whatever its time ("publish now"): every target still to go out.
     *
     * @return what happened; never throws for a publishing failure (that is {@link Outcome.Result#FAILED})
     */
    public Outcome publishNow(String id) {
        try {
            get(id);
        } catch (WorkspaceException e) {
            // its file cannot be read: publish says so in its outcome and leaves the file alone
            LOG.log(Level.FINE, "publishing an unreadable entry", e);
        }
        return publish(id, true);
    }

    private Outcome publish(String id, boolean evenIfNotDue) {
        Optional<ObjectLock> lock = workspace.tryLock(lockName(id));
        if (lock.isEmpty()) {
            return Outcome.skipped(id, new Outcome.Skipped(Outcome.Skipped.Reason.BEING_PUBLISHED_ELSEWHERE), null);
        }
        try (ObjectLock l = lock.get()) {
            Instant now = clock.instant();
            List<String> claimed = new ArrayList<>();
            QueueEntry fresh;
            Map<String, String> kinds = kinds();
            try {
                // re-read under the lock: another process may have published it since we listed it
                fresh = workspace.update(Kind.QUEUE, id, e -> claim(withPlatforms(e, kinds), evenIfNotDue, now, claimed));
            } catch (WorkspaceException e) {
                // gone, or its file cannot be read (then it is left untouched): say which
                LOG.log(Level.INFO, "queue entry {0} was skipped: {1}", new Object[]{id, e.getMessage()});
                return Outcome.skipped(id, e, null);
            }
            if (claimed.isEmpty()) {
                return Outcome.skipped(id, new Outcome.Skipped(notReady(fresh.state())), fresh);
            }
            List<Outcome.Target> results = new ArrayList<>();
            PublishJob.Progress overall = progressOf(fresh, claimed);
            for (String accountId : claimed) {
                QueueEntry current = workspace.get(Kind.QUEUE, id).orElse(fresh);
                QueueTarget target = current.targetOf(accountId).orElseThrow();
                Reasoned reason = run(current, target, overall);
                QueueEntry after = workspace.update(Kind.QUEUE, id, e -> e.targetOf(accountId)
                        .map(t -> e.withTarget(reason == null ? t.withState(QueueState.PUBLISHED, clock.instant())
                                : t.withFailure(QueueFailures.keep(reason), clock.instant()), clock.instant()))
                        .orElse(e));
                results.add(new Outcome.Target(after.targetOf(accountId).map(QueueTarget::platform).orElse(target.platform()), accountId,
                        reason == null ? Outcome.Result.PUBLISHED : Outcome.Result.FAILED, reason));
            }
            return Outcome.of(id, results, workspace.get(Kind.QUEUE, id).orElse(fresh));
        }
    }

    /** The entry with its due (or, for Publish Now, its waiting) targets marked publishing; their accounts go into {@code claimed}. */
    private QueueEntry claim(QueueEntry e, boolean evenIfNotDue, Instant now, List<String> claimed) {
        claimed.clear();
        QueueEntry out = e;
        if (evenIfNotDue && e.at() != null && e.at().isAfter(now) && e.targets().stream().anyMatch(QueueTarget::isWaiting)) {
            // published ahead of its slot: the queue lists it when it went out, not when it was due
            out = out.withAt(now, e.zone(), now);
        }
        QueueEntry base = out;
        out = out.withTargets(t -> {
            if (!(evenIfNotDue ? t.isWaiting() : isDue(base, t, now))) {
                return t;
            }
            claimed.add(t.accountId());
            QueueTarget c = t.withState(QueueState.PUBLISHING, now).withAttempts(t.attempts() + 1);
            return evenIfNotDue && t.at() != null && t.at().isAfter(now) ? c.withAt(null) : c;
        }, now);
        return claimed.isEmpty() ? e : out;
    }

    private static Outcome.Skipped.Reason notReady(QueueState state) {
        return switch (state) {
            case PUBLISHED -> Outcome.Skipped.Reason.ALREADY_PUBLISHED;
            case CANCELLED -> Outcome.Skipped.Reason.CANCELLED;
            case FAILED -> Outcome.Skipped.Reason.FAILED;
            case SCHEDULED, PUBLISHING -> Outcome.Skipped.Reason.NOT_DUE_YET;
        };
    }

    /** Progress over every target claimed: the posts out of all their posts. */
    private PublishJob.Progress progressOf(QueueEntry entry, List<String> claimed) {
        if (progress == null) {
            return null;
        }
        int posts = workspace.get(Kind.THREADS, entry.threadId()).map(t -> t.posts().size()).orElse(0);
        int total = posts * claimed.size();
        return (done, ofTarget) -> {
            int out = workspace.get(Kind.QUEUE, entry.id()).map(e -> e.targets().stream()
                    .filter(t -> claimed.contains(t.accountId())).mapToInt(QueueTarget::postsOut).sum()).orElse(done);
            progress.published(Math.min(out, total), total);
        };
    }

    /** Publishes one claimed target; returns null when published, else the reason it failed. */
    private Reasoned run(QueueEntry entry, QueueTarget target, PublishJob.Progress overall) {
        String what = entry.id() + " (" + target.platform() + ")";
        try {
            PostThread thread = workspace.get(Kind.THREADS, entry.threadId())
                    .orElseThrow(() -> new PublishException(PublishException.Reason.THREAD_GONE, entry.threadId()));
            AccountRef account = workspace.get(Kind.ACCOUNTS, target.accountId())
                    .orElseThrow(() -> new PublishException(PublishException.Reason.ACCOUNT_GONE, target.accountId()));
            Publisher p = publishers.stream().filter(x -> x.supports(account)).findFirst()
                    .orElseThrow(() -> new PublishException(PublishException.Reason.NO_PUBLISHER, account.kind()));
            if (costs(account) && account.option(XPrices.ACCEPTED) == null) {
                // queued before costs were asked about (or by hand): nothing is spent unconfirmed
                throw new PublishException(PublishException.Reason.X_COST_UNCONFIRMED, account.handle(),
                        XCost.of(asGoingOut(thread, account, target.movesLinks()), XPrices.of(workspace)));
            }
            PostThread going = target.movesLinks() ? LinksToLast.apply(thread, account) : thread;
            p.publish(new PublishJob(workspace, entry, target, going, account, secrets, http, retry, clock, overall));
            LOG.log(Level.FINE, "published queue entry {0}", what);
            return null;
        } catch (PublishException e) {
            LOG.log(Level.FINE, "queue entry " + what + " failed: " + e.getMessage(), e);
            return e;
        } catch (RuntimeException e) {
            if (e instanceof Reasoned why) {
                // a secret or a workspace file that cannot be read, a thread that no longer fits: the user can act on it
                LOG.log(Level.FINE, "queue entry " + what + " failed: " + e.getMessage(), e);
                return why;
            }
            LOG.log(Level.WARNING, "queue entry " + what + " failed with an internal error", e);
            return new PublishException(e, PublishException.Reason.INTERNAL);
        }
    }

    private Publisher publisherFor(AccountRef account) {
        return publishers.stream().filter(x -> x.supports(account)).findFirst()
                .orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NO_PUBLISHER, account.kind()));
    }

    /** Each account's kind, by id. */
    private Map<String, String> kinds() {
        Map<String, String> out = new HashMap<>();
        workspace.accounts().forEach(a -> out.put(a.id(), a.kind()));
        return out;
    }

    /**
     * The entry with the platform of each target that has none (an older Gloss wrote the file
     * after this workspace was upgraded) taken from its account.
     */
    private static QueueEntry withPlatforms(QueueEntry e, Map<String, String> kinds) {
        if (e.targets().stream().allMatch(t -> t.platform() != null)) {
            return e;
        }
        return e.withTargets(t -> t.platform() != null || kinds.get(t.accountId()) == null ? t
                : t.withPlatform(kinds.get(t.accountId())), e.updated());
    }

    private static String safe(String id) {
        if (!Ids.isSafe(id)) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_AN_ID, id);
        }
        return id;
    }
}
