package dev.gloss.pdf;

import java.util.List;

/**
 * One bookmark of the document outline.
 *
 * @param title    the bookmark's title
 * @param page     the page it points to, from 1; 0 when it points nowhere resolvable
 * @param children nested bookmarks
 */
public record OutlineItem(String title, int page, List<OutlineItem> children) {
    public OutlineItem {
        children = List.copyOf(children);
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
