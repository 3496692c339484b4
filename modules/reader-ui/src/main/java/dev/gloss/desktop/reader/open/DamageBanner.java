package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.pdf.Repair;
import java.awt.BorderLayout;
import java.awt.Color;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.openide.util.NbBundle;

/**
 * The line over a damaged PDF that opened all the same (pdf.js shows one too): says that the file
 * is damaged and what Gloss mended to show it, so that a truncated file does not pass for a whole
 * one. The repairs are phrased by the pdf module.
 */
@NbBundle.Messages({
    "# {0} - what was mended, e.g. \"pages 5-9 are lost and shown blank\"",
    "LBL_Damaged=This PDF is damaged and may be incomplete: {0}."
})
public final class DamageBanner extends JPanel {
    private final JLabel text;

    private DamageBanner(String sentence) {
        super(new BorderLayout());
        Color line = UIManager.getColor("Separator.foreground");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, line == null ? Color.GRAY : line),
                BorderFactory.createEmptyBorder(5, 10, 5, 6)));
        Color bg = UIManager.getColor("Panel.background");
        // a warning tint, readable in the light and the dark theme
        setBackground(mix(bg == null ? Color.WHITE : bg, new Color(0xE8, 0xA3, 0x17), 0.22));
        text = new JLabel(sentence);
        javax.swing.Icon warning = UIManager.getIcon("OptionPane.warningIcon");
        if (warning != null) {
            text.setIcon(small(warning));
        }
        add(text, BorderLayout.CENTER);
        text.setToolTipText(sentence); // the whole sentence where a narrow window cuts it
        getAccessibleContext().setAccessibleName(sentence);
    }

    /** The bar for {@code doc}, or null when nothing was mended to open it. */
    public static DamageBanner of(OpenDocument doc) {
        List<Repair> repairs = doc.pdf().repairs();
        return repairs.isEmpty() ? null : new DamageBanner(sentence(repairs));
    }

    /** "This PDF is damaged and may be incomplete: its table … was rebuilt; page 7 is lost and shown blank." */
    static String sentence(List<Repair> repairs) {
        return Bundle.LBL_Damaged(repairs.stream().map(Sentences::phrase).collect(Collectors.joining("; ")));
    }

    /** What the bar says. */
    public String sentence() {
        return text.getText();
    }

    private static javax.swing.Icon small(javax.swing.Icon big) {
        int size = Math.max(12, new JLabel().getFont().getSize() + 2);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(big.getIconWidth(), big.getIconHeight(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        big.paintIcon(null, g, 0, 0);
        g.dispose();
        return new javax.swing.ImageIcon(img.getScaledInstance(size, size, java.awt.Image.SCALE_SMOOTH));
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }
}
