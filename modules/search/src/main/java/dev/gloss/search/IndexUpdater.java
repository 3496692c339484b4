package dev.gloss.search;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Keeps the index in step with the workspace. It knows, per paper, annotation and thread
 * document, the version the index holds (a hash of the object), and per paper the state of its
 * page text (the PDF's sha256, "failed:..." for a PDF that could not be read, "none" without
 * a PDF). A sync compares that with the workspace and writes only the differences; workspace
 * events apply single changes. All index writes happen under one lock, so a slow page-text
 * job never overwrites a newer change.
 */
final class IndexUpdater implements PageTextIndexer.Sink {
    private static final Logger LOG = Logger.getLogger(IndexUpdater.class.getName());
    static final String PENDING = "pending";
    static final String NONE = "none";
    static final String FAILED = "failed:";

    private final Workspace workspace;
    private final IndexStore store;
    private final PageTextSource source;
    private final Supplier<IndexRun> newRun;
    private final Runnable commitSoon;
    private final PageTextIndexer pages;
    private final ReentrantLock lock = new ReentrantLock();
    /** Document key (e.g. "annotation:01h...") to the version indexed; guarded by lock. */
    private final Map<String, String> versions = new HashMap<>();
    /** Paper key to the state of its page text in the index; guarded by lock. */
    private final Map<String, String> textStates = new HashMap<>();
    private final Map<String, PageTextIndexer.Work> inFlight = new ConcurrentHashMap<>();
    private boolean stateLoaded;
    private volatile boolean closing;

    IndexUpdater(Workspace workspace, IndexStore store, PageTextSource source, Supplier<IndexRun> newRun,
            Runnable commitSoon, IndexLimit.Bounds bounds) {
        this.workspace = workspace;
        this.store = store;
        this.source = source;
        this.newRun = newRun;
        this.commitSoon = commitSoon;
        this.pages = new PageTextIndexer(source, this, bounds);
    }

    PageTextIndexer pages() {
        return pages;
    }

    // ---- sync ------------------------------------------------------------------------------

    /**
     * Forgets that the PDF of paper {@code paperId} could not be read (it may now be, e.g. with
     * its password), so that the next pass tries its pages again.
     */
    void retry(String paperId) {
        lock.lock();
        try {
            ensureState();
            String key = IndexDocuments.key(paperId);
            String state = textStates.get(key);
            if (state != null && state.startsWith(FAILED)) {
                textStates.remove(key);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not retry the pages of paper " + paperId, e);
        } finally {
            lock.unlock();
        }
    }

    /** Compares index and workspace and writes the differences; page text goes to the pool. */
    void syncPass(IndexRun run, boolean rebuild) {
        try {
            lock.lock();
            try {
                if (rebuild) {
                    inFlight.values().forEach(w -> w.cancelled.set(true));
                    inFlight.clear();
                    store.writer().deleteAll();
                    store.wrote();
                    versions.clear();
                    textStates.clear();
                    stateLoaded = true;
                }
                ensureState();
                reconcile(run);
            } finally {
                lock.unlock();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Syncing the search index " + store.folder() + " failed", e);
            run.failedWith(e);
        } finally {
            run.workDone();
        }
    }

    private void ensureState() throws IOException {
        if (stateLoaded) {
            return;
        }
        IndexStore.State s;
        try {
            s = store.readState();
        } catch (IOException | RuntimeException e) {
            store.reset(e);
            s = new IndexStore.State(Map.of(), Map.of());
        }
        versions.putAll(s.versions());
        textStates.putAll(s.textStates());
        stateLoaded = true;
    }

    private void reconcile(IndexRun run) throws IOException {
        IndexWriter w = store.writer();
        Set<String> wanted = new HashSet<>();
        int docs = 0;
        for (Paper p : workspace.papers()) {
            wanted.add(uid(Fields.KIND_PAPER, p.id()));
            docs += updatePaper(p, run);
        }
        for (Annotation a : workspace.annotations()) {
            String uid = uid(Fields.KIND_ANNOTATION, a.id());
            wanted.add(uid);
            if (!IndexDocuments.version(a).equals(versions.get(uid))) {
                w.updateDocument(new Term(Fields.UID, uid), IndexDocuments.annotation(a));
                versions.put(uid, IndexDocuments.version(a));
                docs++;
            }
        }
        for (PostThread t : workspace.threads()) {
            String uid = uid(Fields.KIND_THREAD, t.id());
            wanted.add(uid);
            if (!IndexDocuments.version(t).equals(versions.get(uid))) {
                w.updateDocument(new Term(Fields.UID, uid), IndexDocuments.thread(t));
                versions.put(uid, IndexDocuments.version(t));
                docs++;
            }
        }
        for (Iterator<String> it = versions.keySet().iterator(); it.hasNext(); ) {
            String uid = it.next();
            if (!wanted.contains(uid)) {
                deleteDocument(uid);
                it.remove();
                docs++;
            }
        }
        store.wrote();
        run.countDocuments(docs);
    }

    /** Brings one paper's document up to date and starts its page text if needed; returns documents written. */
    private int updatePaper(Paper p, IndexRun run) throws IOException {
        String key = IndexDocuments.key(p.id());
        String state = textStates.get(key);
        String want = IndexDocuments.wantedTextState(p);
        if (NONE.equals(want)) {
            if (NONE.equals(state) && IndexDocuments.version(p).equals(versions.get(uid(Fields.KIND_PAPER, p.id())))) {
                return 0;
            }
            deletePages(p.id());
            writePaper(p, NONE);
            return 1;
        }
        int docs = 0;
        if (!IndexDocuments.version(p).equals(versions.get(uid(Fields.KIND_PAPER, p.id())))) {
            writePaper(p, state == null ? PENDING : state);
            docs++;
        }
        if (!textCurrent(p, state)) {
            startText(p, want, run);
        }
        return docs;
    }

    private boolean textCurrent(Paper p, String state) {
        String want = IndexDocuments.wantedTextState(p);
        if (state == null) {
            return false;
        }
        if (state.equals(want)) {
            return true;
        }
        // a PDF that could not be read is tried again only once its file has changed
        return state.startsWith(FAILED) && state.equals(failedState(p, want));
    }

    private String failedState(Paper p, String want) {
        return FAILED + want + ":" + source.stamp(p);
    }

    private void startText(Paper p, String want, IndexRun run) {
        String key = IndexDocuments.key(p.id());
        PageTextIndexer.Work existing = inFlight.get(key);
        if (existing != null && !existing.stopped() && existing.textState.equals(want)) {
            return; // already under way
        }
        if (existing != null) {
            existing.cancelled.set(true);
        }
        run.addWork();
        PageTextIndexer.Work w = pages.newWork(p, want, run);
        inFlight.put(key, w);
        pages.submit(w);
    }

    // ---- single changes from workspace events -----------------------------------------------

    void upsert(Paper p) throws IOException {
        IndexRun run = newRun.get();
        try {
            lock.lock();
            try {
                ensureState();
                updatePaper(p, run);
            } finally {
                lock.unlock();
            }
        } finally {
            run.workDone();
        }
        commitSoon.run();
    }

    void upsert(Annotation a) throws IOException {
        upsert(uid(Fields.KIND_ANNOTATION, a.id()), IndexDocuments.version(a), () -> IndexDocuments.annotation(a));
    }

    void upsert(PostThread t) throws IOException {
        upsert(uid(Fields.KIND_THREAD, t.id()), IndexDocuments.version(t), () -> IndexDocuments.thread(t));
    }

    private void upsert(String uid, String version, Supplier<Document> doc) throws IOException {
        lock.lock();
        try {
            ensureState();
            if (!version.equals(versions.get(uid))) {
                store.writer().updateDocument(new Term(Fields.UID, uid), doc.get());
                versions.put(uid, version);
                store.wrote();
            }
        } finally {
            lock.unlock();
        }
        commitSoon.run();
    }

    void remove(Kind<?> kind, String id) throws IOException {
        lock.lock();
        try {
            ensureState();
            if (kind == Kind.PAPERS) {
                deleteDocument(uid(Fields.KIND_PAPER, id));
                versions.remove(uid(Fields.KIND_PAPER, id));
                // a trashed paper takes its annotations along without an event for each
                Set<String> live = new HashSet<>();
                workspace.annotations().forEach(a -> live.add(uid(Fields.KIND_ANNOTATION, a.id())));
                for (Iterator<String> it = versions.keySet().iterator(); it.hasNext(); ) {
                    String uid = it.next();
                    if (uid.startsWith(Fields.KIND_ANNOTATION + ":") && !live.contains(uid)) {
                        deleteDocument(uid);
                        it.remove();
                    }
                }
            } else {
                String uid = uid(kind == Kind.ANNOTATIONS ? Fields.KIND_ANNOTATION : Fields.KIND_THREAD, id);
                deleteDocument(uid);
                versions.remove(uid);
            }
            store.wrote();
        } finally {
            lock.unlock();
        }
        commitSoon.run();
    }

    /** Starts a damaged index afresh and syncs its metadata at once (pages follow in the background). */
    void recover(Throwable cause) {
        lock.lock();
        try {
            inFlight.values().forEach(w -> w.cancelled.set(true));
            inFlight.clear();
            store.reset(cause);
            versions.clear();
            textStates.clear();
            stateLoaded = true;
        } finally {
            lock.unlock();
        }
        syncPass(newRun.get(), false);
    }

    // ---- outcomes of page-text work (pool threads) --------------------------------------------

    @Override
    public void indexed(PageTextIndexer.Work w, String[] texts) {
        try {
            lock.lock();
            try {
                Paper current = current(w);
                if (current != null) {
                    deletePages(current.id());
                    List<Document> docs = new ArrayList<>(texts.length);
                    for (int i = 0; i < texts.length; i++) {
                        if (texts[i] != null && !texts[i].isBlank()) {
                            docs.add(IndexDocuments.page(current.id(), i + 1, texts[i]));
                        }
                    }
                    store.writer().addDocuments(docs);
                    writePaper(current, w.textState);
                    w.run.countPaper((int) java.util.Arrays.stream(texts).filter(java.util.Objects::nonNull).count());
                    IndexLimit limit = w.limit();
                    if (limit != null) {
                        // indexed in part: kept so (not tried again until the file changes), and said
                        LOG.log(Level.INFO, "{0} (paper {1}) was indexed in part: {2}", new Object[]{current.file(), current.id(), limit});
                        w.run.countFailure(new IndexStats.Failure(current.id(), current.file(), limit));
                    }
                }
            } finally {
                inFlight.remove(IndexDocuments.key(w.paper.id()), w);
                lock.unlock();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write the pages of " + w.paper.id() + " to the search index", e);
        } finally {
            w.run.workDone();
        }
    }

    @Override
    public void failed(PageTextIndexer.Work w, Reasoned reason) {
        try {
            lock.lock();
            try {
                Paper current = current(w);
                if (current != null) {
                    LOG.log(Level.INFO, "{0} (paper {1}) could not be read ({2}); its pages are not searchable",
                            new Object[]{current.file(), current.id(), reason});
                    deletePages(current.id());
                    writePaper(current, failedState(current, w.textState));
                    w.run.countFailure(new IndexStats.Failure(current.id(), current.file(), reason));
                }
            } finally {
                inFlight.remove(IndexDocuments.key(w.paper.id()), w);
                lock.unlock();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the unreadable PDF of " + w.paper.id() + " in the search index", e);
        } finally {
            w.run.workDone();
        }
    }

    @Override
    public void cancelled(PageTextIndexer.Work w) {
        inFlight.remove(IndexDocuments.key(w.paper.id()), w);
        w.run.workDone();
    }

    /** The paper as it is now, if this work's result is still wanted; null to drop the result. */
    private Paper current(PageTextIndexer.Work w) {
        if (closing || w.stopped() || inFlight.get(IndexDocuments.key(w.paper.id())) != w) {
            return null;
        }
        Paper now = workspace.paper(w.paper.id()).orElse(null);
        if (now == null || !IndexDocuments.wantedTextState(now).equals(w.textState)) {
            return null; // deleted or replaced meanwhile: the event that did it brought its own work
        }
        return now;
    }

    // ---- writes (lock held) ------------------------------------------------------------------

    private void writePaper(Paper p, String textState) throws IOException {
        String uid = uid(Fields.KIND_PAPER, p.id());
        store.writer().updateDocument(new Term(Fields.UID, uid), IndexDocuments.paper(p, textState));
        versions.put(uid, IndexDocuments.version(p));
        textStates.put(IndexDocuments.key(p.id()), textState);
        store.wrote();
    }

    private void deleteDocument(String uid) throws IOException {
        store.writer().deleteDocuments(new Term(Fields.UID, uid));
        if (uid.startsWith(Fields.KIND_PAPER + ":")) {
            String paperKey = uid.substring(uid.indexOf(':') + 1);
            deletePages(paperKey);
            textStates.remove(paperKey);
            PageTextIndexer.Work w = inFlight.remove(paperKey);
            if (w != null) {
                w.cancelled.set(true);
            }
        }
    }

    private void deletePages(String paperId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PAGE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.PAPER, IndexDocuments.key(paperId))), BooleanClause.Occur.FILTER)
                .build();
        store.writer().deleteDocuments(q);
    }

    private static String uid(String kind, String id) {
        return IndexDocuments.key(Fields.uid(kind, id));
    }

    /** Stops the page-text pool; results that arrive now are dropped (the next sync redoes them). */
    void shutdown() throws InterruptedException {
        closing = true;
        pages.shutdown();
    }
}
