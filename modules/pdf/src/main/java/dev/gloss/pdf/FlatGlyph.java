package dev.gloss.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.util.Arrays;

/**
 * A glyph outline at one device size, flattened to line segments in device pixels (origin at
 * the glyph origin), and its anti-aliased coverage at each quarter-pixel position, computed
 * when first asked for. Coverage is the exact area of each pixel inside the outline (signed
 * area accumulation, as font-rs and FreeType's smooth rasterizer do; nonzero winding), the
 * quality of mutool's glyphs, at about a microsecond a glyph where Java2D's general path
 * rasterizer takes ten. Thread-safe once built.
 */
final class FlatGlyph {
    /** Positions are rounded to 1/SUBPIXELS of a device pixel in x and y. */
    static final int SUBPIXELS = 4;
    /** Curves are flattened to within this many device pixels. */
    private static final double FLATNESS = 0.05;
    static final FlatGlyph EMPTY = new FlatGlyph(new float[0], 0, 0, 0, 0);

    /** x0, y0, x1, y1 of each segment. */
    private final float[] lines;
    private final float minX;
    private final float minY;
    private final float maxX;
    private final float maxY;
    private final Mask[] masks = new Mask[SUBPIXELS * SUBPIXELS];

    /**
     * A glyph's coverage (one byte a pixel, row by row), its top-left corner from the rounded
     * origin, and each row's first and past-last pixel with any coverage (the rest is blank).
     */
    record Mask(byte[] alpha, int width, int height, int dx, int dy, int[] rowStart, int[] rowEnd) {
        static final Mask EMPTY = new Mask(new byte[0], 0, 0, 0, 0, new int[0], new int[0]);
    }

    private FlatGlyph(float[] lines, float minX, float minY, float maxX, float maxY) {
        this.lines = lines;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    /**
     * Flattens an outline at a glyph-to-device transform (its translation ignored); null when it
     * fills by the even-odd rule or is larger than {@code maxSide} pixels either way.
     */
    static FlatGlyph of(GeneralPath path, AffineTransform glyphToDevice, int maxSide) {
        if (path.getWindingRule() != PathIterator.WIND_NON_ZERO) {
            return null;
        }
        AffineTransform at = new AffineTransform(glyphToDevice.getScaleX(), glyphToDevice.getShearY(),
                glyphToDevice.getShearX(), glyphToDevice.getScaleY(), 0, 0);
        Segments out = new Segments();
        float[] c = new float[6];
        float startX = 0;
        float startY = 0;
        float x = 0;
        float y = 0;
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (PathIterator it = path.getPathIterator(at, FLATNESS); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_CLOSE) {
                out.add(x, y, startX, startY); // filling closes the contour just ended
                if (type == PathIterator.SEG_CLOSE) {
                    x = startX;
                    y = startY;
                    continue;
                }
                startX = x = c[0];
                startY = y = c[1];
            } else {
                out.add(x, y, c[0], c[1]);
                x = c[0];
                y = c[1];
            }
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
        }
        out.add(x, y, startX, startY);
        if (out.n == 0 || !(x1 > x0) || !(y1 > y0)) {
            return EMPTY;
        }
        if (x1 - x0 > maxSide || y1 - y0 > maxSide) {
            return null;
        }
        return new FlatGlyph(Arrays.copyOf(out.xy, out.n), x0, y0, x1, y1);
    }

    /** Line segments as x0, y0, x1, y1; a segment of no length adds nothing. */
    private static final class Segments {
        float[] xy = new float[64];
        int n;

        void add(float ax, float ay, float bx, float by) {
            if (ax == bx && ay == by) {
                return;
            }
            if (n + 4 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[n++] = ax;
            xy[n++] = ay;
            xy[n++] = bx;
            xy[n++] = by;
        }
    }

    /** The mask with the glyph origin {@code px}/4, {@code py}/4 of a pixel right of and below a pixel corner. */
    Mask mask(int px, int py) {
        int i = px * SUBPIXELS + py;
        Mask m = masks[i];
        if (m == null) {
            m = lines.length == 0 ? Mask.EMPTY : rasterize((float) px / SUBPIXELS, (float) py / SUBPIXELS);
            masks[i] = m; // a race computes the same mask twice; its fields are final
        }
        return m;
    }

    /** Bytes this glyph holds, with all its masks made (an estimate for the cache's budget). */
    long bytes() {
        long area = (long) (maxX - minX + 3) * (long) (maxY - minY + 3);
        return 96 + 4L * lines.length + SUBPIXELS * SUBPIXELS * (32 + area);
    }

    private Mask rasterize(float offX, float offY) {
        int left = (int) Math.floor(minX + offX);
        int top = (int) Math.floor(minY + offY);
        int w = (int) Math.ceil(maxX + offX) - left;
        int h = (int) Math.ceil(maxY + offY) - top;
        // two columns of slack: a segment's area spills into the pixel right of its last one
        int stride = w + 2;
        float[] acc = new float[stride * h];
        float dx = offX - left;
        float dy = offY - top;
        for (int i = 0; i < lines.length; i += 4) {
            line(acc, stride, h, lines[i] + dx, lines[i + 1] + dy, lines[i + 2] + dx, lines[i + 3] + dy);
        }
        byte[] alpha = new byte[w * h];
        int[] rowStart = new int[h];
        int[] rowEnd = new int[h];
        for (int y = 0; y < h; y++) {
            float sum = 0;
            int row = y * stride;
            int first = w;
            int last = -1;
            for (int x = 0; x < w; x++) {
                sum += acc[row + x];
                float a = Math.abs(sum);
                int v = a >= 1 ? 255 : (int) (a * 255 + 0.5f);
                alpha[y * w + x] = (byte) v;
                if (v != 0) {
                    first = Math.min(first, x);
                    last = x;
                }
            }
            rowStart[y] = first;
            rowEnd[y] = last + 1;
        }
        return new Mask(alpha, w, h, left, top, rowStart, rowEnd);
    }

    /**
     * Adds a segment's signed area to the accumulation buffer: each pixel row it crosses gets, in
     * the pixels it passes, the part of the row's height it covers to their right (summed along
     * the row, these give each pixel's winding-weighted coverage).
     */
    private static void line(float[] acc, int stride, int h, float x0, float y0, float x1, float y1) {
        if (y0 == y1) {
            return;
        }
        float dir = 1;
        if (y0 > y1) {
            dir = -1;
            float t = x0;
            x0 = x1;
            x1 = t;
            t = y0;
            y0 = y1;
            y1 = t;
        }
        float dxdy = (x1 - x0) / (y1 - y0);
        float x = x0;
        if (y0 < 0) {
            x -= y0 * dxdy;
            y0 = 0;
        }
        y1 = Math.min(y1, h);
        for (int y = (int) y0; y < y1; y++) {
            int row = y * stride;
            float rowY0 = Math.max(y, y0);
            float rowY1 = Math.min(y + 1, y1);
            float d = (rowY1 - rowY0) * dir;
            float xNext = x + dxdy * (rowY1 - rowY0);
            float xa = Math.min(x, xNext);
            float xb = Math.max(x, xNext);
            int xaFloor = (int) Math.floor(xa);
            int xbCeil = (int) Math.ceil(xb);
            if (xbCeil <= xaFloor + 1) {
                // within one pixel: the part left of the segment's mean x stays in it
                float mid = 0.5f * (x + xNext) - xaFloor;
                acc[row + xaFloor] += d - d * mid;
                acc[row + xaFloor + 1] += d * mid;
            } else {
                float s = 1 / (xb - xa);
                float fa = xa - xaFloor;
                float a0 = 0.5f * s * (1 - fa) * (1 - fa);
                float fb = xb - xbCeil + 1;
                float am = 0.5f * s * fb * fb;
                acc[row + xaFloor] += d * a0;
                if (xbCeil == xaFloor + 2) {
                    acc[row + xaFloor + 1] += d * (1 - a0 - am);
                } else {
                    float a1 = s * (1.5f - fa);
                    acc[row + xaFloor + 1] += d * (a1 - a0);
                    for (int xi = xaFloor + 2; xi < xbCeil - 1; xi++) {
                        acc[row + xi] += d * s;
                    }
                    float a2 = a1 + (xbCeil - xaFloor - 3) * s;
                    acc[row + xbCeil - 1] += d * (1 - a2 - am);
                }
                acc[row + xbCeil] += d * am;
            }
            x = xNext;
        }
    }
}
