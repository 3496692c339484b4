package dev.gloss.pdf;

import dev.gloss.pdf.FlatGlyph.Mask;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Glyphs blended onto a page from their coverage masks ({@link FlatGlyph}, shared by all
 * documents through {@link GlyphMasks}) instead of each outline going through Java2D's general
 * path rasterizer, which costs far more than the few hundred pixels a glyph covers at reading
 * sizes. A mask is blended with Java2D's own arithmetic for an anti-aliased fill of a colour on
 * an RGB image, at the glyph's position rounded to a quarter of a device pixel. One per document;
 * not thread-safe: a document renders one page at a time.
 */
final class GlyphSprites {
    private static final int SUBPIXELS = FlatGlyph.SUBPIXELS;
    /** Glyphs larger than this on the device (either side, pixels) are filled as outlines. */
    static final int MAX_SIDE = 96;
    /** An outline hash for a glyph the font does not have. */
    private static final long MISSING = 0;

    private final Map<Object, Integer> fontIds = new IdentityHashMap<>();
    /** The outline hash of each (font, code) drawn so far. */
    private final Map<Long, Long> outlines = new HashMap<>();
    /** Each (font, code) at each size drawn so far, straight to its flattened glyph (no outline hashing). */
    private final Map<GlyphMasks.Key, FlatGlyph> recent = new HashMap<>();
    /** The shared cache's generation {@link #recent} points into. */
    private long generation = -1;
    /** The colour of the last glyphs drawn. */
    private Ink ink;

    /** The glyph outline, read from the font only when it is not known yet. */
    @FunctionalInterface
    interface OutlineSource {
        /** The outline in glyph space, or null to leave the glyph to the ordinary path. */
        GeneralPath outline() throws IOException;
    }

    /**
     * Blends a glyph filled with {@code color} (and the composite's extra alpha) into the pixels
     * of an RGB {@code target}, inside {@code clip} (device pixels).
     *
     * @param font          the font's identity (its dictionary): glyph codes are per font
     * @param glyphToDevice glyph space to device pixels
     * @return false when the glyph is too large, has no outline or fills by the even-odd rule;
     *         the caller fills it
     */
    boolean draw(BufferedImage target, Rectangle clip, Object font, int code, AffineTransform glyphToDevice,
            Color color, float extraAlpha, OutlineSource outline) throws IOException {
        long glyph = GlyphMasks.mix((long) fontId(font) << 32 | code & 0xffffffffL); // spread for hashing
        GlyphMasks.Key sized = GlyphMasks.Key.of(glyph, glyphToDevice);
        if (GlyphMasks.generation() != generation) {
            // the shared cache started again: so do the shortcuts into it
            generation = GlyphMasks.generation();
            recent.clear();
        }
        FlatGlyph g = recent.get(sized);
        if (g == null) {
            g = flat(glyph, glyphToDevice, outline);
            if (g == null) {
                return false;
            }
            recent.put(sized, g);
        }
        long qx = Math.round(glyphToDevice.getTranslateX() * SUBPIXELS);
        long qy = Math.round(glyphToDevice.getTranslateY() * SUBPIXELS);
        Mask m = g.mask((int) Math.floorMod(qx, SUBPIXELS), (int) Math.floorMod(qy, SUBPIXELS));
        if (m.width() > 0) {
            blend(target, clip, m, (int) Math.floorDiv(qx, SUBPIXELS) + m.dx(), (int) Math.floorDiv(qy, SUBPIXELS) + m.dy(),
                    color, extraAlpha);
        }
        return true;
    }

    /** The flattened glyph of (font, code) at a size: from the shared cache, else made and shared; null if it cannot be. */
    private FlatGlyph flat(long glyph, AffineTransform glyphToDevice, OutlineSource outline) throws IOException {
        Long known = outlines.get(glyph);
        GeneralPath path = null;
        if (known == null) {
            path = outline.outline();
            known = path == null ? MISSING : GlyphMasks.hash(path);
            outlines.put(glyph, known);
        }
        if (known == MISSING) {
            return null;
        }
        GlyphMasks.Key key = GlyphMasks.Key.of(known, glyphToDevice);
        FlatGlyph g = GlyphMasks.get(key);
        if (g == null) {
            if (path == null) {
                path = outline.outline();
            }
            g = path == null ? null : FlatGlyph.of(path, glyphToDevice, MAX_SIDE);
            if (g == null) {
                return null;
            }
            GlyphMasks.put(key, g);
        }
        return g;
    }

    /**
     * Java2D's anti-aliased fill of a colour over an opaque RGB image (its SrcOver mask fill):
     * the path coverage times the colour's alpha, each product by its 8-bit multiply table.
     */
    private void blend(BufferedImage target, Rectangle clip, Mask m, int x, int y, Color color, float extraAlpha) {
        int x0 = Math.max(x, clip.x);
        int y0 = Math.max(y, clip.y);
        int x1 = Math.min(x + m.width(), clip.x + clip.width);
        int y1 = Math.min(y + m.height(), clip.y + clip.height);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int[] dst = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int stride = target.getWidth();
        Ink ink = ink(color, extraAlpha);
        int[] overWhite = ink.overWhite;
        byte[] alpha = m.alpha();
        int[] rowStart = m.rowStart();
        int[] rowEnd = m.rowEnd();
        for (int row = y0; row < y1; row++) {
            int r = row - y;
            int from = Math.max(x0, x + rowStart[r]);
            int to = Math.min(x1, x + rowEnd[r]);
            int mi = r * m.width() + (from - x);
            int di = row * stride + from;
            for (int col = from; col < to; col++, mi++, di++) {
                int pathA = alpha[mi] & 0xff;
                if (pathA != 0) {
                    int d = dst[di];
                    dst[di] = (d & 0xffffff) == 0xffffff ? overWhite[pathA] : ink.over(pathA, d);
                }
            }
        }
    }

    private Ink ink(Color color, float extraAlpha) {
        // as SunGraphics2D folds the extra alpha into the colour
        int srcA = (int) (color.getAlpha() * extraAlpha + 0.5f);
        int argb = srcA << 24 | color.getRGB() & 0xffffff;
        if (ink == null || ink.argb != argb) {
            ink = new Ink(argb);
        }
        return ink;
    }

    /**
     * A colour as Java2D's anti-aliased fill applies it to an opaque RGB pixel (its SrcOver mask
     * fill): the path coverage times the colour's alpha, each product by its 8-bit multiply table;
     * and the results over white, the most common pixel, by coverage.
     */
    private static final class Ink {
        final int argb;
        final int srcA;
        final int srcR;
        final int srcG;
        final int srcB;
        final int[] overWhite = new int[256];

        Ink(int argb) {
            this.argb = argb;
            srcA = argb >>> 24;
            int r = (argb >> 16) & 0xff;
            int g = (argb >> 8) & 0xff;
            int b = argb & 0xff;
            if (srcA != 0xff) {
                r = mul8(srcA, r);
                g = mul8(srcA, g);
                b = mul8(srcA, b);
            }
            srcR = r;
            srcG = g;
            srcB = b;
            for (int a = 1; a < 256; a++) {
                overWhite[a] = over(a, 0xffffff);
            }
        }

        int over(int pathA, int d) {
            int resA = srcA;
            int resR = srcR;
            int resG = srcG;
            int resB = srcB;
            if (pathA != 0xff) {
                int p = pathA << 8;
                resA = MUL8[p | srcA] & 0xff;
                resR = MUL8[p | srcR] & 0xff;
                resG = MUL8[p | srcG] & 0xff;
                resB = MUL8[p | srcB] & 0xff;
            }
            if (resA != 0xff) {
                int f = (0xff - resA) << 8;
                resR += MUL8[f | (d >> 16) & 0xff] & 0xff;
                resG += MUL8[f | (d >> 8) & 0xff] & 0xff;
                resB += MUL8[f | d & 0xff] & 0xff;
            }
            return resR << 16 | resG << 8 | resB;
        }
    }

    /** Java2D's 8-bit multiply table ({@code mul8table} in AlphaMath.c): a * b / 255, rounded its way. */
    private static final byte[] MUL8 = new byte[256 * 256];

    static {
        for (int a = 1; a < 256; a++) {
            long inc = a * 0x10101L;
            for (int b = 1; b < 256; b++) {
                MUL8[a << 8 | b] = (byte) (((1L << 23) + b * inc) >>> 24);
            }
        }
    }

    static int mul8(int a, int b) {
        return MUL8[a << 8 | b] & 0xff;
    }

    private int fontId(Object font) {
        return fontIds.computeIfAbsent(font, f -> fontIds.size());
    }
}
