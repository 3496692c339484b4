package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.library.anchor.Anchoring;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceEvent;
import dev.gloss.workspace.WorkspaceException;
import dev.gloss.workspace.WorkspaceListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;
import org.openide.util.RequestProcessor;

/**
 * The annotations of the paper a reader tab shows, and the one selected there: loaded from the
 * workspace and kept in step with it (an annotation made, changed or deleted anywhere shows at
 * once), re-anchored against this file's text when the paper opens, the moved ones saved. Lives
 * in the reader tab's lookup beside its undo/redo manager; {@link AnnotationLayer} draws it.
 * Used on the event thread; listeners hear of every change there.
 */
public final class AnnotationModel {
    private static final Logger LOG = Logger.getLogger(AnnotationModel.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: annotations", 1);
    private final OpenDocument document;
    private final ChangeSupport changes = new ChangeSupport(this);
    private final Map<String, Annotation> byId = new LinkedHashMap<>();
    private final WorkspaceListener listener = this::workspaceChanged;
    private Workspace workspace;
    private Paper paper;
    private Annotation selected;

    public AnnotationModel(OpenDocument document) {
        this.document = document;
    }

    /** The paper shown, or null when the file is not in the workspace. */
    public Paper paper() {
        return paper;
    }

    public Workspace workspace() {
        return workspace;
    }

    OpenDocument document() {
        return document;
    }

    /**
     * Holds the annotations of {@code p} from now on: loads and re-anchors them in the
     * background and follows the workspace.
     */
    public void attach(Workspace ws, Paper p) {
      detach();
        workspace = ws;
        paper = p;
        ws.addListener(listener);
        String paperId = p.id();
        RP.post(() -> {
            List<Annotation> anns = ws.annotations(paperId);
            SwingUtilities.invokeLater(() -> replaceAll(paperId, anns));
            reanchor(ws, anns);
        });
        changes.fireChange();
    }

    /** Stops following the workspace. */
    public void detach() {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        workspace = null;
        byId.clear();
    }

    /** Saves the annotations whose text moved in this file's text layer (orphans stay as they are). */
    private void reanchor(Workspace ws, List<Annotation> anns) {
        int moved = 0;
        try {
            for (Annotation a : anns) {
                Anchoring.Anchored r = Anchoring.reanchor(a, document.pdf());
                if (r.status() == Anchoring.Status.MOVED) {
                    ws.save(Kind.ANNOTATIONS, r.annotation());
                    moved++;
                }
            }
        } catch (PdfException | WorkspaceException | IllegalStateException e) {
            LOG.log(Level.INFO, "Re-anchoring stopped for " + document.file(), e);
        }
        if (moved > 0) {
            LOG.log(Level.FINE, "{0} annotations re-anchored in {1}", new Object[] {moved, document.file()});
        }
    }

    private void workspaceChanged(WorkspaceEvent e) {
        if (e.kind() != Kind.ANNOTATIONS && e.change() != WorkspaceEvent.Change.RELOADED) {
            return;
        }
        Workspace ws = workspace;
        Paper p = paper;
        if (ws == null || p == null) {
            return;
        }
        if (e.value() instanceof Annotation a) {
            if (!p.id().equals(a.paperId())) {
                return;
            }
            SwingUtilities.invokeLater(() -> {
                if (paper != p) {
                    return;
                }
                if (e.change() == WorkspaceEvent.Change.REMOVED) {
                    byId.remove(a.id());
                    if (selected != null && selected.id().equals(a.id())) {
                        selected = null;
                    }
                } else {
                    byId.put(a.id(), a);
                    if (selected != null && selected.id().equals(a.id())) {
                        selected = a;
                    }
                }
                changes.fireChange();
            });
        } else {
            RP.post(() -> {
                List<Annotation> anns = ws.annotations(p.id());
                SwingUtilities.invokeLater(() -> replaceAll(p.id(), anns));
            });
        }
    }

    private void replaceAll(String paperId, List<Annotation> anns) {
        if (paper == null || !paper.id().equals(paperId)) {
            return;
        }
        byId.clear();
        for (Annotation a : anns) {
            byId.put(a.id(), a);
        }
        changes.fireChange();
    }

    /** Every annotation shown. */
    Collection<Annotation> all() {
        return List.copyOf(byId.values());
    }

    /** The annotations on one page. */
    public List<Annotation> on(int page) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : byId.values()) {
            if (a.page() == page) {
                out.add(a);
            }
        }
        return out;
    }

    /** The current version of an annotation (as the workspace last told), or {@code a} itself. */
    Annotation current(Annotation a) {
        return byId.getOrDefault(a.id(), a);
    }

    public Annotation selected() {
        return selected;
    }

    /** Selects an annotation (null: none) and tells the listeners. */
    public void select(Annotation a) {
        selected = a;
        changes.fireChange();
    }

    public void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }
}
