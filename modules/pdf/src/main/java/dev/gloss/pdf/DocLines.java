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

    /** The page's lines in reading order (margin stamps and other directions left out). */
    static List<Ln> of(PageText t) {
        List<Ln> out = new ArrayList<>();
        String text = t.text();
        for (TextLine l : t.lines()) {
            if (l.group() != 0 || l.end() <= l.start()) {
                continue;
            }
            Quad q = l.quad(0, l.length());
            Rect box = new Rect(q.minX(), q.minY(), q.maxX(), q.maxY());
            double left = l.ox() * l.dx() + l.oy() * l.dy();
            double base = -l.ox() * l.dy() + l.oy() * l.dx();
            boolean joined = l.end() < text.length() && text.charAt(l.end()) != '\n';
            out.add(new Ln(t.page(), l.start(), l.end(), text.substring(l.start(), l.end()), box, left, left + l.length(), base, l.size(), joined));
        }
        return out;
    }
}
