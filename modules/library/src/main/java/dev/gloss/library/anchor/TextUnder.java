package dev.gloss.library.anchor;

import dev.gloss.pdf.PageText;
import dev.gloss.pdf.TextRange;
import dev.gloss.pdf.Word;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.util.List;

/**
 * The text a markup's quads cover, found through the text layer: every character whose centre
 * lies inside one of the quads. Usually that is one passage in reading order; when the text
 * layer's reading order interleaves other text with it (a highlight across two columns the
 * extractor read line by line), only the covered characters make the quote.
 */
public final class TextUnder {
    /** Slack in points: quads drawn by readers rarely hug the glyphs exactly. */
    private static final double SLACK = 1.0;

    /**
     * What lies under a set of quads.
     *
     * @param range      from the first covered character to the last, in reading order
     * @param text       the covered characters; runs separated by uncovered text are joined by a space
     * @param contiguous true when {@code text} is exactly the text of {@code range}
     */
    public record Under(TextRange range, String text, boolean contiguous) {
    }

    private TextUnder() {
    }

    /** The range under the quads, or null when no text is there (a scanned page, a figure). */
    static TextRange of(PageText text, List<Quad> quads) {
        Under u = under(text, quads);
        return u == null ? null : u.range();
    }

    /** The text under the quads, or null when there is none. */
    public static Under under(PageText text, List<Quad> quads) {
        String s = text.text();
        boolean[] covered = new boolean[s.length()];
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Word w : text.words()) {
            if (!touchesAny(w.box(), quads)) {
                continue;
            }
            for (int i = w.start(); i < w.end(); i++) {
                List<Quad> glyph = text.quads(i, i + 1);
                if (glyph.isEmpty()) {
                    continue;
                }
                Quad g = glyph.get(0);
                double cx = (g.minX() + g.maxX()) / 2;
                double cy = (g.minY() + g.maxY()) / 2;
                for (Quad q : quads) {
                    if (inside(q, cx, cy)) {
                        covered[i] = true;
                        first = Math.min(first, i);
                        last = Math.max(last, i);
                        break;
                    }
                }
            }
        }
        if (last < 0) {
            return null;
        }
        int uncovered = 0;
        int letters = 0;
        for (int i = first; i <= last; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                letters++;
                if (!covered[i]) {
                    uncovered++;
                }
            }
        }
        TextRange range = new TextRange(first, last + 1);
        // a stray uncovered glyph or two (a hyphen, a mark drawn a little short) is still one passage
        if (uncovered <= Math.max(2, letters / 50)) {
            return new Under(range, s.substring(first, last + 1), true);
        }
        StringBuilder joined = new StringBuilder();
        boolean gap = false;
        for (int i = first; i <= last; i++) {
            char c = s.charAt(i);
            if (covered[i] || (Character.isWhitespace(c) && i > first && covered[i - 1])) {
                if (gap && joined.length() > 0 && !Character.isWhitespace(joined.charAt(joined.length() - 1))) {
                    joined.append(' ');
                }
                joined.append(c);
                gap = false;
            } else if (!Character.isWhitespace(c)) {
                gap = true;
            }
        }
        return new Under(range, joined.toString().strip(), false);
    }

    private static boolean touchesAny(Rect box, List<Quad> quads) {
        for (Quad q : quads) {
            if (box.right() >= q.minX() - SLACK && box.left() <= q.maxX() + SLACK
                    && box.top() >= q.minY() - SLACK && box.bottom() <= q.maxY() + SLACK) {
                return true;
            }
        }
        return false;
    }

    /** Whether a point is inside a quad: its bounding box when axis-aligned, else the polygon. */
    private static boolean inside(Quad q, double x, double y) {
        if (x < q.minX() - SLACK || x > q.maxX() + SLACK || y < q.minY() - SLACK || y > q.maxY() + SLACK) {
            return false;
        }
        // the polygon in drawing order: upper-left, upper-right, lower-right, lower-left
        double[] px = {q.x1(), q.x2(), q.x4(), q.x3()};
        double[] py = {q.y1(), q.y2(), q.y4(), q.y3()};
        boolean axisAligned = (px[0] == px[3] && px[1] == px[2]) || (py[0] == py[1] && py[2] == py[3]);
        if (axisAligned) {
            return true;
        }
        boolean in = false;
        for (int i = 0, j = 3; i < 4; j = i++) {
            if ((py[i] > y) != (py[j] > y) && x < (px[j] - px[i]) * (y - py[i]) / (py[j] - py[i]) + px[i]) {
                in = !in;
            }
        }
        return in;
    }
}
