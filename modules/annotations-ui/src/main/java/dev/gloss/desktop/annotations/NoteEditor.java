package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;

/** The "Edit note & tags" dialog: the quote for context, the note, and the tags in one line. */
@NbBundle.Messages({
    "TITLE_EditNote=Edit Note & Tags",
    "LBL_Note=&Note:",
    "LBL_Tags=&Tags:",
    "HINT_Tags=separated by spaces or commas, e.g. method todo"
})
final class NoteEditor extends JPanel {
    private final JTextArea note = new JTextArea(5, 40);
    private final JTextField tags = new JTextField(40);

    NoteEditor(Annotation a) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(10, 12, 4, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(0, 0, 10, 0);
        String quote = Text.oneLine(a.exact());
        JTextArea context = new JTextArea(quote.isEmpty() ? RowRenderer.typeLabel(a) : "\u201C" + quote + "\u201D");
        context.setEditable(false);
        context.setFocusable(false);
        context.setLineWrap(true);
        context.setWrapStyleWord(true);
        context.setRows(Math.min(4, 1 + quote.length() / 60));
        context.setOpaque(false);
        context.setFont(UIManager.getFont("Label.font").deriveFont(java.awt.Font.ITALIC));
        JScrollPane ctx = new JScrollPane(context);
        ctx.setBorder(BorderFactory.createEmptyBorder());
        ctx.setOpaque(false);
        ctx.getViewport().setOpaque(false);
        add(ctx, c);

        c.gridwidth = 1;
        c.gridy = 1;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(3, 0, 6, 8);
        JLabel noteLabel = new JLabel();
        org.openide.awt.Mnemonics.setLocalizedText(noteLabel, Bundle.LBL_Note());
        noteLabel.setLabelFor(note);
        add(noteLabel, c);
        c.gridx = 1;
        c.weightx = 1;
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        c.insets = new Insets(0, 0, 6, 0);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        // Tab moves on to the tags (a note needs no tab characters); Enter still makes new lines
        note.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        note.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        note.setText(a.note() == null ? "" : a.note());
        JScrollPane noteScroll = new JScrollPane(note);
        noteScroll.setMinimumSize(new Dimension(200, 80));
        add(noteScroll, c);

        c.gridx = 0;
        c.gridy = 2;
        c.weightx = 0;
        c.weighty = 0;
        c.fill = GridBagConstraints.NONE;
        c.insets = new Insets(3, 0, 0, 8);
        JLabel tagLabel = new JLabel();
        org.openide.awt.Mnemonics.setLocalizedText(tagLabel, Bundle.LBL_Tags());
        tagLabel.setLabelFor(tags);
        add(tagLabel, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(0, 0, 0, 0);
        tags.setText(String.join(" ", a.tags()));
        tags.putClientProperty("JTextField.placeholderText", Bundle.HINT_Tags());
        JPanel tagRow = new JPanel(new BorderLayout());
        tagRow.add(tags);
        add(tagRow, c);
    }

    /** Shows the dialog; the edited note (null when blank) and tags, or null when cancelled. */
    static Result show(Annotation a) {
        NoteEditor editor = new NoteEditor(a);
        DialogDescriptor d = new DialogDescriptor(editor, Bundle.TITLE_EditNote());
        if (DialogDisplayer.getDefault().notify(d) != DialogDescriptor.OK_OPTION) {
            return null;
        }
        return editor.result();
    }

    Result result() {
        String n = note.getText().strip();
        return new Result(n.isEmpty() ? null : n, parseTags(tags.getText()));
    }

    /** What the dialog gives back. */
    record Result(String note, List<String> tags) {
    }

    /** Tags typed as {@code "#method, todo  later"}: split on commas and spaces, no #, each once. */
    static List<String> parseTags(String s) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String t : s.split("[,\\s]+")) {
            String tag = t.startsWith("#") ? t.substring(1) : t;
            if (!tag.isEmpty()) {
                seen.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return new ArrayList<>(seen.values());
    }
}
