package dev.gloss.desktop.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.text.EmojiField;
import dev.gloss.desktop.core.text.EmojiImages;
import dev.gloss.workspace.Paper;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;

/** Edit Details…'s fields draw the emoji of a title and its tags in colour, painted as the dialog paints them. */
class PaperDetailsFieldsTest {
    private static final String TITLE = "Probing \uD83D\uDD2C layers \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    @Test
    void theTitleAndTagsDrawTheirEmojiInColour() throws Exception {
        assertTrue(EmojiImages.awaitLoaded(20_000), "the emoji sheet is read");
        Paper paper = new Paper("p1", TITLE, List.of("Ada Lovelace"), 2024, "ACL \uD83C\uDDE9\uD83C\uDDEA", "2406.04093", null, null,
                List.of("method", "\uD83C\uDF89"), "papers/p1.pdf", 3, null, Instant.now(), null);
        int[] coloured = new int[3];
        SwingUtilities.invokeAndWait(() -> {
            PaperDetailsDialog.Form f = new PaperDetailsDialog.Form(paper);
            assertTrue(f.title instanceof EmojiField && f.authors instanceof EmojiField && f.venue instanceof EmojiField
                    && f.tags instanceof EmojiField, "the fields for words draw emoji");
            assertTrue(f.year instanceof JTextField && f.arxiv instanceof JTextField && f.doi instanceof JTextField,
                    "a number and identifiers stay plain fields");
            assertEquals(TITLE, f.title.getText());
            coloured[0] = colour(f.title);
            coloured[1] = colour(f.tags);
            coloured[2] = colour(f.venue);
        });
        assertTrue(coloured[0] > 2 * 30, "the title's two emoji in colour: " + coloured[0]);
        assertTrue(coloured[1] > 30, "the tag's emoji in colour: " + coloured[1]);
        assertTrue(coloured[2] > 30, "the venue's flag in colour: " + coloured[2]);
    }

    /** Vividly coloured pixels of the field painted at its preferred size (text is drawn in greys). */
    private static int colour(JTextComponent c) {
        c.setSize(c.getPreferredSize());
        c.doLayout();
        BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            c.paint(g);
        } finally {
            g.dispose();
        }
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int gr = (rgb >> 8) & 255;
                int b = rgb & 255;
                n += Math.max(r, Math.max(gr, b)) - Math.min(r, Math.min(gr, b)) > 80 ? 1 : 0;
            }
        }
        return n;
    }
}
