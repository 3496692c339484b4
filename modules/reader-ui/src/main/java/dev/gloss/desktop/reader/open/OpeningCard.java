package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.ViewPlacement;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * What a reader tab shows while its file opens: what the reader showed of the file last time
 * (kept on disk, read before the file is opened) at the place it was, on the pages' backdrop, so
 * that the real pages replace it without a jump; when nothing was kept, after a moment, a line
 * saying the file is opening.
 */
public final class OpeningCard extends JComponent {
    /** The line waits this long for a kept view (read in milliseconds) before it shows. */
    static final int LINE_AFTER_MS = 400;
    private final String line;
    private final Timer lineTimer;
    private BufferedImage kept;
    private ViewPlacement placement;
    private boolean lineShown;

    public OpeningCard(String line) {
        this.line = line;
        setOpaque(true);
        setBackground(PageView.backdrop());
        lineTimer = new Timer(LINE_AFTER_MS, e -> {
            lineShown = true;
            repaint();
        });
        lineTimer.setRepeats(false);
    }

    /** Starts waiting (again): the line shows unless a kept view comes first. */
    public void waiting() {
        lineShown = false;
        lineTimer.restart();
        repaint();
    }

    /** Shows a view kept from last time, placed by its note (centred at the top when it has none). */
    public void show(BufferedImage view, String note) {
        kept = view;
        placement = ViewPlacement.parse(note);
        lineTimer.stop();
        lineShown = false;
        repaint();
    }

    /** Whether a kept view is shown. */
    public boolean showsKeptView() {
        return kept != null;
    }

    /** Forgets the kept view (the real pages show now). */
    public void clear() {
        kept = null;
        lineTimer.stop();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0;
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        BufferedImage img = kept;
        if (img != null) {
            Point at = placement != null ? placement.in(getWidth(), getHeight())
                    : new Point((getWidth() - img.getWidth()) / 2, 0);
            g.drawImage(img, at.x, at.y, null);
        } else if (lineShown) {
            Color fg = UIManager.getColor("Label.disabledForeground");
            g.setColor(fg != null ? fg : Color.GRAY);
            g.setFont(getFont() != null ? getFont() : UIManager.getFont("Label.font"));
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(line, (getWidth() - fm.stringWidth(line)) / 2, (getHeight() + fm.getAscent()) / 2);
        }
    }
}
