package dev.gloss.desktop.annotations;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.Icon;
import javax.swing.UIManager;

/** "Export": an arrow leaving a tray, in the text colour of the theme. */
final class ExportIcon implements Icon {
    private static final int SIZE = 16;

    @Override
    public void paintIcon(Component c, Graphics g0, int x, int y) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(UIManager.getColor(c.isEnabled() ? "Label.foreground" : "Label.disabledForeground"));
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.translate(x, y);
            Path2D tray = new Path2D.Float();
            tray.moveTo(2.5, 9);
            tray.lineTo(2.5, 13.5);
            tray.lineTo(13.5, 13.5);
            tray.lineTo(13.5, 9);
            g.draw(tray);
            g.drawLine(8, 10, 8, 2);
            Path2D head = new Path2D.Float();
            head.moveTo(5, 5);
            head.lineTo(8, 2);
            head.lineTo(11, 5);
            g.draw(head);
        } finally {
            g.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
