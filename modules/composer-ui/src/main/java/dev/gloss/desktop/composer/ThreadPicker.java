package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.text.EmojiListCellRenderer;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JList;
import org.openide.util.NbBundle;

/** Chooses the thread to edit: the workspace's threads, newest first, then "New thread". */
@NbBundle.Messages({
    "LBL_NewThreadItem=+ New thread",
    "LBL_Untitled=Untitled thread",
    "LBL_NoThread=No thread open",
    "ACSN_Picker=Thread"
})
final class ThreadPicker extends JComboBox<Object> {
    private static final Object NEW = new Object();
    private static final int SNIPPET = 48;
    private boolean updating;

    /**
     * @param open  called with the thread the user picked
     * @param fresh called when the user picked "New thread"
     */
    ThreadPicker(Consumer<PostThread> open, Runnable fresh) {
        setName("picker");
        getAccessibleContext().setAccessibleName(Bundle.ACSN_Picker());
        setRenderer(new EmojiListCellRenderer() { // titles and first words may hold emoji
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                super.getListCellRendererComponent(list, value, index, sel, focus);
                setText(value == NEW ? Bundle.LBL_NewThreadItem() : value instanceof PostThread t ? label(t) : Bundle.LBL_NoThread());
                return this;
            }
        });
        addActionListener(e -> {
            if (updating) {
                return;
            }
            Object v = getSelectedItem();
            if (v == NEW) {
                fresh.run();
            } else if (v instanceof PostThread t) {
                open.accept(t);
            }
        });
    }

    /** Long titles must not widen the side window: they are cut off with an ellipsis instead. */
    @Override
    public java.awt.Dimension getPreferredSize() {
        java.awt.Dimension d = super.getPreferredSize();
        return new java.awt.Dimension(Math.min(d.width, 220), d.height);
    }

    @Override
    public java.awt.Dimension getMinimumSize() {
        return new java.awt.Dimension(80, super.getMinimumSize().height);
    }

    /** Lists {@code threads} and selects the open one (by id; null for none), without firing. */
    void setThreads(List<PostThread> threads, PostThread current) {
        updating = true;
        try {
            DefaultComboBoxModel<Object> m = new DefaultComboBoxModel<>();
            Object selected = null;
            boolean listed = false;
            for (PostThread t : threads) {
                PostThread shown = current != null && t.id().equals(current.id()) ? current : t;
                listed |= shown == current;
                m.addElement(shown);
                if (shown == current) {
                    selected = shown;
                }
            }
            if (current != null && !listed) {
                m.insertElementAt(current, 0); // a new thread not saved yet
                selected = current;
            }
            m.addElement(NEW);
            m.setSelectedItem(selected);
            setModel(m);
        } finally {
            updating = false;
        }
    }

    /** The title, else the first words of the first post, else "Untitled thread". */
    static String label(PostThread t) {
        if (t.title() != null && !t.title().isBlank()) {
            return t.title().strip();
        }
        String first = t.posts().stream().map(Post::text).filter(s -> !s.isBlank()).findFirst().orElse(null);
        if (first == null) {
            return Bundle.LBL_Untitled();
        }
        String oneLine = first.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET - 1) + "…";
    }
}
