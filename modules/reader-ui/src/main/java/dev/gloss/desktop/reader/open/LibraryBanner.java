package dev.gloss.desktop.reader.open;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * The line over a PDF that is not in the library (opened with Open File, dropped, from the
 * command line): says that it cannot be annotated as it is, and offers to add it. Hidden once
 * the file is a paper.
 */
@NbBundle.Messages({
    "LBL_NotInLibrary=This PDF is not in your library: add it to highlight, note and quote it.",
    "BTN_AddToLibrary=&Add to Library",
    "BTN_Adding=Adding\u2026"
})
public final class LibraryBanner extends JPanel {
    private final JButton add = new JButton();

    public LibraryBanner(Runnable addToLibrary) {
        super(new BorderLayout(12, 0));
        colour();
        JLabel text = new JLabel(Bundle.LBL_NotInLibrary());
        Mnemonics.setLocalizedText(add, Bundle.BTN_AddToLibrary());
        add.addActionListener(e -> {
            add.setEnabled(false);
            add.setText(Bundle.BTN_Adding());
            addToLibrary.run();
        });
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        right.setOpaque(false);
        right.add(add);
        add(text, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
    }

    /** A new look (Options ▸ Appearance): the tint and the line follow it. */
    @Override
    public void updateUI() {
        super.updateUI();
        colour();
    }

    private void colour() {
        Color line = UIManager.getColor("Separator.foreground");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, line == null ? Color.GRAY : line),
                BorderFactory.createEmptyBorder(4, 10, 4, 6)));
        Color info = UIManager.getColor("Component.accentColor");
        Color bg = UIManager.getColor("Panel.background");
        if (info != null && bg != null) {
            // a tint of the accent colour, readable in the light and the dark theme
            setBackground(mix(bg, info, 0.14));
        }
    }

    /** Offers the button again (adding failed; the user was told why). */
    public void ready() {
        Mnemonics.setLocalizedText(add, Bundle.BTN_AddToLibrary());
        add.setEnabled(true);
    }

    public JButton button() {
        return add;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }
}
