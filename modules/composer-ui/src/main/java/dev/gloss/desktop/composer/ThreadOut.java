package dev.gloss.desktop.composer;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.util.Comparator;
import java.util.Optional;

/**
 * How much of a thread is already out on a platform, from its queue entries: the entry that got
 * furthest (all of it published, or some posts out before it failed or while it publishes).
 *
 * @param out   posts out
 * @param total posts the entry publishes (the thread's, for a finished one)
 * @param whole whether the entry finished: nothing more of it goes out
 * @param handle the account it went out as
 * @param kind   the account's platform id ("bluesky")
 */
record ThreadOut(int out, int total, boolean whole, String handle, String kind) {
    /** What is out of {@code thread}; empty while none of it is (only scheduled, cancelled before any post). */
    static Optional<ThreadOut> of(Workspace ws, PostThread thread) {
        return ws.queue().stream()
                .filter(e -> thread.id().equals(e.threadId()))
                .filter(e -> e.state() == QueueState.PUBLISHED || e.state() == QueueState.PUBLISHING
                        || e.posts().stream().anyMatch(PublishedPost::exists))
                .max(Comparator.comparingLong(ThreadOut::postsOut).thenComparing(e -> e.state() == QueueState.PUBLISHED))
                .map(e -> {
                    AccountRef a = ws.get(Kind.ACCOUNTS, e.accountId()).orElse(null);
                    int out = (int) postsOut(e);
                    return new ThreadOut(out, Math.max(out, thread.posts().size()), e.state() == QueueState.PUBLISHED,
                            a == null ? e.accountId() : a.handle(), a == null ? "" : a.kind());
                });
    }

    private static long postsOut(QueueEntry e) {
        return e.posts().stream().filter(PublishedPost::exists).count();
    }
}
