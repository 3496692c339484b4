package dev.gloss.pdf;

import dev.gloss.workspace.Rect;

/**
 * A box on one page, in page space: where a reference entry, a caption or a heading stands.
 *
 * @param page the page, from 1
 * @param box  the box in page space
 */
public record PageArea(int page, Rect box) {
    /** The smallest box holding both (on the same page). */
    PageArea union(Rect other) {
        return new PageArea(page, new Rect(Math.min(box.left(), other.left()), Math.min(box.bottom(), other.bottom()),
                Math.max(box.right(), other.right()), Math.max(box.top(), other.top())));
    }

    /** Whether the point lies in the box grown by {@code margin} points on each side. */
    boolean contains(int page, double x, double y, double margin) {
        return page == this.page && x >= box.left() - margin && x <= box.right() + margin
                && y >= box.bottom() - margin && y <= box.top() + margin;
    }
}
