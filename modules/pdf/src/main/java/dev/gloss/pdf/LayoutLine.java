package dev.gloss.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A line being laid out: glyphs clustered by baseline ({@link LineBuilder}), then split into
 * words and chunks; its baseline and size are those of its largest glyph.
 */
final class LayoutLine {
    final List<FrameGlyph> glyphs = new ArrayList<>(64);
    final List<LayoutWord> words = new ArrayList<>();
    /** Chunks: runs of words without a wide gap, as [x0, x1] pairs. */
    final List<double[]> chunks = new ArrayList<>();
    double base;
    double size;

    LayoutLine(FrameGlyph first) {
        base = first.y;
        size = first.g.size();
        glyphs.add(first);
    }

    void add(FrameGlyph f) {
        glyphs.add(f);
        if (f.g.size() > size) {
            size = f.g.size();
            base = f.y;
        }
    }
}
