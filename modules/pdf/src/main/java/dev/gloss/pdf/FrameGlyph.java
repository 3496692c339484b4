package dev.gloss.pdf;

/**
 * A glyph in the frame of its writing direction (x along the text, y up, see {@link TextLayout}):
 * where it starts and ends along the line and the height of its baseline.
 */
final class FrameGlyph {
    final Glyph g;
    final double x0;
    final double x1;
    final double y;

    FrameGlyph(Glyph g, double x0, double y) {
        this.g = g;
        this.x0 = x0;
        this.x1 = x0 + g.advance();
        this.y = y;
    }

    boolean blank() {
        return g.text().isBlank();
    }
}
