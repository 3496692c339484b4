package dev.gloss.desktop.reader.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;
import javax.swing.UIManager;

/**
 * The reader toolbar's icons, drawn as vectors in the look and feel's text colour, so they are
 * sharp at any screen scale and fit the light and the dark theme.
 */
public enum ReaderIcons implements Icon {
    SIDEBAR, FIND, ZOOM_IN, ZOOM_OUT, UP, DOWN, CLOSE, HIGHLIGHT, CLIP, SPREAD, PAGE_COLORS, BACK, FORWARD;

    private static final int SIZE = 16;

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }

    @Override
    public void paintIcon(Component c, Graphics g0, int x, int y) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.translate(x, y);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Color fg = UIManager.getColor("Label.foreground");
            if (fg == null) {
                fg = Color.DARK_GRAY;
            }
            if (c != null && !c.isEnabled()) {
                fg = new Color(fg.getRed(), fg.getGreen(), fg.getBlue(), 90);
            }
            g.setColor(fg);
            g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            draw(g);
        } finally {
            g.dispose();
        }
    }

    private void draw(Graphics2D g) {
        switch (this) {
            case SIDEBAR -> {
                g.draw(new RoundRectangle2D.Double(1.5, 2.5, 13, 11, 2, 2));
                g.draw(new Line2D.Double(6, 2.5, 6, 13.5));
                g.draw(new Line2D.Double(3, 5, 4.5, 5));
                g.draw(new Line2D.Double(3, 7.5, 4.5, 7.5));
            }
            case FIND -> {
                g.draw(new Ellipse2D.Double(2, 2, 8.5, 8.5));
                g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(9.5, 9.5, 14, 14));
            }
            case ZOOM_IN -> {
                g.draw(new Line2D.Double(3, 8, 13, 8));
                g.draw(new Line2D.Double(8, 3, 8, 13));
            }
            case ZOOM_OUT -> g.draw(new Line2D.Double(3, 8, 13, 8));
            case UP -> g.draw(chevron(true));
            case DOWN -> g.draw(chevron(false));
            case HIGHLIGHT -> {
                // a marker pen over a stroke of ink
                Path2D pen = new Path2D.Double();
                pen.moveTo(5, 10);
                pen.lineTo(11, 2.5);
                pen.lineTo(14, 5);
                pen.lineTo(7.5, 12.5);
                pen.closePath();
                g.draw(pen);
                g.draw(new Line2D.Double(5, 10, 4, 12.5));
                g.draw(new Line2D.Double(4, 12.5, 7.5, 12.5));
                g.setStroke(new BasicStroke(2f));
                g.setColor(new Color(0xF2, 0xC0, 0x30));
                g.draw(new Line2D.Double(2, 14.5, 14, 14.5));
            }
            case CLIP -> {
                // a dashed frame with a corner mark: an area to cut out
                g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2.5f, 1.5f}, 0));
                g.draw(new java.awt.geom.Rectangle2D.Double(2.5, 3.5, 11, 9));
                g.setStroke(new BasicStroke(1.6f));
                g.draw(new Line2D.Double(1, 1, 4, 4));
            }
            case SPREAD -> {
                // two pages side by side
                g.draw(new RoundRectangle2D.Double(1.5, 2.5, 5.5, 11, 1, 1));
                g.draw(new RoundRectangle2D.Double(9, 2.5, 5.5, 11, 1, 1));
            }
            case PAGE_COLORS -> {
                // a page half light, half dark
                g.draw(new RoundRectangle2D.Double(3, 1.5, 10, 13, 1.5, 1.5));
                Path2D dark = new Path2D.Double();
                dark.moveTo(8, 1.5);
                dark.lineTo(13, 1.5);
                dark.lineTo(13, 14.5);
                dark.lineTo(8, 14.5);
                dark.closePath();
                g.fill(dark);
            }
            case BACK, FORWARD -> {
                // an arrow: a shaft and its head, pointing back (left) or forward (right)
                boolean back = this == BACK;
                g.draw(new Line2D.Double(2.5, 8, 13.5, 8));
                Path2D head = new Path2D.Double();
                double tip = back ? 2.5 : 13.5;
                double tail = back ? 7 : 9;
                head.moveTo(tail, 3.5);
                head.lineTo(tip, 8);
                head.lineTo(tail, 12.5);
                g.draw(head);
            }
            case CLOSE -> {
                g.draw(new Line2D.Double(4, 4, 12, 12));
                g.draw(new Line2D.Double(12, 4, 4, 12));
            }
            default -> throw new IllegalStateException(name());
        }
    }

    private static Path2D chevron(boolean up) {
        Path2D p = new Path2D.Double();
        double a = up ? 10 : 6;
        double b = up ? 5.5 : 10.5;
        p.moveTo(3.5, a);
        p.lineTo(8, b);
        p.lineTo(12.5, a);
        return p;
    }
}
