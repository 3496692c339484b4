package dev.gloss.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A background indexing run (a sync or a rebuild): await it, or cancel it. Cancelling stops
 * between pages; papers not finished are left for the next sync, nothing half-done is kept.
 */
public final class IndexRun {
    private final CompletableFuture<IndexStats> done = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** Pieces of work still open: the metadata pass plus one per paper whose text is indexed. */
    private final AtomicInteger open = new AtomicInteger(1);
    private final AtomicInteger papers = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger documents = new AtomicInteger();
    private final List<IndexStats.Failure> failures = new CopyOnWriteArrayList<>();
    private final long started = System.nanoTime();

    IndexRun() {
    }

    /** Asks the run to stop between pages; returns at once. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public boolean isDone() {
        return done.isDone();
    }

    /** Waits until the run has finished. */
    public IndexStats await() throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new SearchException(e.getCause(), SearchException.Reason.INDEXING_FAILED, SearchException.why(e.getCause()));
        }
    }

    /** Waits at most {@code timeout} for the run to finish. */
    public IndexStats await(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        try {
            return done.get(timeout, unit);
        } catch (ExecutionException e) {
            throw new SearchException(e.getCause(), SearchException.Reason.INDEXING_FAILED, SearchException.why(e.getCause()));
        }
    }

    /** Completes with the run's statistics, for callers that chain work after it. */
    public CompletionStage<IndexStats> completion() {
        return done.minimalCompletionStage();
    }

    // ---- bookkeeping by the index ----------------------------------------------------------

    void addWork() {
        open.incrementAndGet();
    }

    void workDone() {
        if (open.decrementAndGet() == 0) {
            done.complete(new IndexStats(papers.get(), pages.get(), documents.get(), failures, cancelled.get(),
                    Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    void failedWith(Throwable t) {
        done.completeExceptionally(t);
    }

    void countPaper(int pageCount) {
        papers.incrementAndGet();
        pages.addAndGet(pageCount);
    }

    void countDocuments(int n) {
        documents.addAndGet(n);
    }

    void countFailure(IndexStats.Failure f) {
        failures.add(f);
    }
}
