package dev.gloss.desktop.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
