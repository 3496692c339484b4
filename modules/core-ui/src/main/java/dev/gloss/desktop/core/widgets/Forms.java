package dev.gloss.desktop.core.widgets;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.openide.awt.Mnemonics;

/**
 * A dialog's form: rows of a label (with its mnemonic, pointing at its field) and a field, with
 * the spacing every Gloss dialog uses.
 * <pre>{@code
 * JPanel panel = new Forms().add(Bundle.LBL_Handle(), handle).add(Bundle.LBL_Password(), password).panel();
 * }</pre>
 */
public final class Forms {
    private final JPanel panel = new JPanel(new GridBagLayout());
    private int row;

    public Forms() {
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
    }

    /** A row: {@code label} ("&Handle:", the mnemonic marked) on the left, {@code field} filling the rest. */
    public Forms add(String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(0, 0, 8, 10);
        JLabel l = new JLabel();
        Mnemonics.setLocalizedText(l, label);
        l.setLabelFor(field);
        panel.add(l, c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(0, 0, 8, 0);
        panel.add(field, c);
        return this;
    }

    /** A row of one component across both columns (a sentence, a check box, a radio button). */
    public Forms addWide(JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.gridwidth = 2;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(0, 0, 8, 0);
        panel.add(field, c);
        return this;
    }

    public JPanel panel() {
        return panel;
    }
}
