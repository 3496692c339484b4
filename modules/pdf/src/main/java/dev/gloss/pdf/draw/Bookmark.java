package dev.gloss.pdf.draw;

import java.util.List;

/**
 * One entry of a document outline: a title that jumps to a place on a page.
 *
 * @param title    what the outline shows
 * @param page     the page, from 1
 * @param top      the y of the top of the view in page space (points from the bottom)
 * @param children the entries under it, in order
 */
public record Bookmark(String title, int page, int top, List<Bookmark> children) {
    public Bookmark {
        children = List.copyOf(children);
    }
}
