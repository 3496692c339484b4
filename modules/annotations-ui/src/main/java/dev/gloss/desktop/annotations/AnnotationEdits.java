package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import javax.swing.event.UndoableEditEvent;
import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.UndoableEdit;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.UndoRedo;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * Changes made from the annotation view: saved at once through the workspace, off the event
 * thread, in order, and undoable (Edit ▸ Undo while the view has focus). Undo writes the
 * annotation as it was before, so a deleted annotation comes back with its id, note and anchor.
 */
@NbBundle.Messages({
    "# {0} - reason",
    "ERR_Save=The change could not be saved: {0}"
})
final class AnnotationEdits {
    private static final Logger LOG = Logger.getLogger(AnnotationEdits.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss annotation edits", 1);
    private final Workspace ws;
    private final Undo undo;

    /** The view's undo manager, which can tell whether an edit is the next one to undo. */
    static final class Undo extends UndoRedo.Manager {
        boolean isNext(UndoableEdit e) {
            return editToBeUndone() == e;
        }
    }

    AnnotationEdits(Workspace ws, Undo undo) {
        this.ws = ws;
        this.undo = undo;
    }

    Workspace workspace() {
        return ws;
    }

    /**
     * Applies {@code how} to the current stored version of each annotation and saves it.
     *
     * @param done told on the event thread with the undoable edit, once all are saved
     */
    void change(List<Annotation> targets, UnaryOperator<Annotation> how, String name, Consumer<UndoableEdit> done) {
        List<String> ids = targets.stream().map(Annotation::id).toList();
        RP.post(() -> {
            List<Annotation> before = new ArrayList<>();
            List<Annotation> after = new ArrayList<>();
            try {
                for (String id : ids) {
                    after.add(ws.update(Kind.ANNOTATIONS, id, cur -> {
                        before.add(cur);
                        return how.apply(cur);
                    }));
                }
            } catch (WorkspaceException e) {
                fail(e);
            }
            if (!after.isEmpty()) {
                record(new Change(name, before, after), done);
            }
        });
    }

    /** Deletes the annotations (their stored versions, so undo restores the latest). */
    void delete(List<Annotation> targets, String name, Consumer<UndoableEdit> done) {
        RP.post(() -> {
            List<Annotation> deleted = new ArrayList<>();
            try {
                for (Annotation a : targets) {
                    Annotation current = ws.get(Kind.ANNOTATIONS, a.id()).orElse(a);
                    ws.delete(Kind.ANNOTATIONS, current);
                    deleted.add(current);
                }
            } catch (WorkspaceException e) {
                fail(e);
            }
            if (!deleted.isEmpty()) {
                record(new Change(name, deleted, List.of()), done);
            }
        });
    }

    /** Undoes {@code edit} if nothing was done after it; returns whether it did. */
    boolean undoIfLast(UndoableEdit edit) {
        if (undo.isNext(edit) && undo.canUndo()) {
            undo.undo();
            return true;
        }
        return false;
    }

    private void record(Change edit, Consumer<UndoableEdit> done) {
        SwingUtilities.invokeLater(() -> {
            undo.undoableEditHappened(new UndoableEditEvent(this, edit));
            if (done != null) {
                done.accept(edit);
            }
        });
    }

    /** Waits until every change posted so far is saved (for tests). */
    static void flush() {
        RP.post(() -> { }).waitFinished();
    }

    private static void fail(WorkspaceException e) {
        LOG.log(Level.INFO, "annotation change not saved", e);
        DialogDisplayer.getDefault().notifyLater(
                new NotifyDescriptor.Message(Bundle.ERR_Save(Sentences.of(e)), NotifyDescriptor.WARNING_MESSAGE));
    }

    /**
     * A change of some annotations from {@code before} to {@code after}; an empty {@code after}
     * is a deletion.
     */
    private final class Change extends AbstractUndoableEdit {
        private final String name;
        private final List<Annotation> before;
        private final List<Annotation> after;

        Change(String name, List<Annotation> before, List<Annotation> after) {
            this.name = name;
            this.before = List.copyOf(before);
            this.after = List.copyOf(after);
        }

        @Override
        public String getPresentationName() {
            return name;
        }

        @Override
        public void undo() {
            super.undo();
            RP.post(() -> saveAll(before));
        }

        @Override
        public void redo() {
            super.redo();
            RP.post(() -> {
                if (after.isEmpty()) {
                    try {
                        before.forEach(a -> ws.delete(Kind.ANNOTATIONS, a));
                    } catch (WorkspaceException e) {
                        fail(e);
                    }
                } else {
                    saveAll(after);
                }
            });
        }

        private void saveAll(List<Annotation> values) {
            try {
                values.forEach(a -> ws.save(Kind.ANNOTATIONS, a));
            } catch (WorkspaceException e) {
                fail(e);
            }
        }
    }
}
