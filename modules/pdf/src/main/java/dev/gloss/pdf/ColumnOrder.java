package dev.gloss.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Columns and reading order. A column gutter is a vertical valley that few lines cross
 * compared with the text beside it, with columns of text on both sides for a run of lines.
 * The page then reads band by band (a band ends at a line crossing a gutter, such as a
 * full-width title, table or caption, or at a wide vertical gap), each band column by column.
 */
final class ColumnOrder {
    private static final Logger LOG = Logger.getLogger(ColumnOrder.class.getName());

    private ColumnOrder() {
    }

    /** Centers (frame x) of column gutters: bands almost no line crosses, with text on both sides. */
    static double[] gutters(List<LayoutLine> lines) {
        if (lines.size() < 6) {
            return new double[0];
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (LayoutLine l : lines) {
            for (double[] c : l.chunks) {
                minX = Math.min(minX, c[0]);
                maxX = Math.max(maxX, c[1]);
            }
        }
        int bins = (int) Math.ceil(maxX - minX) + 1;
        if (bins < 100 || bins > 20000) {
            return new double[0];
        }
        int[] diff = new int[bins + 1];
        for (LayoutLine l : lines) {
            for (double[] c : l.chunks) {
                diff[(int) Math.floor(c[0] - minX)]++;
                diff[Math.min(bins, (int) Math.ceil(c[1] - minX))]--;
            }
        }
        int[] cover = new int[bins];
        int run = 0;
        for (int i = 0; i < bins; i++) {
            run += diff[i];
            cover[i] = run;
        }
        // a gutter is a valley: few lines cross it compared with the columns beside it
        int[] leftMax = new int[bins];
        int[] rightMax = new int[bins];
        for (int b = 0, m = 0; b < bins; b++) {
            m = Math.max(m, cover[b]);
            leftMax[b] = m;
        }
        for (int b = bins - 1, m = 0; b >= 0; b--) {
            m = Math.max(m, cover[b]);
            rightMax[b] = m;
        }
        List<Double> found = new ArrayList<>();
        int i = 0;
        while (i < bins) {
            if (!valley(cover, leftMax, rightMax, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < bins && valley(cover, leftMax, rightMax, i)) {
                i++;
            }
            if (start == 0 || i >= bins || i - start < 5) {
                continue;
            }
            double gx = minX + emptiest(cover, start, i);
            boolean gutter = isGutter(lines, gx, maxX - minX, i - start >= 3 * TextLayout.medianSize(lines));
            if (LOG.isLoggable(Level.FINEST)) {
                LOG.finest("candidate gutter " + (minX + start) + ".." + (minX + i) + " ok=" + gutter);
            }
            if (gutter && (found.isEmpty() || gx - found.get(found.size() - 1) > 40)) {
                found.add(gx);
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The middle of the longest stretch with the fewest lines across, within a valley: a
     * column indented on one side (an abstract) widens the valley, but the gutter is where
     * nothing at all crosses.
     */
    private static double emptiest(int[] cover, int from, int to) {
        int min = Integer.MAX_VALUE;
        for (int b = from; b < to; b++) {
            min = Math.min(min, cover[b]);
        }
        int bestStart = from;
        int bestLength = 0;
        for (int b = from; b < to; b++) {
            if (cover[b] != min) {
                continue;
            }
            int e = b;
            while (e < to && cover[e] == min) {
                e++;
            }
            if (e - b > bestLength) {
                bestLength = e - b;
                bestStart = b;
            }
            b = e;
        }
        return bestStart + bestLength / 2.0;
    }

    private static boolean valley(int[] cover, int[] leftMax, int[] rightMax, int b) {
        return cover[b] <= 0.4 * Math.min(leftMax[b], rightMax[b]);
    }

    /**
     * Whether the page has columns left and right of {@code gx} somewhere: a run of lines, not
     * interrupted by a line crossing {@code gx} (a full-width table, caption or title), with
     * enough text of column width on both sides. Narrow "columns" (list labels, row names) do
     * not count unless the gap beside them is wide (line numbers in the margin).
     */
    private static boolean isGutter(List<LayoutLine> lines, double gx, double areaWidth, boolean wide) {
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        // beside a wide gap even a narrow column counts (line numbers in the margin)
        double minWidth = wide ? 0 : Math.max(40, 0.15 * areaWidth);
        for (LayoutLine l : lines) {
            boolean crosses = false;
            for (double[] c : l.chunks) {
                if (c[0] < gx && c[1] > gx) {
                    crosses = true;
                }
            }
            if (crosses) {
                if (columnsOnBothSides(left, right, minWidth, gx)) {
                    return true;
                }
                left.clear();
                right.clear();
                continue;
            }
            for (double[] c : l.chunks) {
                (c[1] <= gx ? left : right).add(c[1] - c[0]);
            }
        }
        return columnsOnBothSides(left, right, minWidth, gx);
    }

    private static boolean columnsOnBothSides(List<Double> left, List<Double> right, double minWidth, double gx) {
        boolean ok = left.size() >= 4 && right.size() >= 4
                && TextLayout.median(left.stream().mapToDouble(Double::doubleValue).toArray()) >= minWidth
                && TextLayout.median(right.stream().mapToDouble(Double::doubleValue).toArray()) >= minWidth;
        if (LOG.isLoggable(Level.FINEST)) {
            LOG.finest("  gutter " + gx + ": left " + left.size() + " right " + right.size() + " ok " + ok);
        }
        return ok;
    }

    /** Reading order: bands separated by full-width lines or wide vertical gaps, each read column by column. */
    static List<LinePiece> order(List<LayoutLine> lines, double[] gutters, double medianSize) {
        List<LinePiece> out = new ArrayList<>();
        int columns = gutters.length + 1;
        List<List<LinePiece>> band = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            band.add(new ArrayList<>());
        }
        double lastBase = Double.NaN;
        for (LayoutLine l : lines) {
            boolean spanning = false;
            for (double[] c : l.chunks) {
                for (double g : gutters) {
                    if (c[0] < g && c[1] > g) {
                        spanning = true;
                    }
                }
            }
            boolean gap = !Double.isNaN(lastBase) && lastBase - l.base > 3 * Math.max(medianSize, l.size);
            lastBase = l.base;
            if (spanning || gap || columns == 1) {
                flush(band, out);
            }
            if (spanning || columns == 1) {
                out.add(piece(l.words));
                continue;
            }
            List<List<LayoutWord>> perColumn = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                perColumn.add(new ArrayList<>());
            }
            for (LayoutWord w : l.words) {
                double mid = (w.x0 + w.x1) / 2;
                int c = 0;
                while (c < gutters.length && mid > gutters[c]) {
                    c++;
                }
                perColumn.get(c).add(w);
            }
            for (int c = 0; c < columns; c++) {
                if (!perColumn.get(c).isEmpty()) {
                    band.get(c).add(piece(perColumn.get(c)));
                }
            }
        }
        flush(band, out);
        return out;
    }

    private static void flush(List<List<LinePiece>> band, List<LinePiece> out) {
        for (List<LinePiece> column : band) {
            out.addAll(column);
            column.clear();
        }
    }

    private static LinePiece piece(List<LayoutWord> words) {
        double size = 0;
        double base = 0;
        for (LayoutWord w : words) {
            for (FrameGlyph f : w.glyphs) {
                if (f.g.size() > size) {
                    size = f.g.size();
                    base = f.y;
                }
            }
        }
        return new LinePiece(words, base, size);
    }
}
