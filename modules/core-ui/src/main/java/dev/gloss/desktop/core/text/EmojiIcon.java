package dev.gloss.desktop.core.text;

import dev.gloss.threads.emoji.Emoji;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Image;
import javax.swing.Icon;

/** One emoji as an icon of a given side, for buttons, lists and the picker's grid. */
public final class EmojiIcon implements Icon {
    private final Emoji emoji;
    private final int size;

    public EmojiIcon(Emoji emoji, int size) {
        this.emoji = emoji;
        this.size = size;
        EmojiImages.preload();
    }

    public Emoji emoji() {
        return emoji;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g;
        double scale = Math.max(1, g2.getTransform().getScaleX());
        Image img = EmojiImages.image(emoji, (int) Math.round(size * scale));
        if (img != null) {
            g2.drawImage(img, x, y, size, size, null);
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
