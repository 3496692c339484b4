package dev.gloss.desktop.composer;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.util.Comparator;
import java.util.Optional;

/**
 * How much of a thread is already out, from its queue entries: the platform where it got
 * furthest (all of it published, or some posts out before it failed or while it publishes).
 *
 * @param out   posts out
 * @param total posts the target publishes (the thread's, for a finished one)
 * @param whole whether the target finished: nothing more of it goes out
 * @param handle the account it went out as
 * @param kind   the account's platform id ("bluesky")
 */
record ThreadOut(int out, int total, boolean whole, String handle, String kind) {
    /** What is out of {@code thread}; empty while none of it is (only scheduled, cancelled before any post). */
    static Optional<ThreadOut> of(Workspace ws, PostThread thread) {
        return ws.queue().stream()
                .filter(e -> thread.id().equals(e.threadId()))
                .flatMap(e -> e.targets().stream())
                .filter(t -> t.state() == QueueState.PUBLISHED || t.state() == QueueState.PUBLISHING || t.postsOut() > 0)
                .max(Comparator.comparingInt(QueueTarget::postsOut).thenComparing(t -> t.state() == QueueState.PUBLISHED))
                .map(t -> {
                    AccountRef a = ws.get(Kind.ACCOUNTS, t.accountId()).orElse(null);
                    int out = t.postsOut();
                    return new ThreadOut(out, Math.max(out, thread.posts().size()), t.state() == QueueState.PUBLISHED,
                            a == null ? t.accountId() : a.handle(), a == null ? (t.platform() == null ? "" : t.platform()) : a.kind());
                });
    }
}
