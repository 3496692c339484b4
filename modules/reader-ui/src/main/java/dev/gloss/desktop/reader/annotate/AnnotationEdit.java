package dev.gloss.desktop.reader.annotate;

import dev.gloss.workspace.Annotation;
import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CannotUndoException;

/**
 * One change of one annotation, undoable: made ({@code before} null), deleted ({@code after}
 * null) or changed. Undo and redo write the annotation back through the {@link AnnotationStore}
 * at once.
 */
final class AnnotationEdit extends AbstractUndoableEdit {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final transient Annotation before;
    private final transient Annotation after;
    private final transient AnnotationStore store;

    AnnotationEdit(String name, Annotation before, Annotation after, AnnotationStore store) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("an edit changes something");
        }
        this.name = name;
        this.before = before;
        this.after = after;
        this.store = store;
    }

    @Override
    public void undo() throws CannotUndoException {
        super.undo();
        put(after, before);
    }

    @Override
    public void redo() throws CannotRedoException {
        super.redo();
        put(before, after);
    }

    /** Replaces {@code from} by {@code to}: saves {@code to}, or deletes {@code from} when {@code to} is null. */
    private void put(Annotation from, Annotation to) {
        if (to == null) {
            store.delete(from);
        } else {
            store.save(to);
        }
    }

    @Override
    public String getPresentationName() {
        return name;
    }
}
