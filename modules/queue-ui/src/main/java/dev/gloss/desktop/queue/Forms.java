package dev.gloss.desktop.queue;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.openide.awt.Mnemonics;

/** A two-column form (label, field) with the spacing the other dialogs use. */
final class Forms {
    private final JPanel panel = new JPanel(new GridBagLayout());
    private int row;

    Forms() {
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
    }

    Forms add(String label, JComponent field) {
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

    Forms addWide(JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.gridwidth = 2;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(0, 0, 8, 0);
        panel.add(field, c);
        return this;
    }

    JPanel panel() {
        return panel;
    }
}
