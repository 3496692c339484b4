package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * Writes annotations to the workspace at once, in order, off the event thread. A write that
 * fails is told to the user in a dialog: an annotation that silently did not save is the worst
 * thing that could happen to them.
 */
@NbBundle.Messages({
    "# {0} - reason",
    "MSG_AnnotationNotSaved=The annotation could not be saved: {0}"
})
public class AnnotationStore {
    private static final Logger LOG = Logger.getLogger(AnnotationStore.class.getName());
    private static final RequestProcessor WRITER = new RequestProcessor("Gloss reader: save annotations", 1);
    private final Supplier<Workspace> workspace;

    public AnnotationStore(Supplier<Workspace> workspace) {
        this.workspace = workspace;
    }

    void save(Annotation a) {
        write(ws -> ws.save(Kind.ANNOTATIONS, a));
    }

    void delete(Annotation a) {
        write(ws -> ws.delete(Kind.ANNOTATIONS, a));
    }

    /** Waits until every write asked for so far is done (for tests). */
    public void flush() {
        WRITER.post(() -> { }).waitFinished();
    }

    private void write(java.util.function.Consumer<Workspace> w) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        WRITER.post(() -> {
            try {
                w.accept(ws);
            } catch (WorkspaceException | java.io.UncheckedIOException e) {
                LOG.log(Level.INFO, "Annotation not saved", e);
                SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                        Bundle.MSG_AnnotationNotSaved(Sentences.of(e)), NotifyDescriptor.ERROR_MESSAGE)));
            }
        });
    }
}
