package dev.gloss.desktop.reader.render;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.Arrays;

/**
 * Where each page sits in the continuous page column at one scale: pages stacked top to
 * bottom with a gap, each centred horizontally. Pure arithmetic (no painting), so the view
 * can ask which pages a viewport shows without touching any page that is off screen.
 * Pages are numbered from 1.
 */
public final class PageLayout {
    /** Space around the column and between pages, in logical pixels. */
    static final int MARGIN = 12;
    static final int GAP = 10;

    private final double scale;
    private final int[] x;
    private final int[] y;
    private final int[] w;
    private final int[] h;
    private final int width;
    private final int height;

    /**
     * @param widths        displayed page widths in points, index 0 = page 1
     * @param heights       displayed page heights in points
     * @param scale         logical pixels per point
     * @param viewportWidth the width available; pages are centred in it when they are narrower
     */
    PageLayout(double[] widths, double[] heights, double scale, int viewportWidth) {
        if (widths.length != heights.length) {
            throw new IllegalArgumentException("widths and heights differ in length");
        }
        int n = widths.length;
        this.scale = scale;
        x = new int[n];
        y = new int[n];
        w = new int[n];
        h = new int[n];
        int widest = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.max(1, (int) Math.round(widths[i] * scale));
            h[i] = Math.max(1, (int) Math.round(heights[i] * scale));
            widest = Math.max(widest, w[i]);
        }
        width = Math.max(viewportWidth, widest + 2 * MARGIN);
        int top = MARGIN;
        for (int i = 0; i < n; i++) {
            x[i] = (width - w[i]) / 2;
            y[i] = top;
            top += h[i] + GAP;
        }
        height = n == 0 ? 2 * MARGIN : top - GAP + MARGIN;
    }

    public double scale() {
        return scale;
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

    /**
     * The page whose slot contains {@code py}: a point in the gap below a page belongs to that
     * page, above the first page to the first, below the last to the last. 0 when there are
     * no pages.
     */
    int pageAt(int py) {
        if (x.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(y, py);
        if (i < 0) {
            i = -i - 2; // the last page starting above py
        }
        return Math.max(0, Math.min(x.length - 1, i)) + 1;
    }

    /** The first and last page (from 1) that {@code view} overlaps; {0, -1} when none. */
    int[] visible(Rectangle view) {
        if (x.length == 0 || view.height <= 0) {
            return new int[] {0, -1};
        }
        int first = pageAt(view.y);
        if (view.y >= y[first - 1] + h[first - 1]) {
            if (first == x.length) {
                return new int[] {0, -1}; // below the last page
            }
            first++; // view starts in the gap below a page
        }
        int last = pageAt(view.y + view.height - 1);
        if (view.y + view.height <= y[last - 1]) {
            last--; // view ends in the gap above a page
        }
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

    /** The page whose area covers most of {@code view}: the "current" page. */
    int currentPage(Rectangle view) {
        if (x.length > 0 && view.y + view.height >= height && view.y > 0) {
            return x.length; // scrolled to the end: the last page, however little of it shows
        }
        int[] range = visible(view);
        if (range[0] == 0) {
            return pageAt(view.y);
        }
        int best = range[0];
        int bestArea = -1;
        for (int p = range[0]; p <= range[1]; p++) {
            Rectangle r = bounds(p).intersection(view);
            int area = r.isEmpty() ? 0 : r.height;
            if (area > bestArea) {
                best = p;
                bestArea = area;
            }
        }
        return best;
    }
}
