package dev.gloss.desktop.reader;

import dev.gloss.desktop.core.FocusOnShow;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/** Asks for an annotation's note and tags. */
@NbBundle.Messages({
    "LBL_Note=&Note:",
    "LBL_Tags=&Tags:",
    "HINT_Tags=separated by spaces or commas, e.g. method key-claim"
})
final class NoteDialog {
    /** What the user typed. */
    record Input(String note, List<String> tags) {
    }

    private NoteDialog() {
    }

    /** Shows the dialog; null when cancelled. */
    static Input ask(String title, String quote, String note, List<String> tags) {
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        if (quote != null && !quote.isBlank()) {
            String q = quote.length() > 160 ? quote.substring(0, 157) + "\u2026" : quote;
            JLabel quoted = new JLabel("<html><i>\u201c" + escape(q) + "\u201d</i></html>");
            quoted.setBorder(BorderFactory.createEmptyBorder(0, 0, 10, 0));
            panel.add(quoted, c);
            c.gridy++;
        }
        JTextArea text = new JTextArea(note == null ? "" : note, 6, 40);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        JLabel noteLabel = new JLabel();
        Mnemonics.setLocalizedText(noteLabel, Bundle.LBL_Note());
        noteLabel.setLabelFor(text);
        panel.add(noteLabel, c);
        c.gridy++;
        c.weightx = 1;
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        JPanel area = new JPanel(new BorderLayout());
        area.add(new JScrollPane(text));
        panel.add(area, c);
        c.gridy++;
        c.gridwidth = 1;
        c.weighty = 0;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        c.insets = new Insets(10, 0, 0, 8);
        JTextField tagField = new JTextField(String.join(" ", tags == null ? List.of() : tags));
        JLabel tagLabel = new JLabel();
        Mnemonics.setLocalizedText(tagLabel, Bundle.LBL_Tags());
        tagLabel.setLabelFor(tagField);
        panel.add(tagLabel, c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(10, 0, 0, 0);
        tagField.setToolTipText(Bundle.HINT_Tags());
        tagField.putClientProperty("JTextField.placeholderText", Bundle.HINT_Tags());
        panel.add(tagField, c);
        FocusOnShow.install(text);
        DialogDescriptor d = new DialogDescriptor(panel, title);
        if (DialogDisplayer.getDefault().notify(d) != DialogDescriptor.OK_OPTION) {
            return null;
        }
        String n = text.getText().strip();
        return new Input(n.isEmpty() ? null : n, tags(tagField.getText()));
    }

    /** Tags from what the user typed: split on spaces and commas, without '#', lower case, once each. */
    static List<String> tags(String typed) {
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
