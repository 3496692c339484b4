package dev.gloss.pdf;

import dev.gloss.workspace.Rect;
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

    /**
     * Appends the lines of one writing direction.
     *
     * @param dx    writing direction, unit vector x (page space)
     * @param dy    writing direction, unit vector y
     * @param group 0 for the main direction, more for margin stamps and rotated labels
     */
    void write(List<LinePiece> pieces, double dx, double dy, int group) {
        boolean joined = false;
        for (int p = 0; p < pieces.size(); p++) {
            LinePiece piece = pieces.get(p);
            Hyphen hyphen = hyphen(piece, p + 1 < pieces.size() ? pieces.get(p + 1) : null);
            if (sb.length() > 0 && !joined) {
                append('\n', -1, 0, 0);
            }
            joined = hyphen != Hyphen.NONE;
            int lineIndex = lines.size();
            int lineStart = sb.length();
            double origin = piece.words().get(0).x0;
            List<LayoutWord> ws = piece.words();
            for (int wi = 0; wi < ws.size(); wi++) {
                if (wi > 0) {
                    append(' ', -1, 0, 0);
                }
                writeWord(ws.get(wi), origin, lineIndex, wi == ws.size() - 1 && hyphen == Hyphen.DROP, dx, dy);
            }
            double top = 0;
            double bottom = 0;
            double end = 0;
            for (LayoutWord w : ws) {
                for (FrameGlyph f : w.glyphs) {
                    top = Math.max(top, f.y + f.g.ascent() - piece.base());
                    bottom = Math.max(bottom, piece.base() - (f.y - f.g.descent()));
                    end = Math.max(end, f.x1 - origin);
                }
            }
            // back from the frame (x along the text, y up) to page space
            double ox = origin * dx - piece.base() * dy;
            double oy = origin * dy + piece.base() * dx;
            lines.add(new TextLine(lineStart, sb.length(), ox, oy, dx, dy, top, bottom, end, piece.size(), group));
        }
    }

    /** Appends a word's characters with their extents along the line, and the word with its box. */
    private void writeWord(LayoutWord w, double origin, int lineIndex, boolean dropHyphen, double dx, double dy) {
        int wordStart = sb.length();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int gi = 0; gi < w.glyphs.size(); gi++) {
            FrameGlyph f = w.glyphs.get(gi);
            Glyph g = f.g;
            double top = f.y + g.ascent();
            double bottom = f.y - g.descent();
            for (int corner = 0; corner < 4; corner++) {
                double along = corner % 2 == 0 ? f.x0 : f.x1;
                double up = corner < 2 ? top : bottom;
                double x = along * dx - up * dy;
                double y = along * dy + up * dx;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            if (dropHyphen && gi == w.glyphs.size() - 1 && sb.length() > wordStart) {
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
            words.add(new Word(sb.substring(wordStart), wordStart, sb.length(), new Rect(minX, minY, maxX, maxY)));
        }
    }

    private enum Hyphen { NONE, DROP, KEEP }

    /** Whether a line ends in a hyphenated word continued on the next line. */
    private static Hyphen hyphen(LinePiece piece, LinePiece next) {
        LayoutWord last = piece.words().get(piece.words().size() - 1);
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

    private static String text(LayoutWord w) {
        StringBuilder s = new StringBuilder();
        for (FrameGlyph f : w.glyphs) {
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
