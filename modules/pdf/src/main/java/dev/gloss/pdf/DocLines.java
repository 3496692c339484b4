package dev.gloss.pdf;

import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a page's main writing direction with their geometry, as the reference parser and
 * the caption and heading finders read them. Coordinates {@code left}, {@code right} and
 * {@code base} are in the direction's frame (x along the text, y up), which for an upright page
 * is page space itself.
 */
final class DocLines {
    private DocLines() {
    }

    /**
     * One line (or one column's part of a line).
     *
     * @param page   the page, from 1
     * @param start  offset of its first character in the page text
     * @param end    offset after its last character
     * @param text   its text
     * @param box    its box in page space
     * @param left   where it starts along the text
     * @param right  where it ends
     * @param base   its baseline, up the page
     * @param size   its dominant font size
     * @param joined whether the next line continues its last word (a hyphenated word joined)
     */
    record Ln(int page, int start, int end, String text, Rect box, double left, double right, double base, double size, boolean joined) {
        double height() {
            return box.height();
        }
    }

    /**
     * The page's lines in reading order (margin stamps and other directions left out). A line the
     * text layer built across a column gutter or a table's cells (a gap between words wider than
     * one and a half times its type size and three times the line's usual space) is cut there, so a caption or a heading that shares
     * a baseline with the other column still starts a line of its own.
     */
    static List<Ln> of(PageText t) {
        List<Ln> out = new ArrayList<>();
        String text = t.text();
        List<Word> words = t.words();
        int w = 0;
        for (TextLine l : t.lines()) {
            if (l.end() <= l.start()) {
                continue;
            }
            while (w < words.size() && words.get(w).start() < l.start()) {
                w++;
            }
            List<Word> mine = new ArrayList<>();
            for (int k = w; k < words.size() && words.get(k).start() < l.end(); k++) {
                mine.add(words.get(k));
            }
            if (l.group() != 0) {
                continue;
            }
            double base = -l.ox() * l.dy() + l.oy() * l.dx();
            boolean joined = l.end() < text.length() && text.charAt(l.end()) != '\n';
            boolean upright = Math.abs(l.dy()) < 1e-6 && l.dx() > 0;
            if (!upright || mine.size() < 2) {
                Quad q = l.quad(0, l.length());
                Rect box = new Rect(q.minX(), q.minY(), q.maxX(), q.maxY());
                double left = l.ox() * l.dx() + l.oy() * l.dy();
                out.add(new Ln(t.page(), l.start(), l.end(), text.substring(l.start(), l.end()), box, left, left + l.length(), base, l.size(), joined));
                continue;
            }
            double[] gaps = new double[mine.size() - 1];
            for (int k = 1; k < mine.size(); k++) {
                gaps[k - 1] = mine.get(k).box().left() - mine.get(k - 1).box().right();
            }
            // a justified line stretches all its spaces alike; a gutter is far wider than the line's other gaps
            double usual = ReferenceParser.median(gaps);
            int from = 0;
            for (int k = 1; k <= mine.size(); k++) {
                boolean cut = k == mine.size() || gaps[k - 1] > Math.max(9, 1.5 * l.size()) && gaps[k - 1] > 3 * usual;
                if (!cut) {
                    continue;
                }
                Word a = mine.get(from);
                Word b = mine.get(k - 1);
                Rect box = a.box();
                for (int i = from + 1; i < k; i++) {
                    box = ReferenceParser.union(box, mine.get(i).box());
                }
                // the line's own height, so that pieces of one line line up
                Quad q = l.quad(0, l.length());
                box = new Rect(box.left(), Math.min(box.bottom(), q.minY()), box.right(), Math.max(box.top(), q.maxY()));
                int end = k == mine.size() ? l.end() : b.end();
                out.add(new Ln(t.page(), a.start(), end, text.substring(a.start(), end), box, box.left(), box.right(), base, l.size(),
                        k == mine.size() && joined));
                from = k;
            }
        }
        return out;
    }
}
