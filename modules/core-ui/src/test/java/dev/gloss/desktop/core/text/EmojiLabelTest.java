package dev.gloss.desktop.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Labels and list cells (the thread picker, the Library) draw the emoji of their text as images
 * one emoji wide, painted off screen; a plain label beside them has no colour on this machine.
 */
class EmojiLabelTest {
    private static final String TEXT = "Week 12 \uD83D\uDD2C \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDE9\uD83C\uDDEA \uD83D\uDC4D\uD83C\uDFFD";

    @BeforeAll
    static void images() throws Exception {
        assertTrue(EmojiImages.awaitLoaded(20_000), "the emoji sheet is read");
    }

    private static int paint(JComponent c) {
        c.setSize(c.getPreferredSize());
        BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            c.paint(g);
        } finally {
            g.dispose();
        }
        return EmojiPixels.coloured(img, EmojiPixels.VIVID);
    }

    @Test
    void aLabelAndAListCellDrawEmojiInColour() {
        JLabel plain = new JLabel(TEXT);
        EmojiLabel label = new EmojiLabel(TEXT);
        JList<String> list = new JList<>(new String[] {TEXT});
        Component cell = new EmojiListCellRenderer().getListCellRendererComponent(list, TEXT, 0, false, false);
        assertEquals(0, paint(plain), "a plain label draws no colour here (no emoji font)");
        int inLabel = paint(label);
        int inCell = paint((JComponent) cell);
        assertTrue(inLabel > 4 * 30, "four emoji in colour in the label: " + inLabel);
        assertTrue(inCell > 4 * 30, "four emoji in colour in the list cell: " + inCell);
        int em = EmojiText.advance(label.getFontMetrics(label.getFont()));
        int textWidth = label.getFontMetrics(label.getFont()).stringWidth("Week 12 ");
        assertTrue(label.getPreferredSize().width <= textWidth + 4 * em + 3 * label.getFontMetrics(label.getFont()).charWidth(' ') + 4,
                "each emoji is one emoji wide: " + label.getPreferredSize());
    }

    @Test
    void htmlAndPlainTextArePaintedAsUsual() {
        JList<String> list = new JList<>(new String[] {"plain"});
        JLabel cell = (JLabel) new EmojiListCellRenderer().getListCellRendererComponent(list, "<html><b>\uD83D\uDD2C</b></html>", 0, false, false);
        assertEquals(null, EmojiLabel.preferredSize(cell), "HTML is the label's own business");
        assertEquals(false, EmojiLabel.paint(cell, new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB).createGraphics()));
        assertEquals(null, EmojiLabel.preferredSize(new JLabel("no emoji here")));
    }
}
