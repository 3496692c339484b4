package dev.gloss.workspace;

/** An axis-aligned rectangle in PDF user space (points, origin bottom-left). */
public record Rect(double left, double bottom, double right, double top) {
    public double width() { return right - left; }
    public double height() { return top - bottom; }
}
