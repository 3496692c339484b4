package dev.gloss.publish;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.Retry;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One target of a queue entry being published: the thread, the account on that platform, the
 * means to reach its server, and the two calls that make publishing resumable:
 * {@link #saveKey} before a post's request and {@link #saveRemote} the moment the post exists.
 * Both write the queue entry at once (this target only), under the workspace's lock for it.
 * <p>
 * What a publisher derives its keys from, so that every attempt and every clone of the
 * workspace sends the same ones: {@link #keyBase()} (unique to this target), {@link #at()} (its
 * time) and the post's index. {@link #notBefore()} bounds a search of the account's own recent
 * posts, for the platforms that take no key.
 */
public final class PublishJob {
    /** Told after each post that exists remotely (for progress bars). */
    @FunctionalInterface
    public interface Progress {
        void published(int done, int total);
    }

    private final Workspace workspace;
    private final PostThread thread;
    private final AccountRef account;
    private final Secrets secrets;
    private final HttpTransport http;
    private final Retry retry;
    private final Clock clock;
    private final Progress progress;
    private final String accountId;
    private volatile QueueEntry entry;

    /**
     * @param target the target of {@code entry} to publish (the one of {@code account})
     */
    public PublishJob(Workspace workspace, QueueEntry entry, QueueTarget target, PostThread thread, AccountRef account,
            Secrets secrets, HttpTransport http, Retry retry, Clock clock, Progress progress) {
        this.workspace = workspace;
        this.entry = entry;
        this.accountId = target.accountId();
        this.thread = thread;
        this.account = account;
        this.secrets = secrets;
        this.http = http;
        this.retry = retry;
        this.clock = clock;
        this.progress = progress == null ? (d, t) -> { } : progress;
        target(); // it must be there
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The entry as last saved. */
    public QueueEntry entry() {
        return entry;
    }

    /** The target being published, as last saved. */
    public QueueTarget target() {
        return entry.targetOf(accountId).orElseThrow(() -> new IllegalStateException(
                "queue entry " + entry.id() + " has no target for account " + accountId));
    }

    /**
     * What this target's post keys are derived from ({@link QueueTarget#keyBase}): unique to the
     * entry and the platform, and for an entry an older Gloss queued, the entry's id as it used.
     */
    public String keyBase() {
        return target().keyBase();
    }

    /** When this target is due: the time its posts' keys and times are derived from. */
    public Instant at() {
        Instant at = entry.timeOf(target());
        return at != null ? at : entry.created();
    }

    /**
     * No post of this target can be older than this: the entry's creation or its time, whichever
     * is earlier, less a minute for clocks that differ. A publisher that has no idempotency key
     * reads the account's posts since then to adopt one that an earlier attempt (or another clone)
     * sent before sending it again.
     */
    public Instant notBefore() {
        Instant from = entry.created() != null ? entry.created() : at();
        Instant at = at();
        if (at != null && (from == null || at.isBefore(from))) {
            from = at;
        }
        return (from == null ? clock.instant() : from).minus(Duration.ofMinutes(1));
    }

    /** The thread as this account publishes it: numbered when the account wants numbering. */
    public PostThread thread() {
        return dev.gloss.threads.Numbering.forAccount(thread, account);
    }

    public AccountRef account() {
        return account;
    }

    public Secrets secrets() {
        return secrets;
    }

    public HttpTransport http() {
        return http;
    }

    public Retry retry() {
        return retry;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Stops a publisher before any request when the thread no longer fits the account (it was
     * checked when queued, but may have been edited since).
     */
    public void requireFits() throws PublishException {
        List<ThreadChecks.Problem> problems = ThreadChecks.check(thread, account, workspace.root());
        if (!problems.isEmpty()) {
            throw new PublishException(PublishException.Reason.NO_LONGER_FITS, account.kind(), problems);
        }
    }

    /** What is known about post {@code index} (from 0) on this target, if anything. */
    public Optional<PublishedPost> post(int index) {
        return target().post(index);
    }

    /** Records the key chosen for a post BEFORE the request that may create it. */
    public void saveKey(int index, String key) {
        put(new PublishedPost(index, key, null, null, null));
    }

    /** Records that a post exists remotely, the moment it is known. */
    public void saveRemote(int index, String key, String remoteId, String cid, String url) {
        put(new PublishedPost(index, key, remoteId, cid, url));
        progress.published(target().postsOut(), thread.posts().size());
    }

    private void put(PublishedPost post) {
        entry = workspace.update(Kind.QUEUE, entry.id(), e -> {
            QueueTarget t = e.targetOf(accountId).orElseThrow(() -> new WorkspaceException(
                    WorkspaceException.Reason.NO_SUCH_OBJECT, Kind.QUEUE, e.id() + " → " + accountId));
            return e.withTarget(t.withPost(post), clock.instant());
        });
    }
}
