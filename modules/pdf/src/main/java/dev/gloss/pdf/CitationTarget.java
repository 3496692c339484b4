package dev.gloss.pdf;

import java.util.List;

/**
 * Where a citation or a cross-reference leads: a reference entry, a figure or table with its
 * caption, an equation, a heading, or (for a link of another kind) just a place on a page.
 *
 * @param kind      what stands there
 * @param page      the page to go to, from 1
 * @param top       the y (page space) to scroll to, NaN when only the page is known
 * @param areas     what a preview shows: the entry, the figure with its caption, the equation's line,
 *                  the heading; empty when only the place is known
 * @param reference the reference entry when {@code kind} is {@link Citation.Kind#REFERENCE}, else null
 * @param text      the entry's text, the caption, the heading or the equation's line; null when unknown
 */
public record CitationTarget(Citation.Kind kind, int page, double top, List<PageArea> areas, Reference reference, String text) {
    public CitationTarget {
        areas = List.copyOf(areas);
    }
}
