package dev.gloss.library;

import dev.gloss.pdf.PageText;
import dev.gloss.pdf.TextRange;
import dev.gloss.pdf.Word;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.util.List;

/**
 * The text a markup's quads cover, found through the text layer: every character whose centre
 * lies inside one of the quads. The range runs from the first such character to the last in
 * reading order, so a highlight over a line break reads as one passage.
 */
final class TextUnder {
    /** Slack in points: quads drawn by readers rarely hug the glyphs exactly. */
    private static final double SLACK = 1.0;

    private TextUnder() {
    }

    /** The range under the quads, or null when no text is there (a scanned page, a figure). */
    static TextRange of(PageText text, List<Quad> quads) {
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
                        first = Math.min(first, i);
                        last = Math.max(last, i);
                        break;
                    }
                }
            }
        }
        return last < 0 ? null : new TextRange(first, last + 1);
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
