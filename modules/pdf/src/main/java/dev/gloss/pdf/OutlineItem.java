package dev.gloss.pdf;

import java.util.List;

/**
 * One bookmark of the document outline.
 *
 * @param title    the bookmark's title
 * @param page     the page it points to, from 1; 0 when it points nowhere resolvable
 * @param top      the height on that page it points to, in page space (points, y up): where the
 *                 heading is, for a bookmark made by hyperref or any writer that says; NaN when
 *                 it points at the whole page
 * @param children nested bookmarks
 */
public record OutlineItem(String title, int page, double top, List<OutlineItem> children) {
    public OutlineItem {
        children = List.copyOf(children);
    }

    /** A bookmark pointing at a whole page. */
    public OutlineItem(String title, int page, List<OutlineItem> children) {
        this(title, page, Double.NaN, children);
    }

    /** This item and all its descendants. */
    public int count() {
        int n = 1;
        for (OutlineItem c : children) {
            n += c.count();
        }
        return n;
    }
}
