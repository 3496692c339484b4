package dev.gloss.pdf;

import dev.gloss.pdf.TextLayout.FG;
import dev.gloss.pdf.TextLayout.Piece;
import dev.gloss.pdf.TextLayout.WordB;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes pieces (lines in reading order) into the page text, recording each character's line
 * and extent and each word's box; joins a word hyphenated at a line end.
 */
final class TextWriter {
    private final int page;
    private final StringBuilder sb = new StringBuilder();
    private final List<Word> words = new ArrayList<>();
    private final List<TextLine> lines = new ArrayList<>();
    private int[] charLine = new int[1024];
    private float[] charFrom = new float[1024];
    private float[] charTo = new float[1024];

    TextWriter(int page) {
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
            double origin = piece.words().get(0).x0;
            double top = 0;
            double bottom = 0;
            double end = 0;
            for (int wi = 0; wi < piece.words().size(); wi++) {
                WordB w = piece.words().get(wi);
                if (wi > 0) {
                    append(' ', -1, 0, 0);
                }
                int wordStart = sb.length();
                double minX = Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                boolean lastWord = wi == piece.words().size() - 1;
                for (int gi = 0; gi < w.glyphs.size(); gi++) {
                    FG f = w.glyphs.get(gi);
                    Glyph g = f.g;
                    double gTop = f.y + g.ascent();
                    double gBottom = f.y - g.descent();
                    top = Math.max(top, gTop - piece.base());
                    bottom = Math.max(bottom, piece.base() - gBottom);
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
            double ox = origin * dx + piece.base() * ux;
            double oy = origin * dy + piece.base() * uy;
            lines.add(new TextLine(lineStart, sb.length(), ox, oy, dx, dy, top, bottom, end, piece.size(), group));
        }
    }

    private enum Hyphen { NONE, DROP, KEEP }

    /** Whether a line ends in a hyphenated word continued on the next line. */
    private static Hyphen hyphen(Piece piece, Piece next) {
        WordB last = piece.words().get(piece.words().size() - 1);
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
        String n = text(next.words().get(0));
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
