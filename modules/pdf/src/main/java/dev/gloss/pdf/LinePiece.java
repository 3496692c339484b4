package dev.gloss.pdf;

import java.util.List;

/** A line, or one column's part of it, in reading order, ready for {@link TextWriter} to write out. */
record LinePiece(List<LayoutWord> words, double base, double size) {
}
