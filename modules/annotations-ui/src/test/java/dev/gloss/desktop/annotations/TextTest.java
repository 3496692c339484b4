package dev.gloss.desktop.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    private final FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    @Test
    void collapsesWhitespaceOfThePdfTextLayer() {
        assertEquals("Line 1 Line 2", Text.oneLine("  Line 1\n\tLine   2 \r\n"));
        assertEquals("", Text.oneLine(null));
        for (String s : new String[]{"", "  ", " a ", "Line 1\nLine   2", "x\t\ty z  "}) {
            assertEquals(Text.oneLine(s).length(), Text.oneLineLength(s), s);
        }
    }

    @Test
    void ellipsizesToTheWidth() {
        String s = "Fine-tuning changes far less than its effects suggest";
        assertEquals(s, Text.ellipsize(s, fm, 1000));
        String cut = Text.ellipsize(s, fm, 120);
        assertTrue(cut.endsWith("\u2026") && fm.stringWidth(cut) <= 120, cut);
        assertTrue(s.startsWith(cut.substring(0, cut.length() - 1)));
        assertEquals("", Text.ellipsize(s, fm, 0));
    }

    @Test
    void datesSayAsMuchAsTellsThemApart() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.of(2026, 11, 26, 15, 0, 0, 0, java.time.ZoneOffset.UTC);
        assertTrue(RowRenderer.shortDate(now.minusHours(2).toInstant(), now).startsWith("Today "));
        String thisYear = RowRenderer.shortDate(now.minusDays(30).toInstant(), now);
        assertTrue(thisYear.contains("27") && !thisYear.contains("2026"), thisYear);
        assertTrue(RowRenderer.shortDate(now.minusYears(1).toInstant(), now).contains("2025"));
    }

    @Test
    void wrapsAtSpacesIntoTwoLinesAtMost() {
        String s = "Fine-tuning changes far less than its effects suggest: most of the weight update lies "
                + "in a low-rank subspace concentrated in the upper third of the layers";
        List<String> lines = Text.wrap(s, fm, 200, 2);
        assertEquals(2, lines.size());
        assertTrue(s.startsWith(lines.get(0) + " "), "the first line ends at a word: " + lines.get(0));
        assertTrue(fm.stringWidth(lines.get(0)) <= 200);
        assertTrue(lines.get(1).endsWith("\u2026") && fm.stringWidth(lines.get(1)) <= 200);
        assertEquals(List.of("short quote"), Text.wrap("short quote", fm, 200, 2));
        List<String> word = Text.wrap("Supercalifragilisticexpialidocious-and-more-and-more-and-more", fm, 60, 2);
        assertEquals(2, word.size(), "a word longer than a line is broken inside");
        assertTrue(fm.stringWidth(word.get(0)) <= 60);
    }
}
