package dev.gloss.pdf;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The common images of papers (8-bit DeviceRGB or DeviceGray, or RGB or grey in an ICC profile,
 * Flate or LZW or unfiltered, with or without a same-size 8-bit soft mask) decoded straight into
 * the image PDFBox would make, of the same type and size, without PDFBox's pixel-by-pixel
 * colour conversion and mask application, which cost several times the decompression (an ICC
 * profile's conversion is PDFBox's, of the whole image at once); the same pixels, but that a
 * smaller image averages the samples PDFBox would skip ({@link #decode}). Any other image PDFBox
 * decodes, and a smaller one is averaged down from finer samples than PDFBox would take
 * ({@link #averagedByPdfBox}). Images are kept (softly) for the next render of the page, as
 * PDFBox keeps its own. One per document; not thread-safe: a document renders one page at a time.
 */
final class FastImages {
    private record Decoded(SoftReference<BufferedImage> image, int subsampling) {
    }

    /** The most pixels PDFBox decodes an image into for {@link #averagedByPdfBox} (64 MB as ARGB). */
    static final long MAX_FINE_PIXELS = 16_000_000L;

    private final Map<COSBase, Decoded> decoded = new IdentityHashMap<>();

    /**
     * The image to hand to PDFBox's drawer instead of {@code x}, or null to draw {@code x} itself
     * (a stencil mask, an image of a layer). One this class does not decode is decoded by PDFBox,
     * finer than PDFBox would, and averaged down ({@link #averagedByPdfBox}).
     */
    PDImage wrap(PDImageXObject x) throws IOException {
        // PDFBox's drawer hides an image of a hidden layer only when it sees the image itself
        if (x.isStencil() || x.getOptionalContent() != null) {
            return null;
        }
        return new Wrapped(x, supported(x));
    }

    static boolean supported(PDImageXObject x) throws IOException {
        if (x.isStencil() || !plain(x)) {
            return false;
        }
        COSDictionary dict = x.getCOSObject();
        if (dict.containsKey(COSName.MASK)) {
            return false; // a colour key or an image mask
        }
        PDImageXObject mask = x.getSoftMask();
        return mask == null || (plain(mask) && mask.getColorSpace() instanceof PDDeviceGray
                && mask.getWidth() == x.getWidth() && mask.getHeight() == x.getHeight()
                && !mask.getCOSObject().containsKey(COSName.MATTE));
    }

    /** 8 bits a component, device RGB or grey, no decode array, filters this class reads as PDFBox does. */
    private static boolean plain(PDImageXObject x) throws IOException {
        if (x.getBitsPerComponent() != 8 || x.getDecode() != null || x.getWidth() <= 0 || x.getHeight() <= 0) {
            return false;
        }
        PDColorSpace cs = x.getColorSpace();
        if (cs != PDDeviceRGB.INSTANCE && cs != PDDeviceGray.INSTANCE && !iccRgbOrGrey(cs)) {
            return false;
        }
        List<COSName> filters = x.getStream().getFilters();
        for (COSName f : filters) {
            if (!COSName.FLATE_DECODE.equals(f) && !COSName.LZW_DECODE.equals(f)) {
                return false;
            }
        }
        return true;
    }

    /** An ICC colour space of RGB or grey samples from 0 to 1, whose conversion {@link #toSrgb} hands to PDFBox. */
    private static boolean iccRgbOrGrey(PDColorSpace cs) {
        return cs instanceof PDICCBased icc
                && (icc.getColorSpaceType() == ColorSpace.TYPE_RGB && icc.getNumberOfComponents() == 3
                        || icc.getColorSpaceType() == ColorSpace.TYPE_GRAY && icc.getNumberOfComponents() == 1)
                && Arrays.equals(icc.getDefaultDecode(8), icc.getNumberOfComponents() == 3
                        ? new float[] {0, 1, 0, 1, 0, 1} : new float[] {0, 1});
    }

    /**
     * The image made {@code subsampling} times smaller each way, the size PDFBox's
     * SampledImageReader gives it; components packed into TYPE_INT_RGB as its
     * {@code toRGBImage} does, the soft mask's samples as alpha of a TYPE_INT_ARGB image, as its
     * {@code applyMask} does for a mask of the image's size. At 1, PDFBox's pixels exactly.
     * Subsampled, each pixel is the average of the block of samples it stands for, where PDFBox
     * keeps the block's first sample: a figure's thin lines and small lettering, drawn at a
     * paper's resolution and shown eight times smaller, would otherwise come and go with the zoom.
     */
    BufferedImage decode(PDImageXObject x, int subsampling) throws IOException {
        Decoded d = decoded.get(x.getCOSObject());
        BufferedImage cached = d == null ? null : d.image().get();
        if (cached != null && d.subsampling() <= subsampling) {
            return cached;
        }
        int w = (int) Math.ceil((double) x.getWidth() / subsampling);
        int h = (int) Math.ceil((double) x.getHeight() / subsampling);
        PDImageXObject mask = x.getSoftMask();
        BufferedImage img = new BufferedImage(w, h, mask == null ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        int[] out = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        PDColorSpace space = x.getColorSpace();
        boolean rgb = space.getNumberOfComponents() == 3;
        if (subsampling > 1) {
            averaged(x, mask, subsampling, rgb ? 3 : 1, out, w);
        } else {
            read(x, rgb ? 3 : 1, (i, s, o) -> {
                out[i] = rgb ? (s[o] & 0xff) << 16 | (s[o + 1] & 0xff) << 8 | s[o + 2] & 0xff : (s[o] & 0xff) * 0x010101;
            });
            if (mask != null) {
                read(mask, 1, (i, s, o) -> out[i] = (out[i] & 0xffffff) | (s[o] & 0xff) << 24);
            }
        }
        if (space instanceof PDICCBased icc) {
            toSrgb(icc, out, w, h, rgb ? 3 : 1);
        }
        decoded.put(x.getCOSObject(), new Decoded(new SoftReference<>(img), subsampling));
        return img;
    }

    /**
     * {@code pixels}' colours, so far samples of {@code icc} (their red, green and blue, or grey
     * in each), converted to sRGB by PDFBox's own conversion of that colour space, alpha kept.
     * PDFBox converts an image with a colour conversion it keeps per colour space, so its
     * transform is built once; a smaller image is converted after its samples were averaged.
     */
    static void toSrgb(PDICCBased icc, int[] pixels, int w, int h, int components) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, components, null);
        byte[] samples = ((DataBufferByte) raster.getDataBuffer()).getData();
        for (int i = 0, o = 0; i < w * h; i++) {
            int c = pixels[i];
            if (components == 3) {
                samples[o++] = (byte) (c >> 16);
                samples[o++] = (byte) (c >> 8);
            }
            samples[o++] = (byte) c;
        }
        BufferedImage converted = icc.toRGBImage(raster);
        int[] rgb = converted.getType() == BufferedImage.TYPE_INT_RGB
                && converted.getRaster().getDataBuffer() instanceof DataBufferInt ints
                        ? ints.getData() : converted.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < w * h; i++) {
            pixels[i] = (pixels[i] & 0xff000000) | (rgb[i] & 0xffffff);
        }
    }

    @FunctionalInterface
    private interface Sample {
        void put(int pixel, byte[] row, int offset);
    }

    private static void read(PDImageXObject x, int components, Sample sample) throws IOException {
        int width = x.getWidth();
        int height = x.getHeight();
        byte[] row = new byte[width * components];
        try (InputStream in = x.createInputStream()) {
            int pixel = 0;
            for (int y = 0; y < height; y++) {
                // a short row keeps what was read before it, as PDFBox's reader does
                in.readNBytes(row, 0, row.length);
                for (int sx = 0; sx < width; sx++) {
                    sample.put(pixel++, row, sx * components);
                }
            }
        }
    }

    /**
     * Each {@code s} x {@code s} block of samples (fewer at the right and bottom edges) averaged
     * into one pixel, from every {@code step}-th sample of every {@code step}-th row of the block:
     * a quarter of the block from 8 on, since summing every sample of a large figure cost a young
     * JVM's first render of it about 50 ms; a line narrower than a quarter of a pixel may then
     * be missed. With a soft mask, colours are weighted by their alpha, so that what is
     * transparent does not tint what is not: the block composites as its samples would.
     */
    private static void averaged(PDImageXObject x, PDImageXObject mask, int s, int components, int[] out, int w)
            throws IOException {
        int width = x.getWidth();
        int height = x.getHeight();
        int step = step(s);
        byte[] row = new byte[width * components];
        byte[] opaqueRow = new byte[width];
        Arrays.fill(opaqueRow, (byte) 0xff);
        byte[] alphaRow = opaqueRow.clone();
        // per sample column: the block's sums so far; alpha is 255 a sample in an opaque row
        long[] red = new long[width];
        long[] green = new long[width];
        long[] blue = new long[width];
        long[] alpha = new long[width];
        int greenAt = components == 3 ? 1 : 0; // a grey sample is its own red, green and blue
        int blueAt = components == 3 ? 2 : 0;
        try (InputStream in = x.createInputStream(); InputStream m = mask == null ? null : mask.createInputStream()) {
            for (int y = 0; y < height; y++) {
                // a short row keeps what was read before it, as PDFBox's reader does
                in.readNBytes(row, 0, row.length);
                if (m != null) {
                    m.readNBytes(alphaRow, 0, width);
                }
                if ((y % s) % step == 0) {
                    boolean opaque = m == null || Arrays.mismatch(alphaRow, opaqueRow) < 0;
                    for (int block = 0; block < width; block += s) {
                        for (int sx = block, end = Math.min(width, block + s); sx < end; sx += step) {
                            int o = sx * components;
                            int a = opaque ? 255 : alphaRow[sx] & 0xff;
                            red[sx] += (row[o] & 0xff) * a;
                            green[sx] += (row[o + greenAt] & 0xff) * a;
                            blue[sx] += (row[o + blueAt] & 0xff) * a;
                            alpha[sx] += a;
                        }
                    }
                }
                if (y % s == s - 1 || y == height - 1) {
                    int rows = (y % s) / step + 1;
                    int base = (y / s) * w;
                    for (int ox = 0; ox < w; ox++) {
                        long r = 0;
                        long g = 0;
                        long b = 0;
                        long a = 0;
                        int columns = 0;
                        for (int sx = ox * s, end = Math.min(width, sx + s); sx < end; sx += step) {
                            r += red[sx];
                            g += green[sx];
                            b += blue[sx];
                            a += alpha[sx];
                            columns++;
                        }
                        int pixel = a == 0 ? 0 : mean(r, a) << 16 | mean(g, a) << 8 | mean(b, a);
                        out[base + ox] = mask == null ? pixel : mean(a, (long) rows * columns) << 24 | pixel;
                    }
                    Arrays.fill(red, 0);
                    Arrays.fill(green, 0);
                    Arrays.fill(blue, 0);
                    Arrays.fill(alpha, 0);
                }
            }
        }
    }

    /** Which samples of a block of {@code s} are averaged: every one up to 7, then every {@code s / 4}-th. */
    static int step(int s) {
        return Math.max(1, s / 4);
    }

    /**
     * An image this class does not decode (another colour space, JPEG, a colour key...) made
     * {@code s} times smaller as {@link #decode} makes one: PDFBox decodes it at every
     * {@link #fine}-th sample (its colour conversion, sample by sample, is what costs: about
     * four samples a pixel instead of PDFBox's one), and each block of those is averaged.
     */
    BufferedImage averagedByPdfBox(PDImageXObject x, int s) throws IOException {
        return averagedByPdfBox(x, s, MAX_FINE_PIXELS);
    }

    /** As {@link #averagedByPdfBox(PDImageXObject, int)}, PDFBox's own samples when the finer ones would be more than {@code maxFinePixels}. */
    BufferedImage averagedByPdfBox(PDImageXObject x, int s, long maxFinePixels) throws IOException {
        Decoded d = decoded.get(x.getCOSObject());
        BufferedImage cached = d == null ? null : d.image().get();
        if (cached != null && d.subsampling() <= s) {
            return cached;
        }
        int fine = fine(s);
        long finePixels = (long) ((x.getWidth() + fine - 1) / fine) * ((x.getHeight() + fine - 1) / fine);
        if (finePixels > maxFinePixels) {
            return x.getImage(null, s); // a huge scan: PDFBox's own samples, in a quarter of the memory
        }
        BufferedImage img = shrink(x.getImage(null, fine), fine, s, (int) Math.ceil((double) x.getWidth() / s),
                (int) Math.ceil((double) x.getHeight() / s));
        decoded.put(x.getCOSObject(), new Decoded(new SoftReference<>(img), s));
        return img;
    }

    /** Which samples PDFBox reads of an image {@code s} times smaller: every {@code s / 2}-th, rounded up. */
    static int fine(int s) {
        return (s + 1) / 2;
    }

    /**
     * {@code image}, every {@code fine}-th sample of an image, as {@code w} x {@code h} pixels
     * each averaging the samples it has of a block of {@code s} x {@code s}: colours weighted by
     * alpha, as in {@link #averaged}.
     */
    static BufferedImage shrink(BufferedImage image, int fine, int s, int w, int h) {
        boolean hasAlpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(w, h, hasAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int iw = image.getWidth();
        int ih = image.getHeight();
        int[] row = new int[iw];
        int type = image.getType();
        int[] packed = (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints && ints.getNumBanks() == 1
                && image.getRaster().getParent() == null && ints.getOffset() == 0 ? ints.getData() : null;
        long[] red = new long[w];
        long[] green = new long[w];
        long[] blue = new long[w];
        long[] alpha = new long[w];
        int[] count = new int[w];
        for (int oy = 0; oy < h; oy++) {
            // the samples of the block's rows that the fine image has: j * fine within [oy * s, oy * s + s)
            for (int jy = first(oy, s, fine, ih), endY = end(oy, s, fine, ih); jy < endY; jy++) {
                if (packed != null) { // PDFBox's usual images: the pixels as they are, not one by one through the colour model
                    System.arraycopy(packed, jy * iw, row, 0, iw);
                } else {
                    image.getRGB(0, jy, iw, 1, row, 0, iw);
                }
                for (int ox = 0; ox < w; ox++) {
                    for (int jx = first(ox, s, fine, iw), endX = end(ox, s, fine, iw); jx < endX; jx++) {
                        int c = row[jx];
                        int a = hasAlpha ? c >>> 24 : 255;
                        red[ox] += (long) ((c >> 16) & 0xff) * a;
                        green[ox] += (long) ((c >> 8) & 0xff) * a;
                        blue[ox] += (long) (c & 0xff) * a;
                        alpha[ox] += a;
                        count[ox]++;
                    }
                }
            }
            for (int ox = 0; ox < w; ox++) {
                long a = alpha[ox];
                int pixel = a == 0 ? 0 : mean(red[ox], a) << 16 | mean(green[ox], a) << 8 | mean(blue[ox], a);
                pixels[oy * w + ox] = hasAlpha ? mean(a, count[ox]) << 24 | pixel : pixel;
            }
            Arrays.fill(red, 0);
            Arrays.fill(green, 0);
            Arrays.fill(blue, 0);
            Arrays.fill(alpha, 0);
            Arrays.fill(count, 0);
        }
        return out;
    }

    /**
     * The first of the fine samples (every {@code fine}-th of {@code n}) that fall in block
     * {@code b} of {@code s} samples; the last fine sample when none does (a narrow last block).
     */
    private static int first(int b, int s, int fine, int n) {
        return Math.min(n - 1, (b * s + fine - 1) / fine);
    }

    /** After the last of the fine samples that fall in block {@code b}; at least one after {@link #first}. */
    private static int end(int b, int s, int fine, int n) {
        return Math.max(first(b, s, fine, n) + 1, Math.min(n, (b * s + s + fine - 1) / fine));
    }

    /** {@code sum / n} rounded half up. */
    private static int mean(long sum, long n) {
        return (int) ((sum + n / 2) / n);
    }

    /** The image as PDFBox sees it, whose pixels come from {@link #decode}. */
    private final class Wrapped implements PDImage {
        private final PDImageXObject x;
        /** Whether {@link #decode} reads it; else PDFBox does. */
        private final boolean readHere;

        Wrapped(PDImageXObject x, boolean readHere) {
            this.x = x;
            this.readHere = readHere;
        }

        @Override
        public BufferedImage getImage() throws IOException {
            return readHere ? decode(x, 1) : x.getImage();
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            if (region != null && !region.contains(0, 0, x.getWidth(), x.getHeight())) {
                return x.getImage(region, subsampling);
            }
            if (subsampling <= 1) {
                return getImage();
            }
            return readHere ? decode(x, subsampling) : averagedByPdfBox(x, subsampling);
        }

        @Override
        public WritableRaster getRawRaster() throws IOException {
            return x.getRawRaster();
        }

        @Override
        public BufferedImage getRawImage() throws IOException {
            return x.getRawImage();
        }

        @Override
        public BufferedImage getStencilImage(Paint paint) throws IOException {
            return x.getStencilImage(paint);
        }

        @Override
        public InputStream createInputStream() throws IOException {
            return x.createInputStream();
        }

        @Override
        public InputStream createInputStream(List<String> stopFilters) throws IOException {
            return x.createInputStream(stopFilters);
        }

        @Override
        public InputStream createInputStream(DecodeOptions options) throws IOException {
            return x.createInputStream(options);
        }

        @Override
        public boolean isEmpty() {
            return x.isEmpty();
        }

        @Override
        public boolean isStencil() {
            return x.isStencil();
        }

        @Override
        public void setStencil(boolean isStencil) {
            x.setStencil(isStencil);
        }

        @Override
        public int getBitsPerComponent() {
            return x.getBitsPerComponent();
        }

        @Override
        public void setBitsPerComponent(int bitsPerComponent) {
            x.setBitsPerComponent(bitsPerComponent);
        }

        @Override
        public PDColorSpace getColorSpace() throws IOException {
            return x.getColorSpace();
        }

        @Override
        public void setColorSpace(PDColorSpace colorSpace) {
            x.setColorSpace(colorSpace);
        }

        @Override
        public int getHeight() {
            return x.getHeight();
        }

        @Override
        public void setHeight(int height) {
            x.setHeight(height);
        }

        @Override
        public int getWidth() {
            return x.getWidth();
        }

        @Override
        public void setWidth(int width) {
            x.setWidth(width);
        }

        @Override
        public void setDecode(COSArray decode) {
            x.setDecode(decode);
        }

        @Override
        public COSArray getDecode() {
            return x.getDecode();
        }

        @Override
        public boolean getInterpolate() {
            return x.getInterpolate();
        }

        @Override
        public void setInterpolate(boolean value) {
            x.setInterpolate(value);
        }

        @Override
        public String getSuffix() {
            return x.getSuffix();
        }

        @Override
        public COSDictionary getCOSObject() {
            return x.getCOSObject();
        }
    }
}
