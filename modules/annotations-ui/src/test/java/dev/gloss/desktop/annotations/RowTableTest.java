package dev.gloss.desktop.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The table's own row heights: positions, hit-testing and the cache of measured quotes (headless). */
class RowTableTest {
    private static final String LONG = "Fine-tuning changes far less of a pretrained network than its parameter count "
            + "suggests, and most of the change sits in the top third of the layers, where it concentrates";

    private static List<Row> rows(int papers) {
        List<Paper> ps = new ArrayList<>();
        List<Annotation> anns = new ArrayList<>();
        for (int p = 0; p < papers; p++) {
            Paper paper = AnnotationListModelTest.paper("paper-" + p, "Paper " + p);
            ps.add(paper);
            for (int i = 0; i < 6; i++) {
                anns.add(AnnotationListModelTest.ann("a-" + p + "-" + i, paper, 1 + i % 3, i * 10, "yellow",
                        i % 2 == 0 ? LONG : "short " + i, i % 3 == 0 ? "a note" : null, List.of(), i));
            }
        }
        return AnnotationFilter.apply(anns, ps, Query.ALL);
    }

    @Test
    void rowsOfDifferentHeightsAreLaidOutEndToEnd() {
        RowTable table = new RowTable();
        List<Row> rows = rows(3);
        table.setRows(rows, false);
        RowRenderer.Metrics m = new RowRenderer.Metrics(table, table.getFont(), 320);
        Set<Integer> distinct = new HashSet<>();
        int y = 0;
        for (int i = 0; i < rows.size(); i++) {
            int h = RowRenderer.heightOf(rows.get(i), m, false);
            distinct.add(h);
            assertEquals(h, table.getRowHeight(i), "row " + i);
            Rectangle r = table.getCellRect(i, 0, true);
            assertEquals(y, r.y, "row " + i + " starts where the one above ends");
            assertEquals(h, r.height);
            assertEquals(i, table.rowAtPoint(new Point(5, y)), "top edge of row " + i);
            assertEquals(i, table.rowAtPoint(new Point(5, y + h - 1)), "bottom edge of row " + i);
            y += h;
        }
        assertTrue(distinct.size() >= 3, "headers, one-line and two-line quotes differ: " + distinct);
        assertEquals(-1, table.rowAtPoint(new Point(5, y)), "below the last row");
        assertEquals(-1, table.rowAtPoint(new Point(5, -1)));
        assertEquals(y, table.getPreferredSize().height);
    }

    @Test
    void refilteringKeepsTheSelectionAndRowsOfOneHeightNeedNoTable() {
        RowTable table = new RowTable();
        List<Row> all = rows(4);
        table.setRows(all, false);
        int pick = table.indexOf("a:a-2-3");
        table.getSelectionModel().setSelectionInterval(pick, pick);
        List<Row> fewer = all.stream().filter(r -> !r.key().startsWith("a:a-1-")).toList();
        table.setRows(fewer, false);
        assertEquals(List.of(((Row.AnnotationRow) all.get(pick)).annotation()), table.selectedAnnotations());
        assertEquals(table.indexOf("a:a-2-3"), table.getSelectedRow());
        assertEquals(-1, table.indexOf("a:a-1-0"));
        assertNotEquals(-1, table.indexOf("p:paper-3"));

        List<Row> headers = all.stream().filter(r -> r instanceof Row.PaperRow).toList();
        table.setRows(headers, false);
        int h = table.getRowHeight(0);
        for (int i = 0; i < headers.size(); i++) {
            assertEquals(h * i, table.getCellRect(i, 0, true).y);
        }
        assertEquals(h * headers.size(), table.getPreferredSize().height);
    }

    @Test
    void quotesAreMeasuredOncePerWidth() {
        RowTable table = new RowTable();
        RowRenderer.LineCache cache = new RowRenderer.LineCache();
        Annotation a = ((Row.AnnotationRow) rows(1).get(2)).annotation();
        RowRenderer.Metrics wide = new RowRenderer.Metrics(table, table.getFont(), 4000, cache);
        assertEquals(1, wide.quoteLines(a));
        assertEquals(1, cache.size());
        assertEquals(1, wide.quoteLines(a));
        assertEquals(1, cache.size(), "the second time it is looked up");
        RowRenderer.Metrics narrow = new RowRenderer.Metrics(table, table.getFont(), 200, cache);
        assertEquals(0, cache.size(), "another width measures again");
        assertEquals(new RowRenderer.Metrics(table, table.getFont(), 200).quoteLines(a), narrow.quoteLines(a));
        cache.retainAtMost(0);
        assertEquals(0, cache.size());
    }

    /**
     * In a viewport, quotes are not all measured at once: rows get guessed heights, the rows on
     * screen are exact when painted, the rest are measured afterwards on the event thread, and
     * the row at the top of the viewport stays where it was while rows above it change.
     */
    @Test
    void guessedHeightsAreMeasuredOnScreenFirstThenAllWithoutMovingTheView() throws Exception {
        // quotes whose length misleads a guess: narrow letters (long but one line), wide ones (short but two)
        List<Paper> ps = new ArrayList<>();
        List<Annotation> anns = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            Paper paper = AnnotationListModelTest.paper("paper-" + p, "Paper " + p);
            ps.add(paper);
            for (int i = 0; i < 10; i++) {
                String quote = switch (i % 3) {
                    case 0 -> "il".repeat(20 + i);
                    case 1 -> "WM".repeat(12 + i);
                    default -> "short " + i;
                };
                anns.add(AnnotationListModelTest.ann("a-" + p + "-" + i, paper, 1 + i % 4, i * 10, "yellow", quote,
                        i % 4 == 0 ? "a note" : null, List.of(), i));
            }
        }
        List<Row> rows = AnnotationFilter.apply(anns, ps, Query.ALL);
        RowTable[] t = new RowTable[1];
        JScrollPane[] sp = new JScrollPane[1];
        SwingUtilities.invokeAndWait(() -> {
            t[0] = new RowTable();
            // a scroll bar from the start: one appearing would change the width, and so every height
            sp[0] = new JScrollPane(t[0], JScrollPane.VERTICAL_SCROLLBAR_ALWAYS, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
            sp[0].setSize(360, 500);
            layout(sp[0]);
            t[0].setRows(rows, false);
            layout(sp[0]);
            assertTrue(t[0].hasGuessedHeights(), "nothing measured before it is shown");
            // scroll to the middle, then paint: what is on screen is measured before it is drawn
            sp[0].getViewport().setViewPosition(new Point(0, t[0].getCellRect(rows.size() / 2, 0, true).y));
            layout(sp[0]);
            paint(sp[0]);
        });
        RowRenderer.Metrics exact = new RowRenderer.Metrics(t[0], t[0].getFont(), t[0].getWidth());
        int[] top = new int[2];
        SwingUtilities.invokeAndWait(() -> {
            Rectangle vis = t[0].getVisibleRect();
            int first = t[0].rowAtPoint(new Point(0, vis.y));
            for (int i = first; i < rows.size() && t[0].getCellRect(i, 0, true).y < vis.y + vis.height; i++) {
                assertEquals(RowRenderer.heightOf(rows.get(i), exact, false), t[0].getRowHeight(i), "visible row " + i);
            }
            top[0] = first;
            top[1] = t[0].getCellRect(first, 0, true).y - vis.y;
        });
        boolean[] guessing = {true};
        for (int n = 0; n < 1000 && guessing[0]; n++) {
            SwingUtilities.invokeAndWait(() -> guessing[0] = t[0].hasGuessedHeights());
        }
        assertFalse(guessing[0], "every row measured in the end");
        SwingUtilities.invokeAndWait(() -> {
            int y = 0;
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(RowRenderer.heightOf(rows.get(i), exact, false), t[0].getRowHeight(i), "row " + i);
                assertEquals(y, t[0].getCellRect(i, 0, true).y, "row " + i + " starts where the one above ends");
                y += t[0].getRowHeight(i);
            }
            int vy = sp[0].getViewport().getViewPosition().y;
            assertEquals(top[0], t[0].rowAtPoint(new Point(0, vy)), "the same row is at the top");
            assertEquals(top[1], t[0].getCellRect(top[0], 0, true).y - vy, "at the same place");
        });
    }

    @Test
    void emojiInTitlesQuotesAndNotesAreDrawnInColour() throws Exception {
        assertTrue(dev.gloss.desktop.core.text.EmojiImages.awaitLoaded(20_000), "the emoji sheet is read");
        int plain = colouredPixels("Paper", "A quote", "A note");
        int emoji = colouredPixels("Paper \uD83D\uDD2C", "A quote \uD83C\uDDE9\uD83C\uDDEA",
                "A note \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83D\uDC4D\uD83C\uDFFD");
        // the colour bar and the chip are coloured in both; the four emoji add their own colour
        assertTrue(emoji > plain + 4 * 30, "emoji drawn in colour: " + emoji + " coloured pixels, " + plain + " without emoji");
    }

    /** Vivid pixels of a table with one paper and one annotation, painted off screen. */
    private static int colouredPixels(String title, String quote, String note) {
        Paper paper = AnnotationListModelTest.paper("p", title);
        Annotation a = AnnotationListModelTest.ann("a", paper, 1, 0, "yellow", quote, note, List.of(), 1);
        RowTable table = new RowTable();
        table.setSize(420, 200);
        table.doLayout(); // the column takes the width, as in a shown window
        table.setRows(AnnotationFilter.apply(List.of(a), List.of(paper), Query.ALL), false);
        table.setSize(420, table.getPreferredSize().height);
        table.doLayout();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(table.getWidth(), table.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            table.paint(g);
        } finally {
            g.dispose();
        }
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int gr = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(gr, b)) - Math.min(r, Math.min(gr, b)) > 80) {
                    n++;
                }
            }
        }
        return n;
    }

    /** What validate() does in a shown window (headless components have no peer). */
    private static void layout(java.awt.Component c) {
        if (c instanceof java.awt.Container k) {
            k.doLayout();
            for (java.awt.Component child : k.getComponents()) {
                layout(child);
            }
        }
    }

    private static void paint(JScrollPane sp) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(sp.getWidth(), sp.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            sp.paint(g);
        } finally {
            g.dispose();
        }
    }
}
