package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.library.LibraryException;
import dev.gloss.library.PaperImporter;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/** Imports the PDF shown into the workspace's library, so that it can be annotated. */
@NbBundle.Messages({
    "# {0} - title",
    "MSG_Added=Added to the library: {0}",
    "# {0} - reason",
    "MSG_NotAdded=The PDF could not be added to the library: {0}"
})
public final class LibraryAdder {
    private static final Logger LOG = Logger.getLogger(LibraryAdder.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: add to library", 1);

    private LibraryAdder() {
    }

    /**
     * Imports in the background; tells {@code added} the paper on the event thread, or runs
     * {@code failed} there after telling the user why it could not be added.
     */
    public static void add(OpenDocument doc, BiConsumer<Workspace, Paper> added, Runnable failed) {
        GlossWorkspace.future().thenAccept(ws -> RP.post(() -> {
            char[] password = doc.password();
            try {
                Paper p = PaperImporter.importFile(ws, doc.file(), password).paper();
                SwingUtilities.invokeLater(() -> {
                    StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Added(p.displayTitle()));
                    added.accept(ws, p);
                });
            } catch (LibraryException | WorkspaceException e) {
                LOG.log(Level.INFO, "Cannot import " + doc.file(), e);
                SwingUtilities.invokeLater(() -> {
                    DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                            Bundle.MSG_NotAdded(Sentences.of(e)), NotifyDescriptor.WARNING_MESSAGE));
                    failed.run();
                });
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        })).exceptionally(e -> {
            // no workspace (GlossWorkspace told the user why): nothing to add to
            LOG.log(Level.INFO, "No workspace to add " + doc.file() + " to", e);
            SwingUtilities.invokeLater(failed);
            return null;
        });
    }
}
