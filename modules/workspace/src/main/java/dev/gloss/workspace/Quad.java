package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Four corners of a marked run of text in PDF user space (points, origin bottom-left),
 * in the order PDF QuadPoints use: upper-left, upper-right, lower-left, lower-right.
 * Stored as an array of eight numbers.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"x1", "y1", "x2", "y2", "x3", "y3", "x4", "y4"})
public record Quad(double x1, double y1, double x2, double y2, double x3, double y3, double x4, double y4) {

    /** A quad for the axis-aligned rectangle with lower-left (x0, y0) and upper-right (x1, y1). */
    public static Quad ofRect(double left, double bottom, double right, double top) {
        return new Quad(left, top, right, top, left, bottom, right, bottom);
    }

    public double minX() { return Math.min(Math.min(x1, x2), Math.min(x3, x4)); }
    public double maxX() { return Math.max(Math.max(x1, x2), Math.max(x3, x4)); }
    public double minY() { return Math.min(Math.min(y1, y2), Math.min(y3, y4)); }
    public double maxY() { return Math.max(Math.max(y1, y2), Math.max(y3, y4)); }
}
