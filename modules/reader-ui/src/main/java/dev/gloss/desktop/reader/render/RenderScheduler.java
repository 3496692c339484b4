package dev.gloss.desktop.reader.render;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;

/**
 * Renders pages on a small pool of background threads, never on the caller's: the view says
 * which keys it wants, in order of need, and is told on the event thread when one is ready.
 * Requests a view no longer wants are dropped before they start (a running render is not
 * interrupted: interrupting PDFBox's file reads would close the file); results go into a
 * {@link RenderCache}. Requests come in groups (the page column, the thumbnails) so that each
 * group replaces only its own wishes; the page column always goes first.
 */
public final class RenderScheduler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RenderScheduler.class.getName());
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** Who wants a render; a group with a lower ordinal is served first. */
    public enum Group {
        /** The pages on screen and their neighbours. */
        PAGES,
        /** The side panel's thumbnails. */
        THUMBNAILS
    }

    /** Draws one page or tile; called on a render thread. */
    @FunctionalInterface
    public interface Renderer {
        BufferedImage render(RenderKey key) throws Exception;
    }

    private final Renderer renderer;
    private final RenderCache cache;
    private final Consumer<RenderKey> onDone;
    private final Executor callbacks;
    private final ThreadPoolExecutor pool;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<RenderKey, Task> pending = new HashMap<>();
    private final Set<RenderKey> failed = new HashSet<>();
    private volatile boolean closed;
    /** Counts {@link #invalidate}s: a render that started before one is not kept. */
    private long generation;

    /**
     * @param onDone    told each key that has rendered (or failed), through {@code callbacks}
     * @param callbacks where {@code onDone} runs; the event thread in the application
     */
    RenderScheduler(Renderer renderer, RenderCache cache, int threads, Consumer<RenderKey> onDone, Executor callbacks) {
        this.renderer = renderer;
        this.cache = cache;
        this.onDone = onDone;
        this.callbacks = callbacks;
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 20, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "Gloss page renderer " + id + "." + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** A scheduler that reports on the event thread. */
    public RenderScheduler(Renderer renderer, RenderCache cache, int threads, Consumer<RenderKey> onDone) {
        this(renderer, cache, threads, onDone, SwingUtilities::invokeLater);
    }

    /** The image for {@code key} if it is rendered; never renders. */
    public BufferedImage cached(RenderKey key) {
        return cache.get(key);
    }

    public RenderCache cache() {
        return cache;
    }

    /** True when rendering {@code key} failed; it is not tried again. */
    synchronized boolean failed(RenderKey key) {
        return failed.contains(key);
    }

    /**
     * Replaces the wishes of {@code group} by {@code wanted}, most needed first: keys not yet
     * rendered are queued (or moved up), and queued keys of the group that are no longer wanted
     * are dropped. Cheap; call it from every paint.
     */
    public synchronized void want(Group group, List<RenderKey> wanted) {
        if (closed) {
            return;
        }
        Set<RenderKey> keep = new LinkedHashSet<>(wanted);
        for (Task t : List.copyOf(pending.values())) {
            if (t.group == group && !keep.contains(t.key) && pool.getQueue().remove(t)) {
                pending.remove(t.key);
            }
        }
        long base = sequence.getAndAdd(keep.size() + 1L);
        int rank = 0;
        for (RenderKey key : keep) {
            long order = base + rank++;
            if (failed.contains(key) || cache.get(key) != null) {
                continue;
            }
            Task t = pending.get(key);
            if (t != null) {
                if (t.group == group && pool.getQueue().remove(t)) {
                    t.order = order; // re-queue with its new rank
                    pool.execute(t);
                }
                continue;
            }
            t = new Task(group, key, order);
            pending.put(key, t);
            pool.execute(t);
        }
    }

    /** Drops every queued request of {@code group}. */
    public void cancel(Group group) {
        want(group, List.of());
    }

    /** Number of requests queued or running. */
    synchronized int pendingCount() {
        return pending.size();
    }

    /**
     * Forgets every image (the pages are drawn differently from now on: other colours, the file's
     * markup hidden); renders already running finish, but their images are not kept. What the
     * view wants next is rendered anew.
     */
    public synchronized void invalidate() {
        generation++;
        cache.clear();
        failed.clear();
    }

    /** Drops everything queued; later requests are ignored; running renders finish unseen. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            pending.clear();
        }
        pool.shutdownNow();
    }

    private void run(Task t) {
        long started;
        synchronized (this) {
            if (closed || pending.get(t.key) != t) {
                return;
            }
            started = generation;
        }
        BufferedImage img = null;
        try {
            img = renderer.render(t.key);
        } catch (Exception | StackOverflowError e) {
            LOG.log(Level.INFO, "Page " + t.key.page() + " could not be rendered", e);
        }
        synchronized (this) {
            pending.remove(t.key);
            if (closed) {
                return;
            }
            if (started != generation) {
                // drawn the old way: the view asks again when told
                img = null;
            } else if (img != null) {
                cache.put(t.key, img);
            } else {
                failed.add(t.key);
            }
        }
        callbacks.execute(() -> onDone.accept(t.key));
    }

    /** One queued render; lower order runs first. */
    private final class Task implements Runnable, Comparable<Task> {
        final Group group;
        final RenderKey key;
        volatile long order;

        Task(Group group, RenderKey key, long order) {
            this.group = group;
            this.key = key;
            this.order = order;
        }

        @Override
        public void run() {
            RenderScheduler.this.run(this);
        }

        @Override
        public int compareTo(Task o) {
            int c = Integer.compare(group.ordinal(), o.group.ordinal());
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    /** Convenience for tests and callers holding several groups. */
    synchronized Collection<RenderKey> pendingKeys() {
        return List.copyOf(pending.keySet());
    }
}
