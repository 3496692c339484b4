package dev.gloss.desktop.reader.render;

/**
 * Where the reader was in a document: a page, how far down it (in points, so it does not
 * depend on the zoom), and the zoom.
 *
 * @param page   the page at the top of the view, from 1
 * @param offset points from the top of that page to the top of the view
 * @param zoom   the zoom
 */
public record ReadingPosition(int page, double offset, Zoom zoom) {
}
