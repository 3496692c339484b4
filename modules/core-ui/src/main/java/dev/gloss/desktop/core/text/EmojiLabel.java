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
 * emoji, it is an ordinary label. One line, leading-aligned, the icon (if any) before the text.
 */
public class EmojiLabel extends JLabel {

    public EmojiLabel() {
        this("");
    }

    public EmojiLabel(String text) {
        super(text);
        EmojiImages.preload();
    }

    private boolean drawsEmoji() {
        String t = getText();
        return t != null && !t.startsWith("<html") && !t.startsWith("<HTML") && EmojiText.hasEmoji(t);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet() || !drawsEmoji()) {
            return super.getPreferredSize();
        }
        FontMetrics fm = getFontMetrics(getFont());
        Insets in = getInsets();
        Icon icon = getIcon();
        int iconWidth = icon == null ? 0 : icon.getIconWidth() + getIconTextGap();
        int height = Math.max(fm.getHeight(), icon == null ? 0 : icon.getIconHeight());
        return new Dimension(in.left + in.right + iconWidth + (int) Math.ceil(EmojiText.width(getText(), fm)),
                in.top + in.bottom + height);
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (!drawsEmoji()) {
            super.paintComponent(g);
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (isOpaque()) {
                g2.setColor(getBackground());
                g2.fillRect(0, 0, getWidth(), getHeight());
            }
            FontMetrics fm = getFontMetrics(getFont());
            Insets in = getInsets();
            int x = in.left;
            Icon icon = getIcon();
            int inner = getHeight() - in.top - in.bottom;
            if (icon != null) {
                icon.paintIcon(this, g2, x, in.top + (inner - icon.getIconHeight()) / 2);
                x += icon.getIconWidth() + getIconTextGap();
            }
            float textWidth = EmojiText.width(getText(), fm);
            if (getHorizontalAlignment() == SwingConstants.CENTER) {
                x = Math.max(x, (getWidth() - Math.round(textWidth)) / 2);
            } else if (getHorizontalAlignment() == SwingConstants.RIGHT || getHorizontalAlignment() == SwingConstants.TRAILING) {
                x = Math.max(x, getWidth() - in.right - Math.round(textWidth));
            }
            float baseline = in.top + (inner - fm.getHeight()) / 2f + fm.getAscent();
            g2.setFont(getFont());
            g2.setColor(isEnabled() ? getForeground() : javax.swing.UIManager.getColor("Label.disabledForeground"));
            EmojiText.draw(this, g2, getText(), x, baseline, fm);
        } finally {
            g2.dispose();
        }
    }
}
