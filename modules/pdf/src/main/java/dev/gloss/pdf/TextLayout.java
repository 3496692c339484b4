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
    static boolean DEBUG = Boolean.getBoolean("gloss.pdf.debugLayout");

    private TextLayout() {
    }

    /** A glyph in its group's frame. */
    private static final class FG {
        final Glyph g;
        final double x0;
        final double x1;
        final double y;

        FG(Glyph g, double x0, double y) {
            this.g = g;
            this.x0 = x0;
            this.x1 = x0 + g.advance();
            this.y = y;
        }

        boolean blank() {
            return g.text().isBlank();
        }
    }

    private static final class WordB {
        final List<FG> glyphs = new ArrayList<>();
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;

        void add(FG f) {
            glyphs.add(f);
            x0 = Math.min(x0, f.x0);
            x1 = Math.max(x1, f.x1);
        }
    }

    private static final class LineB {
        final List<FG> glyphs = new ArrayList<>();
        final List<WordB> words = new ArrayList<>();
        /** Chunks: runs of words without a wide gap, as [x0, x1] pairs. */
        final List<double[]> chunks = new ArrayList<>();
        double base;
        double size;

        LineB(FG first) {
            base = first.y;
            size = first.g.size();
            glyphs.add(first);
        }

        void add(FG f) {
            glyphs.add(f);
            if (f.g.size() > size) {
                size = f.g.size();
                base = f.y;
            }
        }
    }

    /** A line, or one column's part of it, ready to be written out. */
    private record Piece(List<WordB> words, double base, double size) {
    }

    /**
     * @param rotation the page's /Rotate: text upright on the displayed page is read first
     */
    static PageText build(int page, int rotation, List<Glyph> glyphs) {
        Writer w = new Writer(page);
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

    private static List<Piece> layout(List<Glyph> glyphs, double dx, double dy) {
        double ux = -dy;
        double uy = dx;
        List<FG> fgs = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            fgs.add(new FG(g, g.x() * dx + g.y() * dy, g.x() * ux + g.y() * uy));
        }
        fgs.sort(Comparator.comparingDouble((FG f) -> -f.y).thenComparingDouble(f -> f.x0));
        List<LineB> lines = clusterLines(fgs);
        double medianSize = median(lines.stream().mapToDouble(l -> l.size).toArray());
        for (LineB l : lines) {
            splitWords(l);
        }
        lines.removeIf(l -> l.words.isEmpty());
        lines.sort(Comparator.comparingDouble((LineB l) -> -l.base));
        double[] gutters = gutters(lines);
        return order(lines, gutters, medianSize);
    }

    /** Clusters glyphs (sorted top to bottom) into lines by overlap of their x-height bands. */
    private static List<LineB> clusterLines(List<FG> fgs) {
        List<LineB> lines = new ArrayList<>();
        for (FG f : fgs) {
            LineB best = null;
            double bestRatio = 0.3;
            for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 16); i--) {
                LineB l = lines.get(i);
                double lo = Math.max(l.base, f.y);
                double hi = Math.min(l.base + 0.5 * l.size, f.y + 0.5 * f.g.size());
                double ratio = (hi - lo) / (0.5 * Math.min(l.size, f.g.size()));
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = l;
                }
            }
            if (best == null) {
                lines.add(new LineB(f));
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
    private static void mergeOrphans(List<LineB> lines) {
        for (int i = 0; i < lines.size(); i++) {
            LineB line = lines.get(i);
            for (List<FG> run : runs(line)) {
                if (run.size() > 8) {
                    continue;
                }
                double runSize = 0;
                double a = Double.MAX_VALUE;
                double b = -Double.MAX_VALUE;
                double base = run.get(0).y;
                for (FG f : run) {
                    runSize = Math.max(runSize, f.g.size());
                    a = Math.min(a, f.x0);
                    b = Math.max(b, f.x1);
                }
                LineB target = touching(lines, i, run, runSize, base, a, b);
                if (target != null) {
                    line.glyphs.removeAll(run);
                    target.glyphs.addAll(run);
                }
            }
        }
        lines.removeIf(l -> l.glyphs.isEmpty());
    }

    /** The line's glyphs split into horizontal runs at gaps wider than its font size. */
    private static List<List<FG>> runs(LineB line) {
        List<FG> sorted = new ArrayList<>(line.glyphs);
        sorted.sort(Comparator.comparingDouble(f -> f.x0));
        List<List<FG>> runs = new ArrayList<>();
        List<FG> cur = null;
        double end = 0;
        for (FG f : sorted) {
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

    private static LineB touching(List<LineB> lines, int i, List<FG> run, double runSize, double base, double a, double b) {
        for (int j = Math.max(0, i - 8); j < Math.min(lines.size(), i + 9); j++) {
            LineB big = lines.get(j);
            if (j == i || big.size < 1.1 * runSize) {
                continue;
            }
            double lo = Math.max(big.base - 0.3 * big.size, base);
            double hi = Math.min(big.base + 0.8 * big.size, base + 0.5 * runSize);
            if (hi - lo < 0.15 * runSize) {
                continue;
            }
            double slack = 0.5 * big.size;
            for (FG f : big.glyphs) {
                if (f.g.size() >= 1.1 * runSize && f.x0 <= b + slack && f.x1 >= a - slack) {
                    return big;
                }
            }
        }
        return null;
    }

    /** Splits a line into words at gaps wider than a fraction of a space, and into chunks at wide gaps. */
    private static void splitWords(LineB line) {
        line.glyphs.sort(Comparator.comparingDouble(f -> f.x0));
        WordB cur = null;
        FG prev = null;
        for (FG f : line.glyphs) {
            if (f.blank()) {
                cur = null;
                continue;
            }
            if (cur != null && (f.x0 - prev.x1 > wordGap(prev.g, f.g) || leavesScript(prev, f, line) || overprinted(prev, f))) {
                cur = null;
            }
            if (cur == null) {
                cur = new WordB();
                line.words.add(cur);
            }
            cur.add(f);
            prev = f;
        }
        double[] chunk = null;
        for (WordB w : line.words) {
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
    private static boolean leavesScript(FG a, FG b, LineB line) {
        boolean aScript = a.g.size() < 0.85 * line.size && Math.abs(a.y - line.base) > 0.12 * line.size;
        boolean bScript = b.g.size() < 0.85 * line.size && Math.abs(b.y - line.base) > 0.12 * line.size;
        return aScript && !bScript;
    }

    /** Distinct glyphs drawn on top of each other (form check boxes, radio buttons) are not one word. */
    private static boolean overprinted(FG a, FG b) {
        return a.g.advance() > 0 && b.x0 < a.x0 + 0.5 * a.g.advance()
                && Character.getType(b.g.text().charAt(0)) != Character.NON_SPACING_MARK;
    }

    private static double wordGap(Glyph a, Glyph b) {
        double size = Math.max(a.size(), b.size());
        double space = a.space() > 0 ? a.space() : 0.25 * size;
        return Math.max(0.08 * size, Math.min(0.5 * space, 0.15 * size));
    }

    /** Centers (frame x) of column gutters: bands almost no line crosses, with text on both sides. */
    private static double[] gutters(List<LineB> lines) {
        if (lines.size() < 6) {
            return new double[0];
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        int chunkCount = 0;
        for (LineB l : lines) {
            for (double[] c : l.chunks) {
                minX = Math.min(minX, c[0]);
                maxX = Math.max(maxX, c[1]);
                chunkCount++;
            }
        }
        int bins = (int) Math.ceil(maxX - minX) + 1;
        if (bins < 100 || bins > 20000) {
            return new double[0];
        }
        int[] diff = new int[bins + 1];
        for (LineB l : lines) {
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
            double gx = minX + (start + i) / 2.0;
            boolean gutter = isGutter(lines, gx, maxX - minX, i - start >= 3 * medianSize(lines));
            if (DEBUG) {
                System.err.println("candidate gutter " + (minX + start) + ".." + (minX + i) + " ok=" + gutter);
            }
            if (gutter && (found.isEmpty() || gx - found.get(found.size() - 1) > 40)) {
                found.add(gx);
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean valley(int[] cover, int[] leftMax, int[] rightMax, int b) {
        return cover[b] <= 0.4 * Math.min(leftMax[b], rightMax[b]);
    }

    /**
     * Whether the page has columns left and right of {@code gx} somewhere: a run of lines, not
     * interrupted by a line crossing {@code gx} (a full-width table, caption or title), with
     * enough text of column width on both sides. Narrow "columns" (list labels, row names) do
     * not count.
     */
    private static boolean isGutter(List<LineB> lines, double gx, double areaWidth, boolean wide) {
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        // beside a wide gap even a narrow column counts (line numbers in the margin)
        double minWidth = wide ? 0 : Math.max(40, 0.15 * areaWidth);
        for (LineB l : lines) {
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
                && median(left.stream().mapToDouble(Double::doubleValue).toArray()) >= minWidth
                && median(right.stream().mapToDouble(Double::doubleValue).toArray()) >= minWidth;
        if (DEBUG) {
            System.err.println("  gutter " + gx + ": left " + left.size() + " right " + right.size() + " ok " + ok);
        }
        return ok;
    }

    /** Reading order: bands separated by full-width lines or wide vertical gaps, each read column by column. */
    private static List<Piece> order(List<LineB> lines, double[] gutters, double medianSize) {
        List<Piece> out = new ArrayList<>();
        int columns = gutters.length + 1;
        List<List<Piece>> band = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            band.add(new ArrayList<>());
        }
        double lastBase = Double.NaN;
        for (LineB l : lines) {
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
            List<List<WordB>> perColumn = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                perColumn.add(new ArrayList<>());
            }
            for (WordB w : l.words) {
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

    private static void flush(List<List<Piece>> band, List<Piece> out) {
        for (List<Piece> column : band) {
            out.addAll(column);
            column.clear();
        }
    }

    private static Piece piece(List<WordB> words) {
        double size = 0;
        double base = 0;
        for (WordB w : words) {
            for (FG f : w.glyphs) {
                if (f.g.size() > size) {
                    size = f.g.size();
                    base = f.y;
                }
            }
        }
        return new Piece(words, base, size);
    }

    private static double medianSize(List<LineB> lines) {
        return median(lines.stream().mapToDouble(l -> l.size).toArray());
    }

    private static double median(double[] v) {
        if (v.length == 0) {
            return 10;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Writes pieces into the page text, recording per-character geometry and words. */
    private static final class Writer {
        private final int page;
        private final StringBuilder sb = new StringBuilder();
        private final List<Word> words = new ArrayList<>();
        private final List<TextLine> lines = new ArrayList<>();
        private int[] charLine = new int[1024];
        private float[] charFrom = new float[1024];
        private float[] charTo = new float[1024];

        Writer(int page) {
            this.page = page;
        }

        void write(List<Piece> pieces, double dx, double dy, int group) {
            double ux = -dy;
            double uy = dx;
            boolean joined = false;
            for (int p = 0; p < pieces.size(); p++) {
                Piece piece = pieces.get(p);
                Piece next = p + 1 < pieces.size() ? pieces.get(p + 1) : null;
                Hyphen hyphen = hyphen(piece, next);
                if (sb.length() > 0 && !joined) {
                    append('\n', -1, 0, 0);
                }
                joined = hyphen != Hyphen.NONE;
                int lineIndex = lines.size();
                int lineStart = sb.length();
                double origin = piece.words.get(0).x0;
                double top = 0;
                double bottom = 0;
                double end = 0;
                for (int wi = 0; wi < piece.words.size(); wi++) {
                    WordB w = piece.words.get(wi);
                    if (wi > 0) {
                        append(' ', -1, 0, 0);
                    }
                    int wordStart = sb.length();
                    double minX = Double.MAX_VALUE;
                    double minY = Double.MAX_VALUE;
                    double maxX = -Double.MAX_VALUE;
                    double maxY = -Double.MAX_VALUE;
                    boolean lastWord = wi == piece.words.size() - 1;
                    for (int gi = 0; gi < w.glyphs.size(); gi++) {
                        FG f = w.glyphs.get(gi);
                        Glyph g = f.g;
                        double gTop = f.y + g.ascent();
                        double gBottom = f.y - g.descent();
                        top = Math.max(top, gTop - piece.base);
                        bottom = Math.max(bottom, piece.base - gBottom);
                        end = Math.max(end, f.x1 - origin);
                        for (double[] c : new double[][] {{f.x0, gTop}, {f.x1, gTop}, {f.x0, gBottom}, {f.x1, gBottom}}) {
                            double x = c[0] * dx + c[1] * ux;
                            double y = c[0] * dy + c[1] * uy;
                            minX = Math.min(minX, x);
                            maxX = Math.max(maxX, x);
                            minY = Math.min(minY, y);
                            maxY = Math.max(maxY, y);
                        }
                        if (lastWord && gi == w.glyphs.size() - 1 && hyphen == Hyphen.DROP && sb.length() > wordStart) {
                            // the dropped hyphen still belongs to the highlight of the word's first half
                            charTo[sb.length() - 1] = (float) (f.x1 - origin);
                            continue;
                        }
                        String t = g.text();
                        int n = t.length();
                        for (int k = 0; k < n; k++) {
                            append(t.charAt(k), lineIndex, f.x0 - origin + g.advance() * k / n, f.x0 - origin + g.advance() * (k + 1) / n);
                        }
                    }
                    if (sb.length() > wordStart) {
                        words.add(new Word(sb.substring(wordStart), wordStart, sb.length(),
                                new dev.gloss.workspace.Rect(minX, minY, maxX, maxY)));
                    }
                }
                double ox = origin * dx + piece.base * ux;
                double oy = origin * dy + piece.base * uy;
                lines.add(new TextLine(lineStart, sb.length(), ox, oy, dx, dy, top, bottom, end, piece.size, group));
            }
        }

        private enum Hyphen { NONE, DROP, KEEP }

        /** Whether a line ends in a hyphenated word continued on the next line. */
        private static Hyphen hyphen(Piece piece, Piece next) {
            WordB last = piece.words.get(piece.words.size() - 1);
            String lastGlyph = last.glyphs.get(last.glyphs.size() - 1).g.text();
            if (!lastGlyph.equals("-") && !lastGlyph.equals("\u2010") && !lastGlyph.equals("\u00AD")) {
                return Hyphen.NONE;
            }
            String t = text(last);
            if (t.endsWith("\u00AD") && next != null) {
                return Hyphen.DROP;
            }
            if (next == null || t.length() < 3) {
                return Hyphen.NONE;
            }
            char h = t.charAt(t.length() - 1);
            if (h != '-' && h != '\u2010') {
                return Hyphen.NONE;
            }
            if (!Character.isLetter(t.charAt(t.length() - 2))) {
                return Hyphen.NONE;
            }
            String n = text(next.words.get(0));
            if (n.isEmpty() || !Character.isLowerCase(n.charAt(0))) {
                return Hyphen.NONE;
            }
            String stem = t.substring(0, t.length() - 1);
            // "state-of-the-" + "art": a compound keeps its hyphen
            return stem.indexOf('-') >= 0 || stem.indexOf('\u2010') >= 0 ? Hyphen.KEEP : Hyphen.DROP;
        }

        private static String text(WordB w) {
            StringBuilder s = new StringBuilder();
            for (FG f : w.glyphs) {
                s.append(f.g.text());
            }
            return s.toString();
        }

        private void append(char c, int line, double from, double to) {
            int i = sb.length();
            if (i == charLine.length) {
                int n = i * 2;
                charLine = Arrays.copyOf(charLine, n);
                charFrom = Arrays.copyOf(charFrom, n);
                charTo = Arrays.copyOf(charTo, n);
            }
            sb.append(c);
            charLine[i] = line;
            charFrom[i] = (float) from;
            charTo[i] = (float) to;
        }

        PageText finish() {
            int n = sb.length();
            return new PageText(page, sb.toString(), words, lines,
                    Arrays.copyOf(charLine, n), Arrays.copyOf(charFrom, n), Arrays.copyOf(charTo, n));
        }
    }
}
