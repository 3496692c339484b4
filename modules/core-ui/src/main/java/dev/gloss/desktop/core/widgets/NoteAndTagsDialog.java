package dev.gloss.desktop.core.widgets;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.UIManager;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * The note and tags of an annotation, asked for in the reader and in the annotation view: the
 * quote for context (wrapped, at a fixed width whatever its length), the note, the tags.
 * Tab goes from the note to the tags (a note needs no tab characters), Enter in the note starts
 * a new line, Enter in the tags and Ctrl+Enter anywhere press OK.
 */
@NbBundle.Messages({
    "LBL_Note=&Note:",
    "LBL_Tags=&Tags:",
    "HINT_Tags=separated by spaces or commas, e.g. method key-claim",
    "HINT_NoteKeys=Tab: to the tags · Ctrl+Enter: OK",
    "BTN_NoteOk=OK"
})
public final class NoteAndTagsDialog {
    /** The width of the note in average characters: the width of the whole dialog. */
    static final int WIDTH_CHARS = 50;
    /** A longer quote is cut at a word (the dialog is for the note, the quote only reminds). */
    static final int QUOTE_MAX = 320;

    /** What the user typed: the note (null when blank) and the tags. */
    public record Input(String note, List<String> tags) {
    }

    /** The dialog's parts, so tests can reach them. */
    static final class Form {
        final JPanel panel;
        final JLabel quote;
        final JTextPane note;
        final JTextField tags;
        final JButton ok = new JButton();

        Form(String quoteText, String noteText, List<String> tagList) {
            // a pane that wraps at words and draws emoji, with the picker, completion and paste repair
            note = dev.gloss.desktop.core.text.TextEditing.editor();
            note.setText(noteText == null ? "" : noteText);
            note.setName("note");
            // inherit Tab / Shift+Tab from the dialog instead of typing tab characters
            note.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
            note.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
            JScrollPane scroll = new JScrollPane(note, ScrollPaneConstants.VERTICAL_SCROLLBAR_ALWAYS,
                    ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
            int width = note.getFontMetrics(note.getFont()).charWidth('n') * WIDTH_CHARS;
            java.awt.Insets in = note.getInsets();
            int height = note.getFontMetrics(note.getFont()).getHeight() * 6 + in.top + in.bottom + 4;
            scroll.setPreferredSize(new java.awt.Dimension(width, height));
            quote = new JLabel();
            quote.setName("quote");
            if (quoteText != null && !quoteText.isBlank()) {
                // HTML at a set width wraps; a plain label or text area would widen the dialog to the quote
                quote.setText("<html><div style='width:" + width + "px'><i>\u201c" + escape(cut(quoteText))
                        + "\u201d</i></div></html>");
            }
            tags = new JTextField(String.join(" ", tagList == null ? List.of() : tagList));
            tags.setName("tags");
            tags.setToolTipText(Bundle.HINT_Tags());
            tags.putClientProperty("JTextField.placeholderText", Bundle.HINT_Tags());
            tags.addActionListener(e -> ok.doClick());
            JLabel keys = new JLabel(Bundle.HINT_NoteKeys());
            keys.setFont(keys.getFont().deriveFont(keys.getFont().getSize2D() - 1f));
            keys.setForeground(UIManager.getColor("Label.disabledForeground"));
            JLabel noteLabel = new JLabel();
            Mnemonics.setLocalizedText(noteLabel, Bundle.LBL_Note());
            noteLabel.setLabelFor(note);
            Forms form = new Forms();
            if (!quote.getText().isEmpty()) {
                form.addWide(quote);
            }
            panel = form.addWide(noteLabel).addWide(scroll).addWide(keys).add(Bundle.LBL_Tags(), tags).panel();
            Mnemonics.setLocalizedText(ok, Bundle.BTN_NoteOk());
            ok.setName("ok");
            panel.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                    .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), "note-ok");
            panel.getActionMap().put("note-ok", new AbstractAction() {
                @Override
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    ok.doClick();
                }
            });
            FocusOnShow.install(note);
        }

        Input input() {
            String n = note.getText().strip();
            return new Input(n.isEmpty() ? null : n, NoteAndTagsDialog.tags(tags.getText()));
        }
    }

    private NoteAndTagsDialog() {
    }

    /**
     * Shows the dialog on the event thread and waits for it; null when cancelled.
     *
     * @param quote the annotation's text for context, or null (a sticky note has none)
     */
    public static Input ask(String title, String quote, String note, List<String> tags) {
        Form form = new Form(quote, note, tags);
        DialogDescriptor d = new DialogDescriptor(form.panel, title);
        d.setOptions(new Object[]{form.ok, DialogDescriptor.CANCEL_OPTION});
        return DialogDisplayer.getDefault().notify(d) == form.ok ? form.input() : null;
    }

    /** Tags from what the user typed: split on spaces and commas, without '#', lower case, once each. */
    public static List<String> tags(String typed) {
        List<String> out = new ArrayList<>();
        for (String t : typed.split("[,\\s]+")) {
            String tag = t.strip();
            while (tag.startsWith("#")) {
                tag = tag.substring(1);
            }
            tag = tag.toLowerCase(Locale.ROOT);
            if (!tag.isEmpty() && !out.contains(tag)) {
                out.add(tag);
            }
        }
        return out;
    }

    /** The quote on one line, cut after a word near {@link #QUOTE_MAX} characters. */
    static String cut(String quote) {
        String one = quote.replaceAll("\\s+", " ").strip();
        if (one.length() <= QUOTE_MAX) {
            return one;
        }
        int space = one.lastIndexOf(' ', QUOTE_MAX - 1);
        return one.substring(0, space > QUOTE_MAX / 2 ? space : QUOTE_MAX - 1).replaceAll("[.,;:]+$", "") + "\u2026";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
