package dev.gloss.desktop.reader.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** How the page column draws a page's image, its placeholder and its failure. */
final class PagePainting {
    private PagePainting() {
    }

    /** Draws an image 1:1 on device pixels (no resampling), its corner at logical (x, y). */
    static void atDevicePixels(Graphics2D g, BufferedImage img, double x, double y) {
        AffineTransform t = g.getTransform();
        if (t.getType() == AffineTransform.TYPE_TRANSLATION || t.isIdentity()) {
            g.drawImage(img, (int) Math.round(x), (int) Math.round(y), null);
            return;
        }
        double dx = Math.round(t.getTranslateX() + x * t.getScaleX());
        double dy = Math.round(t.getTranslateY() + y * t.getScaleY());
        g.setTransform(AffineTransform.getTranslateInstance(dx, dy));
        g.drawImage(img, 0, 0, null);
        g.setTransform(t);
    }

    static void stretched(Graphics2D g, BufferedImage img, Rectangle b) {
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, b.x, b.y, b.width, b.height, null);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    static void placeholder(Graphics2D g, Font font, Rectangle b, String label) {
        g.setColor(new Color(0xD6D6D6));
        Font f = font == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : font;
        g.setFont(f.deriveFont(Font.PLAIN, (float) Math.max(12, Math.min(40, b.width / 10.0))));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(label, b.x + (b.width - fm.stringWidth(label)) / 2, b.y + b.height / 2);
    }

    static void message(Graphics2D g, Font font, Rectangle b, String message) {
        g.setColor(new Color(0x80, 0x80, 0x80));
        g.setFont(font == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 13) : font);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(message, b.x + Math.max(8, (b.width - fm.stringWidth(message)) / 2), b.y + b.height / 2);
    }
}
