package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.reader.render.ReadingPosition;

/**
 * A place of the view to come back to: the reading position (page, how far down it, zoom) and
 * how far it was scrolled sideways, in points.
 *
 * @param position where the top of the view was, and the zoom
 * @param left     points from the column's left edge to the view's left edge
 */
public record Spot(ReadingPosition position, double left) {
}
