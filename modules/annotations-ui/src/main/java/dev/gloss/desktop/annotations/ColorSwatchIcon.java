package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.AnnotationColors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.UIManager;

/** A round colour swatch; on a selected toggle button it carries a ring in the text colour. */
final class ColorSwatchIcon implements Icon {
    private final Color color;
    private final int size;

    ColorSwatchIcon(String name, int size) {
        this.color = AnnotationColors.of(name);
        this.size = size;
    }

    @Override
    public void paintIcon(Component c, Graphics g0, int x, int y) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            boolean on = c instanceof AbstractButton b && b.isSelected();
            int inset = on ? 3 : 2;
            g.setColor(color);
            g.fillOval(x + inset, y + inset, size - 2 * inset, size - 2 * inset);
            if (on) {
                g.setColor(UIManager.getColor("Label.foreground"));
                g.setStroke(new BasicStroke(1.6f));
                g.drawOval(x, y, size - 1, size - 1);
            }
        } finally {
            g.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
