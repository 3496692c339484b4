package dev.gloss.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a page's glyphs into its text layer in reading order. Glyphs are grouped by writing
 * direction (a vertical arXiv stamp in the margin is its own group, read after the body); each
 * group is laid out in its own frame (x along the text, y up): glyphs are clustered into lines
 * by baseline, lines into words by gaps, and column gutters are found as vertical bands that
 * almost no line crosses. Each horizontal band between full-width lines then reads column by
 * column.
 */
final class TextLayout {
    private TextLayout() {
    }

    /**
     * @param rotation the page's /Rotate: text upright on the displayed page is read first
     */
    static PageText build(int page, int rotation, List<Glyph> glyphs) {
        TextWriter w = new TextWriter(page);
        int group = 0;
        for (List<Glyph> g : byDirection(glyphs, rotation)) {
            Glyph first = g.get(0);
            double angle = snappedAngle(first);
            double dx = Math.cos(Math.toRadians(angle));
            double dy = Math.sin(Math.toRadians(angle));
            w.write(layout(g, dx, dy), dx, dy, group++);
        }
        return w.finish();
    }

    private static double snappedAngle(Glyph g) {
        // most text runs along an axis: no trigonometry for it
        if (g.dy() == 0) {
            return g.dx() >= 0 ? 0 : 180;
        }
        if (g.dx() == 0) {
            return g.dy() > 0 ? 90 : 270;
        }
        double a = Math.toDegrees(Math.atan2(g.dy(), g.dx()));
        if (a < 0) {
            a += 360;
        }
        for (int k = 0; k <= 360; k += 90) {
            if (Math.abs(a - k) <= 3) {
                return k % 360;
            }
        }
        return Math.round(a) % 360;
    }

    /** Groups by writing direction: upright on the displayed page first, then by size. */
    private static List<List<Glyph>> byDirection(List<Glyph> glyphs, int rotation) {
        Map<Long, List<Glyph>> groups = new LinkedHashMap<>();
        for (Glyph g : glyphs) {
            groups.computeIfAbsent(Math.round(snappedAngle(g)), k -> new ArrayList<>()).add(g);
        }
        List<List<Glyph>> out = new ArrayList<>(groups.values());
        // on a page displayed with /Rotate r, upright text runs at r degrees in page space
        long upright = PdfDocument.normalizedRotation(rotation);
        out.sort(Comparator.comparingInt((List<Glyph> l) -> Math.round(snappedAngle(l.get(0))) == upright ? 0 : 1)
                .thenComparing(Comparator.comparingInt((List<Glyph> l) -> l.size()).reversed()));
        return out;
    }

    private static List<LinePiece> layout(List<Glyph> glyphs, double dx, double dy) {
        double ux = -dy;
        double uy = dx;
        List<FrameGlyph> fgs = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            fgs.add(new FrameGlyph(g, g.x() * dx + g.y() * dy, g.x() * ux + g.y() * uy));
        }
        fgs.sort(Comparator.comparingDouble((FrameGlyph f) -> -f.y).thenComparingDouble(f -> f.x0));
        List<LayoutLine> lines = LineBuilder.clusterLines(fgs);
        double medianSize = median(lines.stream().mapToDouble(l -> l.size).toArray());
        for (LayoutLine l : lines) {
            LineBuilder.splitWords(l);
        }
        lines.removeIf(l -> l.words.isEmpty());
        lines.sort(Comparator.comparingDouble((LayoutLine l) -> -l.base));
        double[] gutters = ColumnOrder.gutters(lines);
        return ColumnOrder.order(lines, gutters, medianSize);
    }

    static double medianSize(List<LayoutLine> lines) {
        return median(lines.stream().mapToDouble(l -> l.size).toArray());
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return 10;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
