package dev.gloss.desktop.core.text;

import java.awt.Dimension;
import java.awt.Graphics;
import javax.swing.DefaultListCellRenderer;

/** A list (or combo box) renderer that draws the emoji of its plain text as images. */
public class EmojiListCellRenderer extends DefaultListCellRenderer {

    public EmojiListCellRenderer() {
        EmojiImages.preload();
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = isPreferredSizeSet() ? null : EmojiLabel.preferredSize(this);
        return d != null ? d : super.getPreferredSize();
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (!EmojiLabel.paint(this, g)) {
            super.paintComponent(g);
        }
    }
}
