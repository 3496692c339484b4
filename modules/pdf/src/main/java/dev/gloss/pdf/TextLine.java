package dev.gloss.pdf;

import dev.gloss.workspace.Quad;

/**
 * Geometry of one line (or one column's part of a line) of a page's text layer: where its
 * baseline starts, which way it runs, how high it is, and which characters it holds.
 *
 * @param start   offset of its first character in the page text
 * @param end     offset after its last character (before any line break)
 * @param ox      baseline origin x, page space
 * @param oy      baseline origin y, page space
 * @param dx      writing direction unit vector x
 * @param dy      writing direction unit vector y
 * @param ascent  extent above the baseline, points
 * @param descent extent below the baseline, points
 * @param length  extent along the baseline, points (from the origin)
 * @param size    dominant font size, points
 * @param group   0 for the page's main writing direction, &gt; 0 for other directions (margin stamps)
 */
record TextLine(int start, int end, double ox, double oy, double dx, double dy, double ascent,
        double descent, double length, double size, int group) {

    /** The quad covering {@code [a, b]} along the baseline (offsets from the origin). */
    Quad quad(double a, double b) {
        double ux = -dy;
        double uy = dx;
        double ax = ox + dx * a;
        double ay = oy + dy * a;
        double bx = ox + dx * b;
        double by = oy + dy * b;
        return new Quad(ax + ux * ascent, ay + uy * ascent, bx + ux * ascent, by + uy * ascent,
                ax - ux * descent, ay - uy * descent, bx - ux * descent, by - uy * descent);
    }

    /** Distance along the baseline of point (x, y) from the origin. */
    double along(double x, double y) {
        return (x - ox) * dx + (y - oy) * dy;
    }

    /** Signed distance of point (x, y) above the baseline. */
    double above(double x, double y) {
        return (x - ox) * -dy + (y - oy) * dx;
    }

    /** Distance from (x, y) to this line's box; 0 inside. */
    double distance(double x, double y) {
        double a = along(x, y);
        double h = above(x, y);
        double da = a < 0 ? -a : a > length ? a - length : 0;
        double dh = h < -descent ? -descent - h : h > ascent ? h - ascent : 0;
        return Math.hypot(da, dh);
    }

    /** The line's text as it stands in {@code pageText}. */
    String text(String pageText) {
        return pageText.substring(start, end);
    }
}
