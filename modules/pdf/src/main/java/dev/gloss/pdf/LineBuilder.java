package dev.gloss.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines and words of one writing direction: glyphs are clustered into lines by the overlap of
 * their x-height bands (so superscripts stay in their line), then split into words at gaps
 * wider than a fraction of a space.
 */
final class LineBuilder {
    private LineBuilder() {
    }

    /** Clusters glyphs (sorted top to bottom) into lines by overlap of their x-height bands. */
    static List<LayoutLine> clusterLines(List<FrameGlyph> fgs) {
        List<LayoutLine> lines = new ArrayList<>();
        for (FrameGlyph f : fgs) {
            LayoutLine best = null;
            double bestRatio = 0.3;
            for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 16); i--) {
                LayoutLine l = lines.get(i);
                double lo = Math.max(l.base, f.y);
                double hi = Math.min(l.base + 0.5 * l.size, f.y + 0.5 * f.g.size());
                if (hi <= lo) {
                    continue; // no overlap: most of the lines looked at
                }
                double ratio = (hi - lo) / (0.5 * Math.min(l.size, f.g.size()));
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = l;
                }
            }
            if (best == null) {
                lines.add(new LayoutLine(f));
            } else {
                best.add(f);
            }
        }
        mergeOrphans(lines);
        return lines;
    }

    /**
     * A superscript or subscript (a footnote mark) can join the line of the other column when
     * that one's baseline is closer; move such a short, smaller run of glyphs into the line it
     * touches horizontally.
     */
    private static void mergeOrphans(List<LayoutLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine line = lines.get(i);
            for (List<FrameGlyph> run : runs(line)) {
                if (run.size() > 8) {
                    continue;
                }
                double runSize = 0;
                double a = Double.MAX_VALUE;
                double b = -Double.MAX_VALUE;
                double base = run.get(0).y;
                for (FrameGlyph f : run) {
                    runSize = Math.max(runSize, f.g.size());
                    a = Math.min(a, f.x0);
                    b = Math.max(b, f.x1);
                }
                LayoutLine target = touching(lines, i, run, runSize, base, a, b);
                if (target != null) {
                    line.glyphs.removeAll(run);
                    target.glyphs.addAll(run);
                }
            }
        }
        lines.removeIf(l -> l.glyphs.isEmpty());
    }

    /** The line's glyphs split into horizontal runs at gaps wider than its font size. */
    private static List<List<FrameGlyph>> runs(LayoutLine line) {
        List<FrameGlyph> sorted = new ArrayList<>(line.glyphs);
        sorted.sort(Comparator.comparingDouble(f -> f.x0));
        List<List<FrameGlyph>> runs = new ArrayList<>();
        List<FrameGlyph> cur = null;
        double end = 0;
        for (FrameGlyph f : sorted) {
            if (cur == null || f.x0 - end > line.size) {
                cur = new ArrayList<>();
                runs.add(cur);
                end = f.x1;
            }
            cur.add(f);
            end = Math.max(end, f.x1);
        }
        return runs;
    }

    private static LayoutLine touching(List<LayoutLine> lines, int i, List<FrameGlyph> run, double runSize, double base, double a, double b) {
        for (int j = Math.max(0, i - 8); j < Math.min(lines.size(), i + 9); j++) {
            LayoutLine big = lines.get(j);
            if (j == i || big.size < 1.1 * runSize) {
                continue;
            }
            double lo = Math.max(big.base - 0.3 * big.size, base);
            double hi = Math.min(big.base + 0.8 * big.size, base + 0.5 * runSize);
            if (hi - lo < 0.15 * runSize) {
                continue;
            }
            double slack = 0.5 * big.size;
            for (FrameGlyph f : big.glyphs) {
                if (f.g.size() >= 1.1 * runSize && f.x0 <= b + slack && f.x1 >= a - slack) {
                    return big;
                }
            }
        }
        return null;
    }

    /** Splits a line into words at gaps wider than a fraction of a space, and into chunks at wide gaps. */
    static void splitWords(LayoutLine line) {
        line.glyphs.sort(Comparator.comparingDouble(f -> f.x0));
        LayoutWord cur = null;
        FrameGlyph prev = null;
        for (FrameGlyph f : line.glyphs) {
            if (f.blank()) {
                cur = null;
                continue;
            }
            if (cur != null && (f.x0 - prev.x1 > wordGap(prev.g, f.g) || leavesScript(prev, f, line) || overprinted(prev, f))) {
                cur = null;
            }
            if (cur == null) {
                cur = new LayoutWord();
                line.words.add(cur);
            }
            cur.add(f);
            prev = f;
        }
        double[] chunk = null;
        for (LayoutWord w : line.words) {
            if (chunk != null && w.x0 - chunk[1] <= 0.9 * line.size) {
                chunk[1] = Math.max(chunk[1], w.x1);
            } else {
                chunk = new double[] {w.x0, w.x1};
                line.chunks.add(chunk);
            }
        }
    }

    /**
     * A footnote mark before a word ("17https://...") is its own word; a mark after a word
     * ("corpus17", "z1") stays attached, as pdftotext has it.
     */
    private static boolean leavesScript(FrameGlyph a, FrameGlyph b, LayoutLine line) {
        boolean aScript = a.g.size() < 0.85 * line.size && Math.abs(a.y - line.base) > 0.12 * line.size;
        boolean bScript = b.g.size() < 0.85 * line.size && Math.abs(b.y - line.base) > 0.12 * line.size;
        return aScript && !bScript;
    }

    /** Distinct glyphs drawn on top of each other (form check boxes, radio buttons) are not one word. */
    private static boolean overprinted(FrameGlyph a, FrameGlyph b) {
        return a.g.advance() > 0 && b.x0 < a.x0 + 0.5 * a.g.advance()
                && Character.getType(b.g.text().charAt(0)) != Character.NON_SPACING_MARK;
    }

    private static double wordGap(Glyph a, Glyph b) {
        double size = Math.max(a.size(), b.size());
        double space = a.space() > 0 ? a.space() : 0.25 * size;
        return Math.max(0.08 * size, Math.min(0.5 * space, 0.15 * size));
    }
}
