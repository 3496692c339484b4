package dev.gloss.pdf;

import java.awt.Composite;
import java.awt.CompositeContext;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;

/**
 * A separable blend mode (Multiply, Screen, ...) composited as PDFBox's {@code BlendComposite}
 * does, the same float arithmetic on the same 8-bit values, but on packed RGB pixels read a row
 * at a time. PDFBox's composite goes through the colour models' generic per-pixel conversions;
 * a figure made of nested Multiply groups (papermage.pdf page 4) spent two thirds of its 180 ms
 * there. Any other pair of colour models is left to PDFBox's composite.
 */
final class SeparableBlend implements Composite {
    private final BlendMode.BlendChannelFunction channel;
    private final float constantAlpha;
    /** PDFBox's composite for the same mode and alpha, for pixels this one does not read. */
    private final Composite general;

    /** @param general PDFBox's composite for {@code mode} and {@code constantAlpha} */
    SeparableBlend(BlendMode mode, float constantAlpha, Composite general) {
        if (!mode.isSeparableBlendMode()) {
            throw new IllegalArgumentException(mode + " is not separable");
        }
        this.channel = mode.getBlendChannelFunction();
        this.constantAlpha = constantAlpha;
        this.general = general;
    }

    @Override
    public CompositeContext createContext(ColorModel src, ColorModel dst, RenderingHints hints) {
        // Java2D hands a transformed image over premultiplied; the groups PDFBox draws into are not
        if (packedRgb(src) && packedRgb(dst) && !dst.isAlphaPremultiplied()) {
            return new Context(src.hasAlpha(), src.isAlphaPremultiplied(), dst.hasAlpha());
        }
        return general.createContext(src, dst, hints);
    }

    /** sRGB in an int, 8 bits a channel, alpha (if any) on top. */
    private static boolean packedRgb(ColorModel cm) {
        return cm instanceof DirectColorModel d && d.getTransferType() == DataBuffer.TYPE_INT
                && d.getColorSpace().isCS_sRGB() && d.getRedMask() == 0xff0000 && d.getGreenMask() == 0xff00
                && d.getBlueMask() == 0xff && (d.hasAlpha() ? d.getAlphaMask() == 0xff000000 : d.getPixelSize() <= 32);
    }

    private final class Context implements CompositeContext {
        private final boolean srcAlpha;
        private final boolean srcPremultiplied;
        private final boolean dstAlpha;

        Context(boolean srcAlpha, boolean srcPremultiplied, boolean dstAlpha) {
            this.srcAlpha = srcAlpha;
            this.srcPremultiplied = srcAlpha && srcPremultiplied;
            this.dstAlpha = dstAlpha;
        }

        @Override
        public void compose(Raster src, Raster dstIn, WritableRaster dstOut) {
            int width = Math.min(Math.min(src.getWidth(), dstIn.getWidth()), dstOut.getWidth());
            int height = Math.min(Math.min(src.getHeight(), dstIn.getHeight()), dstOut.getHeight());
            int[] s = new int[width];
            int[] d = new int[width];
            for (int y = 0; y < height; y++) {
                src.getDataElements(src.getMinX(), src.getMinY() + y, width, 1, s);
                dstIn.getDataElements(dstIn.getMinX(), dstIn.getMinY() + y, width, 1, d);
                for (int x = 0; x < width; x++) {
                    d[x] = blend(s[x], d[x]);
                }
                dstOut.setDataElements(dstOut.getMinX(), dstOut.getMinY() + y, width, 1, d);
            }
        }

        /**
         * One pixel, in PDFBox's order of operations (PDF 32000-1 11.3.6 with the backdrop's
         * alpha), its components read as ColorModel normalizes them.
         */
        private int blend(int src, int dst) {
            float alphaRead = srcAlpha ? (src >>> 24) / 255f : 1f;
            // a premultiplied colour is divided by its alpha; none is left where alpha is 0
            float unmultiply = !srcPremultiplied ? 255f : alphaRead != 0 ? alphaRead * 255f : Float.POSITIVE_INFINITY;
            float sa = alphaRead * constantAlpha;
            float da = dstAlpha ? (dst >>> 24) / 255f : 1f;
            float resultAlpha = da + sa - sa * da;
            float srcShare = resultAlpha > 0 ? sa / resultAlpha : 0;
            int out = dstAlpha ? toByte(resultAlpha) << 24 : 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                float sv = (src >> shift & 0xff) / unmultiply;
                float dv = (dst >> shift & 0xff) / 255f;
                float v = channel.blendChannel(sv, dv);
                v = sv + da * (v - sv);
                v = dv + srcShare * (v - dv);
                out |= toByte(v) << shift;
            }
            return out;
        }

        @Override
        public void dispose() {
            // nothing held
        }
    }

    /** As DirectColorModel turns a normalized component back into 8 bits. */
    private static int toByte(float v) {
        return (int) (v * 255f + 0.5f) & 0xff;
    }
}
