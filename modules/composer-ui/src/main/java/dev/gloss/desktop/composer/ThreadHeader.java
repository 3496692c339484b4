package dev.gloss.desktop.composer;


import dev.gloss.desktop.core.widgets.TextChanges;
import dev.gloss.threads.Platform;
import dev.gloss.workspace.PostThread;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.UIManager;
import org.openide.util.NbBundle;

/**
 * The top of the composer: which thread (picker), its title, its platforms (toggles), and a row
 * of thread-wide tools. Edits go to the open {@link ThreadEditor}; {@link #show} puts the model's
 * state back without echoing it as an edit.
 */
@NbBundle.Messages({
    "HINT_Title=Thread title",
    "ACSN_Title=Thread title",
    "# {0} - platform",
    "TIP_Platform=Count and preview for {0}"
})
final class ThreadHeader extends JPanel {
    private final ComposerModel model;
    private final ThreadPicker picker;
    /** The title draws its emoji in colour, as the picker above it does. */
    private final dev.gloss.desktop.core.text.EmojiField title = new dev.gloss.desktop.core.text.EmojiField("", 10, 1);
    private final Map<Platform, JToggleButton> toggles = new EnumMap<>(Platform.class);
    private final JPanel tools = new JPanel(new WrapLayout(FlowLayout.LEADING, 4, 0));
    private boolean updating;

    ThreadHeader(ComposerModel model, Runnable newThread) {
        super(new GridBagLayout());
        this.model = model;
        this.picker = new ThreadPicker(model::open, newThread);
        setBorder(BorderFactory.createEmptyBorder(6, 8, 4, 8));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(0, 0, 6, 0);
        add(picker, c);
        title.setName("title");
        title.putClientProperty("JTextField.placeholderText", Bundle.HINT_Title());
        title.getAccessibleContext().setAccessibleName(Bundle.ACSN_Title());
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        TextChanges.onEdit(title.getDocument(), this::titleTyped);
        // the emoji picker (Ctrl+.), :short_name: completion and paste repair come with the field
        add(title, c);
        JPanel platforms = new JPanel(new WrapLayout(FlowLayout.LEADING, 3, 2));
        for (Platform pl : Platform.values()) {
            JToggleButton b = chip(pl);
            b.addActionListener(e -> {
                if (!updating && model.editor() != null) {
                    model.editor().setPlatform(pl, b.isSelected());
                }
            });
            toggles.put(pl, b);
            platforms.add(b);
        }
        platforms.setBorder(BorderFactory.createEmptyBorder(0, -4, 0, 0));
        add(platforms, c);
        c.insets = new Insets(0, -4, 0, 0);
        add(tools, c);
    }

    /**
     * A platform's chip. Chosen, it is filled with the accent colour, in bold, with a check mark;
     * not chosen, it is outlined with a plus: the two differ at a glance, and a lone "X" never
     * looks like a close button.
     */
    private static JToggleButton chip(Platform pl) {
        JToggleButton b = new JToggleButton();
        b.setName("platform." + pl.id());
        b.setToolTipText(Bundle.TIP_Platform(pl.displayName()));
        b.getAccessibleContext().setAccessibleName(pl.displayName());
        b.putClientProperty("JButton.buttonType", "roundRect");
        Color accent = UIManager.getColor("Component.accentColor");
        String fill = String.format("#%06x", (accent == null ? new Color(0x2675BF) : accent).getRGB() & 0xFFFFFF);
        // FlatLaf's per-component style; other looks and feels ignore it and keep the mark and the bold
        b.putClientProperty("FlatLaf.style", "selectedBackground: " + fill + "; selectedForeground: #ffffff; selectedBorderColor: "
                + fill + "; hoverSelectedBorderColor: " + fill + "; pressedSelectedBorderColor: " + fill);
        b.setMargin(new java.awt.Insets(1, 5, 1, 5)); // five chips in two rows of a narrow composer
        Font small = PostCard.small(b.getFont());
        java.awt.event.ItemListener look = e -> {
            boolean on = b.isSelected();
            b.setText((on ? "\u2713 " : "+ ") + pl.displayName());
            b.setFont(small.deriveFont(on ? Font.BOLD : Font.PLAIN));
        };
        b.addItemListener(look);
        look.itemStateChanged(null);
        return b;
    }

    JToggleButton toggle(Platform p) {
        return toggles.get(p);
    }

    javax.swing.text.JTextComponent titleField() {
        return title;
    }

    /** The row of thread-wide tools (copy, opener). */
    JPanel tools() {
        return tools;
    }

    /** Shows the title and platforms of {@code editor}'s thread (or nothing). */
    void show(ThreadEditor editor) {
        updating = true;
        try {
            PostThread t = editor == null ? null : editor.thread();
            String text = t == null || t.title() == null ? "" : t.title();
            if (!title.getText().equals(text)) {
                title.setText(text);
                title.setCaretPosition(0);
            }
            List<Platform> chosen = editor == null ? List.of() : editor.platforms();
            toggles.forEach((p, b) -> b.setSelected(chosen.contains(p)));
        } finally {
            updating = false;
        }
    }

    /** Lists the workspace's threads again, the open one selected. */
    void refreshList(ThreadEditor editor) {
        picker.setThreads(model.threads(), editor == null ? null : editor.thread());
    }

    private void titleTyped() {
        if (!updating && model.editor() != null) {
            model.editor().setTitle(title.getText());
        }
    }
}
