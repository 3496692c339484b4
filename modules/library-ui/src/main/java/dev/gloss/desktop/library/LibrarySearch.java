package dev.gloss.desktop.library;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.search.IndexProgress;
import dev.gloss.search.SearchException;
import dev.gloss.search.SearchHit;
import dev.gloss.search.SearchIndex;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.modules.OnStart;
import org.openide.modules.OnStop;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * The application's search index: opened in the background once the workspace is open and the
 * main window shows, kept in step with it, with a cancellable progress bar while page text is
 * being indexed.
 */
@NbBundle.Messages("PRG_Indexing=Indexing the library")
public final class LibrarySearch {
    private static final Logger LOG = Logger.getLogger(LibrarySearch.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss search", 1);
    private static final CompletableFuture<SearchIndex> INDEX = new CompletableFuture<>();

    private LibrarySearch() {
    }

    /** Searches the library; waits for the index to open. Background threads only. */
    public static List<SearchHit> search(String query, int limit) {
        return INDEX.join().search(query, limit);
    }

    /** Runs {@code action} in the background once the index is open (never when it cannot be). */
    static void whenOpen(java.util.function.Consumer<SearchIndex> action) {
        INDEX.thenAcceptAsync(action, RP);
    }

    static boolean isReady() {
        return INDEX.isDone() && !INDEX.isCompletedExceptionally();
    }

    /**
     * Opens the index once the main window shows: Lucene's classes and the first index sync
     * would otherwise compete for the two cores a start has with building the window.
     */
    @OnStart
    public static final class Opener implements Runnable {
        @Override
        public void run() {
            FirstPage.thenRun(Opener::open); // its sync would take a core from the first page
        }

        private static void open() {
            GlossWorkspace.future().thenAcceptAsync(ws -> {
                try {
                    SearchIndex index = SearchIndex.open(ws);
                    index.addProgressListener(new Progress(index));
                    INDEX.complete(index);
                } catch (SearchException e) {
                    LOG.log(Level.INFO, "The search index could not be opened", e);
                    INDEX.completeExceptionally(e);
                }
            }, RP);
        }
    }

    /** Closes the index (committing what is pending) when the application exits. */
    @OnStop
    public static final class Closer implements Runnable {
        @Override
        public void run() {
            INDEX.thenAccept(SearchIndex::close);
        }
    }

    /** A progress bar in the status line while pages are indexed; cancelling stops the run. */
    private static final class Progress implements IndexProgress {
        private final SearchIndex index;
        private ProgressHandle handle;

        Progress(SearchIndex index) {
            this.index = index;
        }

        @Override
        public synchronized void progress(long done, long total) {
            if (handle == null) {
                handle = ProgressHandle.createHandle(Bundle.PRG_Indexing(), () -> {
                    index.cancel();
                    return true;
                });
                handle.start((int) Math.max(1, total));
            }
            handle.switchToDeterminate((int) Math.max(1, total));
            handle.progress((int) Math.min(done, Integer.MAX_VALUE));
        }

        @Override
        public synchronized void idle() {
            if (handle != null) {
                handle.finish();
                handle = null;
            }
        }
    }
}
