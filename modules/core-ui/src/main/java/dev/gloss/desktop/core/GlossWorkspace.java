package dev.gloss.desktop.core;

import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.widgets.Icons;
import dev.gloss.workspace.Problem;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;

/**
 * The workspace the application works on: {@code -J-Dgloss.workspace=DIR} (set by {@code ./gloss
 * --workspace DIR}), else {@code $GLOSS_WORKSPACE}, else {@code ~/Gloss}. It is opened once, off
 * the event thread, when the application starts; windows ask for it with {@link #whenReady}.
 * <pre>{@code
 * GlossWorkspace.whenReady(ws -> model.setPapers(ws.papers()));   // runs on the EDT
 * }</pre>
 */
@NbBundle.Messages({
    "# {0} - number of files",
    "MSG_Problems={0,choice,1#One workspace file could not be read and was skipped|1<{0,number,integer} workspace files could not be read and were skipped}",
    "# {0} - message",
    "MSG_WorkspaceFailed=The workspace could not be opened: {0}"
})
public final class GlossWorkspace {
    private static final Logger LOG = Logger.getLogger(GlossWorkspace.class.getName());
    private static final CompletableFuture<Workspace> READY = new CompletableFuture<>();

    private GlossWorkspace() {
    }

    /** The folder of the workspace this application opens. */
    public static Path folder() {
        String prop = System.getProperty("gloss.workspace");
        return prop != null && !prop.isBlank() ? Path.of(prop) : Workspace.defaultFolder();
    }

    /**
     * The workspace's derived, local folder ({@code .gloss}), known before the workspace is open:
     * what a start shows first (the pages kept from last time) must not wait for the workspace.
     */
    public static Path derivedFolder() {
        return Workspace.derivedFolder(folder());
    }

    /** Opens (or creates, with the demo paper) the workspace; called once at startup, off the EDT. */
    static void open() {
        try {
            boolean fresh = !Workspace.exists(folder().toAbsolutePath().normalize());
            Workspace ws = Workspace.openOrCreate(folder());
            if (fresh && !ws.papers().isEmpty()) {
                // A new user sees the whole loop at once: the demo paper opens in the reader,
                // unless the start opens a paper of the user's (./gloss FILE.pdf), which is the
                // one to show; the demo paper waits in the Library then.
                org.openide.windows.WindowManager.getDefault().invokeWhenUIReady(() -> {
                    if (FirstPage.isPaperComing()) {
                        LOG.log(Level.INFO, "New workspace: the start opens a paper; the demo paper stays in the Library");
                    } else {
                        LOG.log(Level.INFO, "New workspace: the demo paper opens in the reader");
                        PaperOpener.open(ws, ws.papers().get(0));
                    }
                });
            }
            LOG.log(Level.INFO, "Workspace {0}: {1} papers", new Object[]{ws.root(), ws.papers().size()});
            READY.complete(ws);
            reportProblems(ws);
        } catch (WorkspaceException | java.io.UncheckedIOException e) {
            LOG.log(Level.INFO, "Cannot open workspace " + folder(), e);
            READY.completeExceptionally(e);
            SwingUtilities.invokeLater(() -> NotificationDisplayer.getDefault().notify(
                    Bundle.MSG_WorkspaceFailed(Sentences.of(e)), Icons.warning(), Sentences.of(e), null,
                    NotificationDisplayer.Priority.HIGH));
        }
    }

    /** Tells the user once about files that could not be read, by name. */
    public static void reportProblems(Workspace ws) {
        List<Problem> problems = ws.newProblems();
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder details = new StringBuilder("<html>");
        for (Problem p : problems) {
            details.append(escape(Sentences.phrase(p))).append("<br>");
        }
        String title = Bundle.MSG_Problems(problems.size());
        SwingUtilities.invokeLater(() -> {
            StatusDisplayer.getDefault().setStatusText(title);
            NotificationDisplayer.getDefault().notify(title, Icons.warning(), details.toString(), null,
                    NotificationDisplayer.Priority.HIGH);
        });
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The workspace once it is open (completes exceptionally if it cannot be opened). */
    public static CompletableFuture<Workspace> future() {
        return READY;
    }

    /**
     * Runs {@code action} on the event thread as soon as the workspace is open and the main
     * window shows: the windows fill in after the start, so that filling them does not hold up
     * the main window (the workspace itself opens beside the window system).
     */
    public static void whenReady(Consumer<Workspace> action) {
        READY.thenAccept(ws -> org.openide.windows.WindowManager.getDefault().invokeWhenUIReady(() -> action.accept(ws)));
    }

    /**
     * As {@link #whenReady}, but once the start's first page is on the screen too ({@link
     * FirstPage}): for the windows beside the reader, whose rows and views would otherwise be
     * built, loaded and compiled while that page is, on the same two cores. A start that opens no
     * paper fills them as soon as the main window shows.
     */
    public static void whenReadyAfterFirstPage(Consumer<Workspace> action) {
        READY.thenAcceptBoth(FirstPage.shown(), (ws, shown) -> org.openide.windows.WindowManager.getDefault()
                .invokeWhenUIReady(() -> SwingUtilities.invokeLater(() -> action.accept(ws))));
    }

    /**
     * The workspace, waiting for it if needed. Only for background threads: on the event thread
     * use {@link #whenReady}.
     */
    public static Workspace get() {
        if (SwingUtilities.isEventDispatchThread() && !READY.isDone()) {
            throw new IllegalStateException("GlossWorkspace.get() on the EDT before the workspace is open; use whenReady");
        }
        return READY.join();
    }
}
