package dev.gloss.desktop.reader.render;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.Arrays;

/**
 * Where each page sits in the page column at one scale: pages stacked top to bottom with a gap,
 * one to a row, or two side by side (a spread: 1 | 2, 3 | 4, ...), each row centred
 * horizontally and its pages centred on the row's height. Pure arithmetic (no painting), so the
 * view can ask which pages a viewport shows without touching any page that is off screen.
 * Pages are numbered from 1.
 */
public final class PageLayout {
    /** Space around the column and between pages, in logical pixels. */
    static final int MARGIN = 12;
    static final int GAP = 10;

    private final double scale;
    private final int perRow;
    private final int[] x;
    private final int[] y;
    private final int[] w;
    private final int[] h;
    /** Each row's top and height: a row's slot is from its top to the next row's. */
    private final int[] rowTop;
    private final int[] rowHeight;
    private final int width;
    private final int height;

    /** One page to a row. */
    PageLayout(double[] widths, double[] heights, double scale, int viewportWidth) {
        this(widths, heights, scale, viewportWidth, 1);
    }

    /**
     * @param widths        displayed page widths in points, index 0 = page 1
     * @param heights       displayed page heights in points
     * @param scale         logical pixels per point
     * @param viewportWidth the width available; rows are centred in it when they are narrower
     * @param perRow        1 for a column of pages, 2 for two pages side by side
     */
    PageLayout(double[] widths, double[] heights, double scale, int viewportWidth, int perRow) {
        if (widths.length != heights.length) {
            throw new IllegalArgumentException("widths and heights differ in length");
        }
        if (perRow != 1 && perRow != 2) {
            throw new IllegalArgumentException("one or two pages to a row, not " + perRow);
        }
        int n = widths.length;
        this.scale = scale;
        this.perRow = perRow;
        x = new int[n];
        y = new int[n];
        w = new int[n];
        h = new int[n];
        int rows = (n + perRow - 1) / perRow;
        rowTop = new int[rows];
        rowHeight = new int[rows];
        int[] rowWidth = new int[rows];
        int widest = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.max(1, (int) Math.round(widths[i] * scale));
            h[i] = Math.max(1, (int) Math.round(heights[i] * scale));
            int r = i / perRow;
            rowWidth[r] += (i % perRow == 0 ? 0 : GAP) + w[i];
            rowHeight[r] = Math.max(rowHeight[r], h[i]);
            widest = Math.max(widest, rowWidth[r]);
        }
        width = Math.max(viewportWidth, widest + 2 * MARGIN);
        int top = MARGIN;
        for (int r = 0; r < rows; r++) {
            rowTop[r] = top;
            int left = (width - rowWidth[r]) / 2;
            for (int i = r * perRow; i < Math.min(n, (r + 1) * perRow); i++) {
                x[i] = left;
                y[i] = top + (rowHeight[r] - h[i]) / 2;
                left += w[i] + GAP;
            }
            top += rowHeight[r] + GAP;
        }
        height = n == 0 ? 2 * MARGIN : top - GAP + MARGIN;
    }

    public double scale() {
        return scale;
    }

    /** How many pages a row holds: 1, or 2 in a spread. */
    public int perRow() {
        return perRow;
    }

    int pageCount() {
        return x.length;
    }

    /** The size of the whole column. */
    Dimension size() {
        return new Dimension(width, height);
    }

    /** Where page {@code page} (from 1) is drawn. */
    public Rectangle bounds(int page) {
        int i = page - 1;
        return new Rectangle(x[i], y[i], w[i], h[i]);
    }

    /** The first and last page (from 1) of the row that holds {@code page}. */
    int[] row(int page) {
        int first = (page - 1) / perRow * perRow + 1;
        return new int[] {first, Math.min(x.length, first + perRow - 1)};
    }

    /**
     * The first page of the row whose slot contains {@code py}: a point in the gap below a row
     * belongs to that row, above the first row to the first, below the last to the last. 0 when
     * there are no pages.
     */
    int pageAt(int py) {
        if (x.length == 0) {
            return 0;
        }
        int r = Arrays.binarySearch(rowTop, py);
        if (r < 0) {
            r = -r - 2; // the last row starting above py
        }
        return Math.max(0, Math.min(rowTop.length - 1, r)) * perRow + 1;
    }

    /** The page at a point of the column, or 0 when the point is on no page. */
    int pageAt(int px, int py) {
        int first = pageAt(py);
        if (first > 0) {
            for (int p = first; p <= row(first)[1]; p++) {
                if (bounds(p).contains(px, py)) {
                    return p;
                }
            }
        }
        return 0;
    }

    /** The page nearest a point: in the row whose slot holds its height, the one nearest sideways. */
    int pageNear(int px, int py) {
        int first = pageAt(py);
        if (first <= 0) {
            return 0;
        }
        int last = row(first)[1];
        return last > first && px >= (x[first - 1] + w[first - 1] + x[last - 1]) / 2 ? last : first;
    }

    /** The first and last page (from 1) of the rows that {@code view} overlaps; {0, -1} when none. */
    int[] visible(Rectangle view) {
        if (x.length == 0 || view.height <= 0) {
            return new int[] {0, -1};
        }
        int first = pageAt(view.y);
        int r = (first - 1) / perRow;
        if (view.y >= rowTop[r] + rowHeight[r]) {
            if (r == rowTop.length - 1) {
                return new int[] {0, -1}; // below the last row
            }
            first += perRow; // view starts in the gap below a row
        }
        int last = pageAt(view.y + view.height - 1);
        if (view.y + view.height <= rowTop[(last - 1) / perRow]) {
            last -= perRow; // view ends in the gap above a row
        }
        last = last <= 0 ? last : row(last)[1];
        return first <= last ? new int[] {first, last} : new int[] {0, -1};
    }

    /** Points from the top of {@code page} at the column's y {@code py} (negative above it). */
    double offsetIn(int page, int py) {
        return (py - y[page - 1]) / scale;
    }

    /** The column's y at {@code offset} points below the top of {@code page}. */
    int yOf(int page, double offset) {
        return (int) Math.round(y[page - 1] + offset * scale);
    }

    /**
     * The page that shows most of {@code view}: the "current" page. Most of its height; between
     * two pages of a row, which shows more of its width.
     */
    int currentPage(Rectangle view) {
        if (x.length > 0 && view.y + view.height >= height && view.y > 0) {
            // scrolled to the end: the last row, however little of it shows
            return perRow == 1 ? x.length : best(row(x.length), view);
        }
        int[] range = visible(view);
        if (range[0] == 0) {
            return pageAt(view.y);
        }
        return best(range, view);
    }

    private int best(int[] range, Rectangle view) {
        int best = range[0];
        long bestScore = -1;
        for (int p = range[0]; p <= range[1]; p++) {
            Rectangle r = bounds(p).intersection(view);
            long score = r.isEmpty() ? 0 : (long) r.height << 20 | Math.min(r.width, (1 << 20) - 1);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }
}
