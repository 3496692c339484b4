package dev.gloss.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The Lucene side of the index: its folder, the one writer (or none when another process
 * holds it), the searchers, commits, and the repair of a missing, foreign or damaged index by
 * starting it afresh. The writer is swapped only under the caller's lock ({@link #reset}).
 */
final class IndexStore {
    private static final Logger LOG = Logger.getLogger(IndexStore.class.getName());

    /** What the index holds: per document key its version, per paper its page-text state. */
    record State(Map<String, String> versions, Map<String, String> textStates) {
    }

    private final Path folder;
    private final Directory directory;
    private final GlossAnalyzer analyzer = new GlossAnalyzer();
    private final boolean readOnly;
    private final AtomicLong writes = new AtomicLong();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;

    private IndexStore(Path folder, Directory directory, boolean readOnly) {
        this.folder = folder;
        this.directory = directory;
        this.readOnly = readOnly;
    }

    /** Opens the index for writing, or read-only when another process writes it. */
    static IndexStore open(Path folder) {
        Directory dir = directory(folder);
        IndexStore s = new IndexStore(folder, dir, false);
        try {
            s.openWriter();
            return s;
        } catch (LockObtainFailedException e) {
            LOG.log(Level.FINE, "index locked by another process", e);
            IndexStore ro = new IndexStore(folder, dir, true);
            ro.searchers(); // opens what the other process has committed, if anything
            return ro;
        } catch (IOException e) {
            throw new SearchException(e, SearchException.Reason.CANNOT_OPEN, folder, SearchException.why(e));
        }
    }

    /** Opens an existing index for searching only. */
    static IndexStore openReadOnly(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SearchException(SearchException.Reason.NO_INDEX, folder);
        }
        IndexStore s = new IndexStore(folder, directory(folder), true);
        if (s.searchers() == null) {
            throw new SearchException(SearchException.Reason.NO_INDEX, folder);
        }
        return s;
    }

    private static Directory directory(Path folder) {
        try {
            Files.createDirectories(folder);
            return FSDirectory.open(folder);
        } catch (IOException e) {
            throw new SearchException(e, SearchException.Reason.CANNOT_USE_FOLDER, folder, SearchException.why(e));
        }
    }

    /**
     * Opens the writer on what is there; when that is damaged or of another schema, starts
     * afresh: the index is derived data, so the cure is always to rebuild it.
     */
    private void openWriter() throws IOException {
        boolean existed = DirectoryReader.indexExists(directory);
        try {
            writer = newWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            if (existed && !Fields.SCHEMA.equals(commitData(writer).get(Fields.SCHEMA_KEY))) {
                LOG.log(Level.INFO, "The search index {0} has another schema; rebuilding it", folder);
                writer.deleteAll();
            }
            searchers = new SearcherManager(writer, null); // opening the segments checks them
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "The search index {0} could not be read ({1}); rebuilding it",
                    new Object[]{folder, PageTextIndexer.reason(e)});
            discard();
            wipe();
            writer = newWriter(IndexWriterConfig.OpenMode.CREATE);
            searchers = new SearcherManager(writer, null);
        }
        if (!existed) {
            LOG.log(Level.FINE, "Creating the search index {0}", folder);
        }
        commit(); // a valid, empty index for other processes to read at once
    }

    private IndexWriter newWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(64);
        c.setCommitOnClose(false); // close() commits explicitly, with the schema marker
        return new IndexWriter(directory, c);
    }

    private static Map<String, String> commitData(IndexWriter w) {
        Map<String, String> m = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = w.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> m.put(e.getKey(), e.getValue()));
        }
        return m;
    }

    /**
     * Throws the damaged index away and starts an empty one. Caller holds the updater's lock.
     */
    void reset(Throwable cause) {
        LOG.log(Level.INFO, "The search index {0} is damaged ({1}); rebuilding it",
                new Object[]{folder, PageTextIndexer.reason(cause)});
        discard();
        try {
            wipe();
            writer = newWriter(IndexWriterConfig.OpenMode.CREATE);
            searchers = new SearcherManager(writer, null);
            writes.incrementAndGet();
            commit();
        } catch (IOException e) {
            throw new SearchException(e, SearchException.Reason.CANNOT_REBUILD, folder, SearchException.why(e));
        }
    }

    private void discard() {
        SearcherManager m = searchers;
        searchers = null;
        if (m != null) {
            try {
                m.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "closing the searchers of a damaged index", e);
            }
        }
        IndexWriter w = writer;
        writer = null;
        if (w != null) {
            try {
                w.rollback();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "rolling back the writer of a damaged index", e);
            }
        }
    }

    private void wipe() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    Path folder() {
        return folder;
    }

    GlossAnalyzer analyzer() {
        return analyzer;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    IndexWriter writer() {
        return writer;
    }

    /** Counts a change, so the next search refreshes its reader. */
    void wrote() {
        writes.incrementAndGet();
    }

    long writes() {
        return writes.get();
    }

    /** The searchers; for a read-only index null until another process has committed one. */
    SearcherManager searchers() {
        SearcherManager m = searchers;
        if (m == null && readOnly) {
            synchronized (this) {
                if (searchers == null) {
                    try {
                        searchers = new SearcherManager(directory, null);
                    } catch (IndexNotFoundException e) {
                        LOG.log(Level.FINE, "no committed index yet in {0}", folder);
                    } catch (IOException e) {
                        LOG.log(Level.INFO, "The search index {0} could not be read ({1})",
                                new Object[]{folder, PageTextIndexer.reason(e)});
                    }
                }
                m = searchers;
            }
        }
        return m;
    }

    /** Commits what was written; failures are logged, since the next sync redoes the work. */
    void commit() {
        IndexWriter w = writer;
        if (w == null || !w.isOpen()) {
            return;
        }
        try {
            w.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA).entrySet());
            w.commit();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not commit the search index " + folder + "; the next sync will redo the work", e);
        }
    }

    /** Reads what the index holds, for the comparison with the workspace. */
    State readState() throws IOException {
        Map<String, String> versions = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        SearcherManager m = searchers;
        m.maybeRefreshBlocking();
        IndexSearcher s = m.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedDocValues uids = leaf.reader().getSortedDocValues(Fields.UID);
                if (uids == null) {
                    continue;
                }
                BinaryDocValues ver = leaf.reader().getBinaryDocValues(Fields.VERSION);
                BinaryDocValues text = leaf.reader().getBinaryDocValues(Fields.TEXT_STATE);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = uids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = uids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String uid = uids.lookupOrd(uids.ordValue()).utf8ToString();
                    versions.put(uid, ver != null && ver.advanceExact(doc) ? ver.binaryValue().utf8ToString() : "");
                    if (text != null && text.advanceExact(doc)) {
                        String paperKey = uid.substring(uid.indexOf(':') + 1);
                        texts.put(paperKey, text.binaryValue().utf8ToString());
                    }
                }
            }
        } finally {
            m.release(s);
        }
        return new State(versions, texts);
    }

    /** Commits and closes; the folder stays for the next start. */
    void close() {
        try {
            SearcherManager m = searchers;
            if (m != null) {
                m.close();
            }
            IndexWriter w = writer;
            if (w != null && w.isOpen()) {
                commit();
                w.close();
            }
            directory.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index " + folder + " failed; it will be checked at the next start", e);
        }
    }
}
