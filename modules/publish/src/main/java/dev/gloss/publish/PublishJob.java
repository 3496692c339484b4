package dev.gloss.publish;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.Retry;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One publication in progress: the entry, its thread and account, the means to reach the
 * server, and the two calls that make publishing resumable: {@link #saveKey} before a post's
 * request and {@link #saveRemote} the moment the post exists. Both write the queue entry at
 * once, under the workspace's lock for that entry.
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
    private volatile QueueEntry entry;

    public PublishJob(Workspace workspace, QueueEntry entry, PostThread thread, AccountRef account, Secrets secrets,
            HttpTransport http, Retry retry, Clock clock, Progress progress) {
        this.workspace = workspace;
        this.entry = entry;
        this.thread = thread;
        this.account = account;
        this.secrets = secrets;
        this.http = http;
        this.retry = retry;
        this.clock = clock;
        this.progress = progress == null ? (d, t) -> { } : progress;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The entry as last saved. */
    public QueueEntry entry() {
        return entry;
    }

    public PostThread thread() {
        return thread;
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

    /** What is known about post {@code index} (from 0), if anything. */
    public Optional<PublishedPost> post(int index) {
        return entry.posts().stream().filter(p -> p.index() == index).findFirst();
    }

    /** Records the key chosen for a post BEFORE the request that may create it. */
    public void saveKey(int index, String key) {
        put(new PublishedPost(index, key, null, null, null));
    }

    /** Records that a post exists remotely, the moment it is known. */
    public void saveRemote(int index, String key, String remoteId, String cid, String url) {
        put(new PublishedPost(index, key, remoteId, cid, url));
        long done = entry.posts().stream().filter(PublishedPost::exists).count();
        progress.published((int) done, thread.posts().size());
    }

    private void put(PublishedPost post) {
        entry = workspace.update(Kind.QUEUE, entry.id(), e -> {
            List<PublishedPost> posts = new ArrayList<>(e.posts());
            posts.removeIf(p -> p.index() == post.index());
            posts.add(post);
            posts.sort(Comparator.comparingInt(PublishedPost::index));
            return e.withPosts(posts, clock.instant());
        });
    }
}
