package dev.gloss.pdf;

/**
 * One drawn glyph with its Unicode text, in page space (PDF default user space, absolute).
 * Package-private: the text layout's input.
 *
 * @param text    Unicode text of the glyph (ligatures already expanded); may be whitespace
 * @param x       baseline origin x
 * @param y       baseline origin y
 * @param dx      unit vector of the writing direction, x
 * @param dy      unit vector of the writing direction, y
 * @param advance length of the glyph's advance along the writing direction, points
 * @param size    font size in points as drawn
 * @param ascent  extent above the baseline, points
 * @param descent extent below the baseline, points (positive)
 * @param space   width of a space in this font at this size, points (0 if unknown)
 */
record Glyph(String text, double x, double y, double dx, double dy, double advance, double size,
        double ascent, double descent, double space) {
}
