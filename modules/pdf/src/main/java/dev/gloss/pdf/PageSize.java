package dev.gloss.pdf;

/**
 * The size of a page as displayed: width and height in points with the page's /Rotate applied
 * (a landscape page rotated by 90 degrees has width &gt; height here).
 *
 * @param width    displayed width in points
 * @param height   displayed height in points
 * @param rotation the page's rotation, one of 0, 90, 180, 270 (clockwise)
 */
public record PageSize(double width, double height, int rotation) {
}
