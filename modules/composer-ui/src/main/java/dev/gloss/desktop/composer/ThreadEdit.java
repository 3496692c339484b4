package dev.gloss.desktop.composer;

import dev.gloss.workspace.PostThread;
import javax.swing.undo.AbstractUndoableEdit;

/**
 * One undoable step of a {@link ThreadEditor}: the thread before and after it. Snapshots (the
 * thread is an immutable record) make every operation, from a keystroke to a split, undo the same
 * way. Typing in one field extends the open edit instead of adding one per keystroke.
 */
final class ThreadEdit extends AbstractUndoableEdit {
    private final ThreadEditor editor;
    private final String name;
    private final String field;
    private final PostThread before;
    private PostThread after;
    private boolean open;

    /**
     * @param field what is typed into ("text:3", "alt:3:0", "title"), or null for an operation
     *              that never coalesces
     */
    ThreadEdit(ThreadEditor editor, String name, String field, PostThread before, PostThread after) {
        this.editor = editor;
        this.name = name;
        this.field = field;
        this.before = before;
        this.after = after;
        this.open = field != null;
    }

    /** Whether typing into {@code f} may extend this edit. */
    boolean extendsTo(String f) {
        return open && field != null && field.equals(f);
    }

    void extend(PostThread newAfter) {
        after = newAfter;
    }

    /** Ends coalescing: the next keystroke starts a new edit. */
    void seal() {
        open = false;
    }

    @Override
    public void undo() {
        super.undo();
        open = false;
        editor.restore(before);
    }

    @Override
    public void redo() {
        super.redo();
        editor.restore(after);
    }

    @Override
    public String getPresentationName() {
        return name;
    }
}
