package dev.gloss.pdf;

import java.util.ArrayList;
import java.util.List;

/** A word being laid out: its glyphs and how far it reaches along the line. */
final class LayoutWord {
    final List<FrameGlyph> glyphs = new ArrayList<>();
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;

    void add(FrameGlyph f) {
        glyphs.add(f);
        x0 = Math.min(x0, f.x0);
        x1 = Math.max(x1, f.x1);
    }
}
