package dev.gloss.search;

import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Reasoned;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Extracts the page text of papers on a pool of two threads (one per core here), each task with
 * its own opened document, since PDFBox documents are not thread-safe. A long paper is split
 * into chunks of 32 pages (system property {@code gloss.index.chunkPages}; at most
 * {@link #MAX_CHUNKS} chunks) so both cores stay busy on a library with one big book. Cancellation is honoured between pages; progress is
 * reported in pages. The work for one paper is bounded ({@link IndexLimit.Bounds}: pages, text,
 * time): past a bound the rest of that paper is left out, with an {@link IndexLimit} saying so.
 */
final class PageTextIndexer {
    static final int CHUNK_PAGES = Integer.getInteger("gloss.index.chunkPages", 32);
    static final int THREADS = 2;
    /** Chunks of one paper, at most: opening a file again for each costs what parsing it costs. */
    static final int MAX_CHUNKS = 8;
    private static final Logger LOG = Logger.getLogger(PageTextIndexer.class.getName());

    /** Receives the outcome of each paper; called on a pool thread. */
    interface Sink {
        void indexed(Work work, String[] pages);

        void failed(Work work, Reasoned reason);

        void cancelled(Work work);
    }

    private final PageTextSource source;
    private final Sink sink;
    private final IndexLimit.Bounds bounds;
    private final ExecutorService pool;
    private final List<IndexProgress> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicInteger active = new AtomicInteger();

    PageTextIndexer(PageTextSource source, Sink sink, IndexLimit.Bounds bounds) {
        this.source = source;
        this.sink = sink;
        this.bounds = bounds;
        this.pool = Executors.newFixedThreadPool(THREADS, daemon("gloss-index-pages"));
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
    }

    void addListener(IndexProgress l) {
        listeners.add(l);
    }

    void removeListener(IndexProgress l) {
        listeners.remove(l);
    }

    /** The page text of one paper, as one unit: written whole or not at all. */
    final class Work {
        final Paper paper;
        final String textState;
        final IndexRun run;
        final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicInteger chunksLeft = new AtomicInteger(1);
        private final AtomicLong pagesDone = new AtomicLong();
        private volatile long pagesPlanned;
        private volatile String[] pages = new String[0];
        private volatile Reasoned failure;
        private final AtomicBoolean pageProblemLogged = new AtomicBoolean();
        /** Pages in the file (more than are indexed when it passes {@link IndexLimit#MAX_PAGES}). */
        private volatile int pagesInFile;
        private final AtomicLong chars = new AtomicLong();
        /** The bound that stopped the reading (text or time), first one wins; null while within them. */
        private final java.util.concurrent.atomic.AtomicReference<IndexLimit.Reason> cut = new java.util.concurrent.atomic.AtomicReference<>();
        private volatile long deadline = Long.MAX_VALUE;

        Work(Paper paper, String textState, IndexRun run) {
            this.paper = paper;
            this.textState = textState;
            this.run = run;
            this.pagesPlanned = Math.max(1, paper.pages());
        }

        boolean stopped() {
            return cancelled.get() || run.isCancelled();
        }

        /** Why only part of the paper's text was indexed, or null when all of it was. */
        IndexLimit limit() {
            String file = paper.file();
            int indexed = (int) pagesDone.get();
            IndexLimit.Reason r = cut.get();
            if (r == IndexLimit.Reason.TOO_SLOW) {
                return IndexLimit.of(r, file, indexed, pagesInFile, bounds.maxSeconds());
            }
            if (r != null) {
                return IndexLimit.of(r, file, indexed, pagesInFile);
            }
            return pagesInFile > pagesPlanned ? IndexLimit.of(IndexLimit.Reason.PAGES_LEFT_OUT, file, indexed, pagesInFile) : null;
        }
    }

    /** The work of one paper, to be handed to {@link #submit}. */
    Work newWork(Paper paper, String textState, IndexRun run) {
        return new Work(paper, textState, run);
    }

    /** Queues one paper; its outcome goes to the sink. */
    void submit(Work w) {
        active.incrementAndGet();
        total.addAndGet(w.pagesPlanned);
        report();
        try {
            pool.execute(() -> first(w));
        } catch (RejectedExecutionException e) {
            // shutting down: the next sync will pick the paper up
            w.cancelled.set(true);
            finish(w);
        }
    }

    private void first(Work w) {
        if (!w.stopped()) {
            try (PageTextSource.Pages doc = source.open(w.paper)) {
                w.deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(bounds.maxSeconds());
                w.pagesInFile = doc.count();
                // a page tree may claim 200,000 pages of a 1 MB file: the index reads a bounded number
                int n = Math.min(w.pagesInFile, bounds.maxPages());
                total.addAndGet(n - w.pagesPlanned);
                w.pagesPlanned = n;
                w.pages = new String[n];
                // each chunk opens the file again: a few larger chunks for a long one
                int size = Math.max(CHUNK_PAGES, (n + MAX_CHUNKS - 1) / MAX_CHUNKS);
                int chunks = Math.max(1, (n + size - 1) / size);
                w.chunksLeft.addAndGet(chunks - 1);
                for (int c = 1; c < chunks; c++) {
                    int from = c * size + 1;
                    int to = Math.min(n, (c + 1) * size);
                    try {
                        pool.execute(() -> chunk(w, from, to));
                    } catch (RejectedExecutionException e) {
                        w.cancelled.set(true);
                        chunkDone(w);
                    }
                }
                extract(w, doc, 1, Math.min(n, size));
            } catch (Exception e) {
                w.failure = SearchException.why(e);
            }
        }
        chunkDone(w);
    }

    private void chunk(Work w, int from, int to) {
        if (!w.stopped() && w.failure == null) {
            try (PageTextSource.Pages doc = source.open(w.paper)) {
                extract(w, doc, from, to);
            } catch (Exception e) {
                w.failure = SearchException.why(e);
            }
        }
        chunkDone(w);
    }

    private void extract(Work w, PageTextSource.Pages doc, int from, int to) {
        for (int p = from; p <= to; p++) {
            if (w.stopped() || w.failure != null || w.cut.get() != null) {
                return;
            }
            if (System.nanoTime() > w.deadline) {
                w.cut.compareAndSet(null, IndexLimit.Reason.TOO_SLOW);
                return;
            }
            String text;
            try {
                text = doc.text(p);
            } catch (Exception e) {
                // one bad page does not lose the paper
                if (w.pageProblemLogged.compareAndSet(false, true)) {
                    LOG.log(Level.INFO, "Page {0} of {1} could not be read ({2}); indexed without it",
                            new Object[]{p, w.paper.file(), reason(e)});
                }
                text = "";
            }
            if (text == null) {
                text = "";
            }
            if (text.length() > bounds.maxPageChars()) {
                text = text.substring(0, bounds.maxPageChars());
                w.cut.compareAndSet(null, IndexLimit.Reason.TEXT_LEFT_OUT);
            }
            if (w.chars.addAndGet(text.length()) > bounds.maxChars()) {
                w.cut.compareAndSet(null, IndexLimit.Reason.TEXT_LEFT_OUT);
                return;
            }
            w.pages[p - 1] = text;
            w.pagesDone.incrementAndGet();
            done.incrementAndGet();
            report();
        }
    }

    private void chunkDone(Work w) {
        if (w.chunksLeft.decrementAndGet() == 0) {
            finish(w);
        }
    }

    private void finish(Work w) {
        try {
            if (w.failure != null && !w.stopped()) {
                sink.failed(w, w.failure);
            } else if (w.stopped()) {
                sink.cancelled(w);
            } else {
                sink.indexed(w, w.pages);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indexing the pages of " + w.paper.id() + " failed", e);
        } finally {
            // what was planned but not done no longer counts, so the bar reaches its end
            total.addAndGet(-(w.pagesPlanned - w.pagesDone.get()));
            if (active.decrementAndGet() == 0) {
                done.set(0);
                total.set(0);
                listeners.forEach(l -> safely(l::idle));
            } else {
                report();
            }
        }
    }

    private void report() {
        long d = done.get();
        long t = Math.max(d, total.get());
        for (IndexProgress l : listeners) {
            safely(() -> l.progress(d, t));
        }
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An index progress listener failed", e);
        }
    }

    /** One clause for why a PDF could not be read, without the stack. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }

    void shutdown() throws InterruptedException {
        pool.shutdownNow();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warning("Page indexing threads did not stop within 30 s");
        }
    }
}
