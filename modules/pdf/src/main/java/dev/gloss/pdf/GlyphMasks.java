package dev.gloss.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Glyph outlines flattened at device sizes ({@link FlatGlyph}, with their coverage masks), shared
 * by every open document and render thread: the same outline (the same glyph of a font subset
 * embedded again on every page, or in the next paper) at the same size has the same pixels.
 * Outlines are known by a 64-bit hash of their segments and coordinates. Bounded by the bytes it
 * holds; when full, it starts again. Thread-safe.
 */
final class GlyphMasks {
    /** The budget for all glyphs. */
    static final long MAX_BYTES = 32L << 20;
    private static final ConcurrentHashMap<Key, FlatGlyph> GLYPHS = new ConcurrentHashMap<>(4096);
    private static final AtomicLong BYTES = new AtomicLong();
    /** Counts the times the cache started again, so that shortcuts into it know to go. */
    private static final AtomicLong GENERATION = new AtomicLong();

    private GlyphMasks() {
    }

    /**
     * Which glyph: the outline's hash and the glyph-to-device matrix (its entries in steps of
     * 2^-14 device pixels per glyph unit: at most 1/16 pixel over a 1000-unit em).
     */
    record Key(long outline, int m00, int m10, int m01, int m11) {
        private static final double STEP = 1 << 14;

        static Key of(long outline, java.awt.geom.AffineTransform glyphToDevice) {
            return new Key(outline, q(glyphToDevice.getScaleX()), q(glyphToDevice.getShearY()),
                    q(glyphToDevice.getShearX()), q(glyphToDevice.getScaleY()));
        }

        private static int q(double m) {
            return (int) Math.round(m * STEP);
        }

        // written out: the record's own go through method handles, ~2% of a page's render on JDK 17
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.outline == outline && k.m00 == m00 && k.m10 == m10 && k.m01 == m01
                    && k.m11 == m11;
        }

        @Override
        public int hashCode() {
            return (((Long.hashCode(outline) * 31 + m00) * 31 + m10) * 31 + m01) * 31 + m11;
        }
    }

    static FlatGlyph get(Key key) {
        return GLYPHS.get(key);
    }

    static void put(Key key, FlatGlyph glyph) {
        if (GLYPHS.putIfAbsent(key, glyph) == null && BYTES.addAndGet(glyph.bytes()) > MAX_BYTES) {
            clear();
        }
    }

    /** Forgets every glyph (a benchmark starts each pass from nothing). */
    static void clear() {
        GENERATION.incrementAndGet();
        GLYPHS.clear();
        BYTES.set(0);
    }

    static long generation() {
        return GENERATION.get();
    }

    /** A 64-bit hash of an outline's winding rule, segment types and coordinates (never 0). */
    static long hash(GeneralPath path) {
        long h = 0x9E3779B97F4A7C15L ^ path.getWindingRule();
        float[] c = new float[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            h = mix(h ^ type);
            int n = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                default -> 0;
            };
            for (int i = 0; i < n; i += 2) {
                h = mix(h ^ ((long) Float.floatToIntBits(c[i]) << 32 | Float.floatToIntBits(c[i + 1]) & 0xffffffffL));
            }
        }
        return h == 0 ? 1 : h;
    }

    /** SplitMix64's finalizer: every input bit moves every output bit, and no two inputs give one output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
