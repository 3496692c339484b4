package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * Finds the workspace paper a PDF belongs to: the paper whose stored file it is, or whose
 * SHA-256 matches (a copy of the same file elsewhere). Only papers can be annotated.
 */
public final class PaperFinder {
    private static final Logger LOG = Logger.getLogger(PaperFinder.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: find paper", 1);

    private PaperFinder() {
    }

    /** Looks in the background; tells {@code found} on the event thread when there is a paper. */
    public static void find(OpenDocument doc, BiConsumer<Workspace, Paper> found) {
        GlossWorkspace.future().thenAccept(ws -> RP.post(() -> {
            Paper p = paperOf(ws, doc.file(), doc.sha256());
            if (p != null) {
                SwingUtilities.invokeLater(() -> found.accept(ws, p));
            }
        })).exceptionally(e -> {
            LOG.log(Level.FINE, "No workspace: annotations off for " + doc.file(), e);
            return null;
        });
    }

    /**
     * Whether a file is a paper of the workspace; waits (a little) for the workspace to open.
     * Call off the event thread.
     */
    static boolean isPaper(Path file, String sha256) {
        return paperWaiting(file, sha256) != null;
    }

    /** The paper a file is, or null; waits (a little) for the workspace. Call off the event thread. */
    static Paper paperWaiting(Path file, String sha256) {
        try {
            Workspace ws = GlossWorkspace.future().get(30, java.util.concurrent.TimeUnit.SECONDS);
            return paperOf(ws, file, sha256);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(Level.FINE, "No workspace: " + file + " is read as a plain PDF", e);
            return null;
        }
    }

    /** The paper of a file in a workspace, or null. */
    public static Paper paperOf(Workspace ws, Path file, String sha256) {
        Paper bySha = null;
        for (Paper p : ws.papers()) {
            Path stored = ws.paperFile(p);
            if (sameFile(stored, file)) {
                return p;
            }
            if (bySha == null && sha256 != null && sha256.equalsIgnoreCase(p.sha256())) {
                bySha = p;
            }
        }
        return bySha;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                    || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "Cannot compare " + a + " and " + b, e);
            return false;
        }
    }
}
