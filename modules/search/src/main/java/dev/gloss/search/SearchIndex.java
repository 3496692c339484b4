package dev.gloss.search;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceEvent;
import dev.gloss.workspace.WorkspaceListener;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The search index of one workspace, in {@code <workspace>/.gloss/index} (derived and local:
 * safe to delete, rebuilt when missing or damaged, never an error).
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(workspace)) {    // starts syncing in the background
 *     index.addProgressListener((done, total) -> bar.setValue(...));
 *     index.initialSync().await();                            // optional: wait for the pages
 *     for (SearchHit h : index.search("\"attention is all\" tag:ml", 20)) { ... }
 * }
 * }</pre>
 * On open the index is compared with the workspace and only the differences are (re)indexed, so
 * changes made by another process are picked up; afterwards, changes saved through the
 * workspace are applied as they happen and visible to the next query. Page text is extracted on
 * two threads in the background, with progress and cancellation ({@link IndexRun}).
 * <p>
 * When another process (the app, or another {@code gloss} command) is writing the index, it is
 * opened read-only: searches work on what that process last committed, and syncing is left to it.
 * Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    /** Changes are committed this long after the last one (a crash loses nothing: sync redoes it). */
    private static final long COMMIT_DELAY_MS = 2000;

    private final Workspace workspace;
    private final IndexStore store;
    private final IndexUpdater updater;
    private final HitSearcher hits;
    private final PageTextSource source;
    private final ScheduledThreadPoolExecutor coordinator;
    private final Set<IndexRun> runs = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean commitScheduled = new AtomicBoolean();
    private final AtomicBoolean syncScheduled = new AtomicBoolean();
    private final AtomicLong refreshedAt = new AtomicLong(-1);
    private final WorkspaceListener listener = this::changed;
    private volatile IndexRun initialSync;
    private volatile boolean closed;

    private SearchIndex(Workspace workspace, IndexStore store, PageTextSource source, IndexLimit.Bounds bounds) {
        this.workspace = workspace;
        this.store = store;
        this.hits = new HitSearcher(store.analyzer());
        this.source = source;
        this.coordinator = new ScheduledThreadPoolExecutor(1, PageTextIndexer.daemon("gloss-index-sync"));
        coordinator.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.updater = store.isReadOnly() || workspace == null ? null
                : new IndexUpdater(workspace, store, source, this::newRun, this::commitSoon, bounds);
    }

    /**
     * Opens the index of a workspace, repairing or creating it as needed, and starts
     * synchronising it with the workspace in the background (see {@link #initialSync()}).
     *
     * @throws SearchException if the index folder cannot be created or opened at all
     */
    public static SearchIndex open(Workspace workspace) {
        return open(workspace, true);
    }

    /**
     * Opens the index of a workspace.
     *
     * @param sync whether to start the initial sync now; false when a {@link #rebuild()} follows
     */
    public static SearchIndex open(Workspace workspace, boolean sync) {
        return open(workspace, new PdfPageSource(workspace), sync);
    }

    static SearchIndex open(Workspace workspace, PageTextSource source, boolean sync) {
        return open(workspace, source, sync, IndexLimit.Bounds.DEFAULT);
    }

    /** Opens the index with other bounds on the work for one paper (a test's small ones). */
    static SearchIndex open(Workspace workspace, PageTextSource source, boolean sync, IndexLimit.Bounds bounds) {
        IndexStore store = IndexStore.open(workspace.derivedFolder().resolve("index"));
        SearchIndex index = new SearchIndex(workspace, store, source, bounds);
        if (index.updater != null) {
            workspace.addListener(index.listener);
            if (sync) {
                index.initialSync = index.sync();
            }
        } else {
            LOG.log(Level.INFO, "The search index {0} is being written by another process; searching it read-only",
                    store.folder());
        }
        return index;
    }

    /**
     * Opens an index folder read-only, without a workspace: for the benchmark over its
     * synthetic library (this module's test jar), and for tools that only search.
     */
    public static SearchIndex openReadOnly(Path indexFolder) {
        return new SearchIndex(null, IndexStore.openReadOnly(indexFolder), null, IndexLimit.Bounds.DEFAULT);
    }

    /** The index folder. */
    public Path folder() {
        return store.folder();
    }

    /** Whether this index only searches, because another process writes it (or it was opened so). */
    public boolean isReadOnly() {
        return updater == null;
    }

    /** The sync started by {@link #open(Workspace)}; an already finished run when there was none. */
    public IndexRun initialSync() {
        IndexRun r = initialSync;
        if (r == null) {
            r = new IndexRun();
            r.workDone();
        }
        return r;
    }

    /** Reports page-text indexing progress to {@code l} until removed. */
    public void addProgressListener(IndexProgress l) {
        if (updater != null) {
            updater.pages().addListener(l);
        }
    }

    public void removeProgressListener(IndexProgress l) {
        if (updater != null) {
            updater.pages().removeListener(l);
        }
    }

    /**
     * Compares the index with the workspace (as currently loaded) and (re)indexes the
     * differences in the background.
     *
     * @throws SearchException if the index is read-only
     */
    public IndexRun sync() {
        IndexUpdater u = requireWritable();
        IndexRun run = newRun();
        coordinator.execute(() -> u.syncPass(run, false));
        return run;
    }

    /**
     * Drops everything and indexes the whole workspace again, in the background. Runs under
     * way are cancelled first.
     *
     * @throws SearchException if the index is read-only
     */
    public IndexRun rebuild() {
        IndexUpdater u = requireWritable();
        cancel();
        IndexRun run = newRun();
        coordinator.execute(() -> u.syncPass(run, true));
        return run;
    }

    /**
     * Gives the index the password of an encrypted paper (the reader opened it with it), kept in
     * memory for the life of this index and never written, and indexes the paper's pages if
     * they could not be read without it.
     *
     * @throws SearchException if the index is read-only
     */
    public IndexRun unlock(String paperId, char[] password) {
        IndexUpdater u = requireWritable();
        if (source instanceof PdfPageSource pdfs) {
            pdfs.unlock(paperId, password);
        }
        IndexRun run = newRun();
        coordinator.execute(() -> {
            u.retry(paperId);
            u.syncPass(run, false);
        });
        return run;
    }

    /** Cancels every indexing run under way; what is finished stays, the rest waits for the next sync. */
    public void cancel() {
        runs.forEach(IndexRun::cancel);
    }

    /** Waits until no indexing run is under way (including work started by workspace changes). */
    public void awaitIdle() throws InterruptedException {
        while (!runs.isEmpty()) {
            for (IndexRun r : List.copyOf(runs)) {
                try {
                    r.await();
                } catch (SearchException e) {
                    LOG.log(Level.FINE, "an indexing run failed; waiting for the others", e);
                }
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Searches the index. The query language:
     * <ul>
     * <li>words: all must match ({@code transformer attention}); English stemming, so
     *     "networks" finds "network"; accents and ligatures folded</li>
     * <li>{@code "a phrase"}, {@code prefix*}, also across hyphens ({@code fine-tun*})</li>
     * <li>{@code OR}, {@code -word}, parentheses, as in Lucene's classic syntax</li>
     * <li>filters: {@code type:} page, annotation, thread, paper, or an annotation type
     *     (highlight, underline, note...); {@code color:}, {@code tag:}, {@code author:},
     *     {@code year:2017} or {@code year:[2015 TO 2020]}, {@code venue:}, {@code arxiv:},
     *     {@code doi:}, {@code paper:ID}, {@code page:N} or {@code page:[2 TO 5]}. Paper
     *     metadata filters select the paper and all its pages, annotations and threads.</li>
     * </ul>
     * Never fails on query syntax: an unbalanced quote is dropped, and text that is still not
     * valid syntax is searched as plain words. Hits are ranked by BM25, with the paper itself,
     * annotations and threads weighted a little above pages that match as well.
     *
     * @param query what the user typed, e.g. {@code "attention is all" author:vaswani tag:ml}
     * @param limit at most this many hits, best first
     * @throws SearchException if the index cannot be read at all
     */
    public List<SearchHit> search(String query, int limit) {
        if (closed) {
            throw new IllegalStateException("The search index is closed");
        }
        for (int attempt = 0; ; attempt++) {
            try {
                SearcherManager m = store.searchers();
                if (m == null) {
                    return List.of(); // read-only and nothing committed yet
                }
                refresh(m);
                IndexSearcher s = m.acquire();
                try {
                    return hits.search(s, query, limit);
                } finally {
                    m.release(s);
                }
            } catch (IndexNotFoundException e) {
                return List.of();
            } catch (AlreadyClosedException e) {
                if (closed || attempt > 2) {
                    throw new SearchException(e, SearchException.Reason.CLOSED_WHILE_SEARCHING);
                }
            } catch (IOException | UncheckedIOException e) {
                Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                if (attempt == 0 && updater != null && damaged(cause)) {
                    updater.recover(cause);
                } else if (updater == null) {
                    LOG.log(Level.INFO, "The search index could not be read ({0}); no results", cause.toString());
                    return List.of();
                } else {
                    throw new SearchException(cause, SearchException.Reason.UNREADABLE, store.folder(), SearchException.why(cause));
                }
            }
        }
    }

    /** Whether a failure while reading means the index files are damaged (then it is rebuilt). */
    static boolean damaged(Throwable t) {
        return t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
                || t instanceof IndexFormatTooNewException || t instanceof EOFException
                || t instanceof NoSuchFileException || t instanceof FileNotFoundException;
    }

    private void refresh(SearcherManager m) throws IOException {
        if (updater == null) {
            m.maybeRefresh(); // another process commits: see its commits
            return;
        }
        long w = store.writes();
        if (refreshedAt.get() != w) {
            m.maybeRefreshBlocking();
            refreshedAt.set(w);
        }
    }

    private IndexUpdater requireWritable() {
        if (closed) {
            throw new IllegalStateException("The search index is closed");
        }
        if (updater == null) {
            throw new SearchException(SearchException.Reason.IN_USE, store.folder());
        }
        return updater;
    }

    private IndexRun newRun() {
        IndexRun r = new IndexRun();
        runs.add(r);
        r.completion().whenComplete((stats, error) -> {
            runs.remove(r);
            commitSoon();
        });
        return r;
    }

    private void commitSoon() {
        if (closed || updater == null) {
            return;
        }
        if (commitScheduled.compareAndSet(false, true)) {
            try {
                coordinator.schedule(() -> {
                    commitScheduled.set(false);
                    store.commit();
                }, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                commitScheduled.set(false); // closing: close() commits
            }
        }
    }

    private void changed(WorkspaceEvent e) {
        if (closed) {
            return;
        }
        if (e.change() == WorkspaceEvent.Change.RELOADED) {
            // files may have changed behind our back: compare everything, once per reload
            if (syncScheduled.compareAndSet(false, true)) {
                IndexRun run = newRun();
                try {
                    coordinator.execute(() -> {
                        syncScheduled.set(false);
                        updater.syncPass(run, false);
                    });
                } catch (java.util.concurrent.RejectedExecutionException ex) {
                    run.cancel(); // closing
                    run.workDone();
                }
            }
            return;
        }
        try {
            if (e.kind() == Kind.PAPERS || e.kind() == Kind.ANNOTATIONS || e.kind() == Kind.THREADS) {
                if (e.change() == WorkspaceEvent.Change.REMOVED) {
                    updater.remove(e.kind(), e.id());
                } else if (e.value() instanceof Paper p) {
                    updater.upsert(p);
                } else if (e.value() instanceof Annotation a) {
                    updater.upsert(a);
                } else if (e.value() instanceof PostThread t) {
                    updater.upsert(t);
                }
            }
        } catch (IOException | RuntimeException ex) {
            LOG.log(Level.WARNING, "Could not update the search index for " + e.kind() + " " + e.id()
                    + "; the next sync will", ex);
        }
    }

    /** Stops indexing (unfinished papers wait for the next sync), commits and closes the index. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        cancel();
        try {
            if (updater != null) {
                updater.shutdown();
            }
            coordinator.shutdown();
            if (!coordinator.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("The index sync thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    /** The folder a workspace keeps its index in. */
    public static Path folderOf(Workspace workspace) {
        return workspace.derivedFolder().resolve("index");
    }
}
