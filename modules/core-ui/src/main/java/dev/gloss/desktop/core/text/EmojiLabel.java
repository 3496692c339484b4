package dev.gloss.desktop.core.text;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.SwingConstants;

/**
 * A label whose plain text draws its emoji as images ({@link EmojiText}); with HTML text, or no
 * emoji, it is an ordinary label. One line, the icon (if any) before the text. Renderers that
 * must extend another label class call {@link #preferredSize} and {@link #paint} the same way.
 */
public class EmojiLabel extends JLabel {

    public EmojiLabel() {
        this("");
    }

    public EmojiLabel(String text) {
        super(text);
        EmojiImages.preload();
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = isPreferredSizeSet() ? null : preferredSize(this);
        return d != null ? d : super.getPreferredSize();
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (!paint(this, g)) {
            super.paintComponent(g);
        }
    }

    /** Whether {@code l} shows plain text with an emoji that this class draws. */
    static boolean drawsEmoji(JLabel l) {
        String t = l.getText();
        return t != null && !t.startsWith("<html") && !t.startsWith("<HTML") && EmojiText.hasEmoji(t);
    }

    /** The preferred size of {@code l} with its emoji as images, or null when it has none. */
    public static Dimension preferredSize(JLabel l) {
        if (!drawsEmoji(l)) {
            return null;
        }
        FontMetrics fm = l.getFontMetrics(l.getFont());
        Insets in = l.getInsets();
        Icon icon = l.getIcon();
        int iconWidth = icon == null ? 0 : icon.getIconWidth() + l.getIconTextGap();
        int height = Math.max(fm.getHeight(), icon == null ? 0 : icon.getIconHeight());
        return new Dimension(in.left + in.right + iconWidth + (int) Math.ceil(EmojiText.width(l.getText(), fm)),
                in.top + in.bottom + height);
    }

    /**
     * Paints {@code l} (any label, a list or table cell renderer too) with its emoji as images:
     * background, icon, then the text on one line; false when it has no emoji (paint it as usual).
     */
    public static boolean paint(JLabel l, Graphics g) {
        if (!drawsEmoji(l)) {
            return false;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (l.isOpaque()) {
                g2.setColor(l.getBackground());
                g2.fillRect(0, 0, l.getWidth(), l.getHeight());
            }
            FontMetrics fm = l.getFontMetrics(l.getFont());
            Insets in = l.getInsets();
            int x = in.left;
            Icon icon = l.getIcon();
            int inner = l.getHeight() - in.top - in.bottom;
            if (icon != null) {
                icon.paintIcon(l, g2, x, in.top + (inner - icon.getIconHeight()) / 2);
                x += icon.getIconWidth() + l.getIconTextGap();
            }
            float textWidth = EmojiText.width(l.getText(), fm);
            int align = l.getHorizontalAlignment();
            if (align == SwingConstants.CENTER) {
                x = Math.max(x, (l.getWidth() - Math.round(textWidth)) / 2);
            } else if (align == SwingConstants.RIGHT || align == SwingConstants.TRAILING) {
                x = Math.max(x, l.getWidth() - in.right - Math.round(textWidth));
            }
            float baseline = in.top + (inner - fm.getHeight()) / 2f + fm.getAscent();
            g2.setFont(l.getFont());
            g2.setColor(l.isEnabled() ? l.getForeground() : javax.swing.UIManager.getColor("Label.disabledForeground"));
            g2.clipRect(0, 0, l.getWidth() - in.right, l.getHeight());
            EmojiText.draw(l, g2, l.getText(), x, baseline, fm);
        } finally {
            g2.dispose();
        }
        return true;
    }
}
