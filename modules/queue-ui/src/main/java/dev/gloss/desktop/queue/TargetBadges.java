package dev.gloss.desktop.queue;

import dev.gloss.workspace.QueueState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.FontMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * A row of platforms of a queue entry, each with a mark of its state drawn in the state's colour
 * (a ring: scheduled; half filled: publishing; a tick: published; a cross: failed; struck
 * through: cancelled) and its name: "✓ Bluesky  ✕ Mastodon  ○ X". The marks are drawn, not
 * taken from a font, so they look the same on every machine; shape and colour both tell the
 * state, so it reads without colour too.
 */
final class TargetBadges implements Icon {
    /** One platform: its name as shown, and its state. */
    record Badge(String text, QueueState state) {
    }

    private static final int MARK = 11;
    private static final int GAP = 4;
    private static final int SPACE = 12;
    private final List<Badge> badges;
    private final JComponent owner;
    private final Font font;
    private final Color text;
    private final boolean wrap;
    private final int maxWidth;
    private final boolean halo;

    /**
     * @param owner    the component it is drawn on: its text is measured and drawn as that
     *                 component draws text (its font, its antialiasing)
     * @param text     the colour of the names (null: the component's foreground)
     * @param maxWidth where to start a new line (0: never)
     */
    TargetBadges(List<Badge> badges, JComponent owner, Color text, int maxWidth) {
        this(badges, owner, text, maxWidth, false);
    }

    /** @param halo each mark on a white disc: for a selection's colour, which a mark's colour may match */
    TargetBadges(List<Badge> badges, JComponent owner, Color text, int maxWidth, boolean halo) {
        this.halo = halo;
        this.badges = List.copyOf(badges);
        this.owner = owner;
        this.font = owner.getFont();
        this.text = text;
        this.wrap = maxWidth > 0;
        this.maxWidth = maxWidth;
    }

    /** The platforms drawn, in order. */
    List<Badge> badges() {
        return badges;
    }

    private FontMetrics metrics() {
        return owner.getFontMetrics(font);
    }

    private int width(Badge b) {
        return MARK + GAP + (int) Math.ceil(BasicGraphicsUtils.getStringWidth(owner, metrics(), b.text()));
    }

    private int lineHeight() {
        return Math.max(MARK, metrics().getHeight()) + 2;
    }

    /** The lines the badges take: where each one starts. */
    private int[][] layout() {
        int[][] at = new int[badges.size()][2];
        int x = 0;
        int y = 0;
        for (int i = 0; i < badges.size(); i++) {
            int w = width(badges.get(i));
            if (wrap && x > 0 && x + w > maxWidth) {
                x = 0;
                y += lineHeight();
            }
            at[i][0] = x;
            at[i][1] = y;
            x += w + SPACE;
        }
        return at;
    }

    @Override
    public int getIconWidth() {
        int[][] at = layout();
        int w = 0;
        for (int i = 0; i < badges.size(); i++) {
            w = Math.max(w, at[i][0] + width(badges.get(i)));
        }
        return w;
    }

    @Override
    public int getIconHeight() {
        int[][] at = layout();
        return badges.isEmpty() ? 0 : at[badges.size() - 1][1] + lineHeight();
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setFont(font);
            int[][] at = layout();
            FontMetrics fm = metrics();
            int line = lineHeight();
            int baseline = (line - fm.getAscent() - fm.getDescent()) / 2 + fm.getAscent();
            for (int i = 0; i < badges.size(); i++) {
                Badge b = badges.get(i);
                int bx = x + at[i][0];
                int by = y + at[i][1];
                if (halo) {
                    g2.setColor(Color.WHITE);
                    g2.fill(new Ellipse2D.Double(bx - 1, by + (line - MARK) / 2 - 1, MARK + 2, MARK + 2));
                }
                mark(g2, b.state(), bx, by + (line - MARK) / 2);
                g2.setColor(text != null ? text : c.getForeground());
                BasicGraphicsUtils.drawString(owner, g2, b.text(), bx + MARK + GAP, by + baseline);
            }
        } finally {
            g2.dispose();
        }
    }

    /** The mark of a state, {@link #MARK} pixels square at (x, y). */
    static void mark(Graphics2D g, QueueState s, int x, int y) {
        Color color = QueueLabels.stateColor(s);
        Ellipse2D circle = new Ellipse2D.Double(x + 0.5, y + 0.5, MARK - 1, MARK - 1);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(color);
        switch (s) {
            case SCHEDULED -> g.draw(circle);
            case PUBLISHING -> {
                g.draw(circle);
                g.fill(new java.awt.geom.Arc2D.Double(x + 0.5, y + 0.5, MARK - 1, MARK - 1, 90, -180, java.awt.geom.Arc2D.PIE));
            }
            case PUBLISHED -> {
                g.fill(circle);
                g.setColor(Color.WHITE);
                Path2D tick = new Path2D.Double();
                tick.moveTo(x + 3, y + MARK / 2.0 + 0.5);
                tick.lineTo(x + MARK / 2.0 - 0.5, y + MARK - 3.5);
                tick.lineTo(x + MARK - 2.5, y + 3);
                g.draw(tick);
            }
            case FAILED -> {
                g.fill(circle);
                g.setColor(Color.WHITE);
                g.draw(new Line2D.Double(x + 3.5, y + 3.5, x + MARK - 3.5, y + MARK - 3.5));
                g.draw(new Line2D.Double(x + MARK - 3.5, y + 3.5, x + 3.5, y + MARK - 3.5));
            }
            case CANCELLED -> {
                g.draw(circle);
                g.draw(new Line2D.Double(x + 2.5, y + MARK - 2.5, x + MARK - 2.5, y + 2.5));
            }
        }
    }
}
