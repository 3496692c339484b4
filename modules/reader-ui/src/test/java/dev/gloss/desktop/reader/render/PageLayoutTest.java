package dev.gloss.desktop.reader.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageLayoutTest {
    /** 100 pages of 100 x 200 points at scale 1: each page takes 200 + 10 pixels. */
    private static PageLayout column(int viewportWidth) {
        double[] w = new double[100];
        double[] h = new double[100];
        Arrays.fill(w, 100);
        Arrays.fill(h, 200);
        return new PageLayout(w, h, 1.0, viewportWidth);
    }

    @Test
    void pagesAreStackedWithGapsAndCentred() {
        PageLayout l = column(500);
        assertEquals(new Rectangle(200, 12, 100, 200), l.bounds(1));
        assertEquals(new Rectangle(200, 12 + 210, 100, 200), l.bounds(2));
        assertEquals(500, l.size().width);
        assertEquals(12 + 100 * 200 + 99 * 10 + 12, l.size().height);
    }

    @Test
    void narrowViewportWidensTheColumnToTheWidestPage() {
        PageLayout l = new PageLayout(new double[] {100, 300}, new double[] {100, 100}, 2.0, 100);
        assertEquals(600 + 24, l.size().width);
        assertEquals(12, l.bounds(2).x);
        assertEquals(212, l.bounds(1).x, "the narrow page is centred on the wide one");
    }

    @Test
    void visiblePagesAreOnlyThoseTheViewportOverlaps() {
        PageLayout l = column(500);
        assertArrayEquals(new int[] {1, 3}, l.visible(new Rectangle(0, 0, 500, 500)));
        // page 50 starts at 12 + 49 * 210 = 10302
        assertArrayEquals(new int[] {50, 50}, l.visible(new Rectangle(0, 10302, 500, 200)));
        assertArrayEquals(new int[] {50, 51}, l.visible(new Rectangle(0, 10302, 500, 201 + 10)));
        // a viewport entirely inside the gap below page 50 shows no page
        assertArrayEquals(new int[] {0, -1}, l.visible(new Rectangle(0, 10502, 500, 10)));
        assertArrayEquals(new int[] {100, 100}, l.visible(new Rectangle(0, l.size().height - 50, 500, 50)));
    }

    @Test
    void pageAtAssignsGapsToThePageAbove() {
        PageLayout l = column(500);
        assertEquals(1, l.pageAt(0));
        assertEquals(1, l.pageAt(215));
        assertEquals(2, l.pageAt(222));
        assertEquals(100, l.pageAt(1_000_000));
    }

    @Test
    void offsetsRoundTripAtAnyScale() {
        double[] w = {612, 612, 612};
        double[] h = {792, 792, 792};
        PageLayout a = new PageLayout(w, h, 1.0, 800);
        PageLayout b = new PageLayout(w, h, 2.5, 800);
        int y = a.yOf(2, 100);
        assertEquals(100, a.offsetIn(2, y), 1e-9);
        assertEquals(100, b.offsetIn(2, b.yOf(2, 100)), 0.5 / 2.5);
    }

    @Test
    void currentPageIsTheOneShowingMost() {
        PageLayout l = column(500);
        assertEquals(1, l.currentPage(new Rectangle(0, 0, 500, 300)));
        assertEquals(2, l.currentPage(new Rectangle(0, 150, 500, 300)));
        assertEquals(100, l.currentPage(new Rectangle(0, l.size().height - 150, 500, 150)),
                "at the end the last page is current");
    }

    /** 7 pages of 100 x 200 points at scale 1, two to a row: 1 | 2, 3 | 4, 5 | 6, 7. */
    private static PageLayout spread(int viewportWidth) {
        double[] w = new double[7];
        double[] h = new double[7];
        Arrays.fill(w, 100);
        Arrays.fill(h, 200);
        return new PageLayout(w, h, 1.0, viewportWidth, 2);
    }

    @Test
    void aSpreadPutsTwoPagesSideBySide() {
        PageLayout l = spread(500);
        // the row 100 + 10 + 100 wide, centred in 500
        assertEquals(new Rectangle(145, 12, 100, 200), l.bounds(1));
        assertEquals(new Rectangle(255, 12, 100, 200), l.bounds(2));
        assertEquals(new Rectangle(145, 12 + 210, 100, 200), l.bounds(3));
        assertEquals(new Rectangle(200, 12 + 3 * 210, 100, 200), l.bounds(7), "the last page alone is centred");
        assertEquals(12 + 4 * 200 + 3 * 10 + 12, l.size().height);
        assertEquals(2, l.perRow());
    }

    @Test
    void aSpreadFindsPagesByRowAndSide() {
        PageLayout l = spread(500);
        assertEquals(1, l.pageAt(100), "a height finds its row's first page");
        assertEquals(3, l.pageAt(12 + 210 + 5));
        assertEquals(2, l.pageAt(300, 100), "a point on the right page");
        assertEquals(1, l.pageAt(150, 100));
        assertEquals(0, l.pageAt(250, 100), "the gap between the pages is on no page");
        assertEquals(2, l.pageNear(480, 100));
        assertEquals(1, l.pageNear(20, 100));
        assertEquals(7, l.pageNear(480, l.size().height - 20), "the last row has one page");
        assertArrayEquals(new int[] {1, 4}, l.visible(new Rectangle(0, 0, 500, 300)));
        assertArrayEquals(new int[] {7, 7}, l.visible(new Rectangle(0, l.size().height - 50, 500, 50)));
        assertEquals(3, l.currentPage(new Rectangle(0, 150, 500, 300)), "the row showing most, its left page");
        assertEquals(4, l.currentPage(new Rectangle(250, 150, 200, 300)), "the right page when it shows more");
        assertArrayEquals(new int[] {5, 6}, l.row(6));
    }

    @Test
    void emptyDocumentHasNoPages() {
        PageLayout l = new PageLayout(new double[0], new double[0], 1, 300);
        assertEquals(0, l.pageAt(10));
        assertArrayEquals(new int[] {0, -1}, l.visible(new Rectangle(0, 0, 300, 300)));
    }
}
