package dev.gloss.desktop.core;

import dev.gloss.desktop.core.widgets.OptionsPage;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/** Tools ▸ Options ▸ Appearance: light or dark theme. */
@NbBundle.Messages({
    "LBL_Theme=Theme:",
    "LBL_Light=&Light (FlatLaf)",
    "LBL_Dark=&Dark (FlatLaf)",
    "LBL_ThemeNote=<html>The theme changes as soon as you press OK or Apply, and Gloss keeps it for the next start.</html>"
})
final class AppearancePanel extends JPanel implements OptionsPage.Form {
    private final JRadioButton light = new JRadioButton();
    private final JRadioButton dark = new JRadioButton();

    AppearancePanel() {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        Mnemonics.setLocalizedText(light, Bundle.LBL_Light());
        Mnemonics.setLocalizedText(dark, Bundle.LBL_Dark());
        ButtonGroup group = new ButtonGroup();
        group.add(light);
        group.add(dark);
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(0, 0, 6, 12);
        add(new JLabel(Bundle.LBL_Theme()), c);
        c.gridx = 1;
        add(light, c);
        c.gridy = 1;
        add(dark, c);
        c.gridy = 2;
        c.insets = new Insets(12, 0, 0, 0);
        JLabel note = new JLabel(Bundle.LBL_ThemeNote());
        note.setEnabled(false);
        add(note, c);
        c.gridy = 3;
        c.weightx = 1;
        c.weighty = 1;
        add(new JPanel(), c);
    }

    @Override
    public void load() {
        (Theme.current() == Theme.DARK ? dark : light).setSelected(true);
    }

    @Override
    public void store() {
        Theme.switchTo(dark.isSelected() ? Theme.DARK : Theme.LIGHT);
    }

    @Override
    public boolean changed() {
        return dark.isSelected() != (Theme.current() == Theme.DARK);
    }
}
