package dev.gloss.pdf;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;
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
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The common images of papers (8-bit DeviceRGB or DeviceGray, Flate or LZW or unfiltered, with
 * or without a same-size 8-bit soft mask) decoded straight into the image PDFBox would make,
 * the same pixels of the same type, without PDFBox's pixel-by-pixel colour conversion and mask
 * application, which cost several times the decompression. Decoded images are kept (softly) for
 * the next render of the page, as PDFBox keeps its own. Anything else goes PDFBox's way. One per
 * document; not thread-safe: a document renders one page at a time.
 */
final class FastImages {
    private record Decoded(SoftReference<BufferedImage> image, int subsampling) {
    }

    private final Map<COSBase, Decoded> decoded = new IdentityHashMap<>();

    /** The image to hand to PDFBox's drawer instead of {@code x}, or null to draw {@code x} itself. */
    PDImage wrap(PDImageXObject x) throws IOException {
        return supported(x) ? new Wrapped(x) : null;
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
        if (cs != PDDeviceRGB.INSTANCE && cs != PDDeviceGray.INSTANCE) {
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

    /**
     * As PDFBox's SampledImageReader reads an 8-bit image: every {@code subsampling}-th sample of
     * every {@code subsampling}-th row; components packed into TYPE_INT_RGB as its
     * {@code toRGBImage} does; the soft mask's samples as alpha of a TYPE_INT_ARGB image, as
     * its {@code applyMask} does for a mask of the image's size.
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
        boolean rgb = x.getColorSpace() == PDDeviceRGB.INSTANCE;
        read(x, subsampling, rgb ? 3 : 1, (i, s, o) -> {
            out[i] = rgb ? (s[o] & 0xff) << 16 | (s[o + 1] & 0xff) << 8 | s[o + 2] & 0xff : (s[o] & 0xff) * 0x010101;
        });
        if (mask != null) {
            read(mask, subsampling, 1, (i, s, o) -> out[i] = (out[i] & 0xffffff) | (s[o] & 0xff) << 24);
        }
        decoded.put(x.getCOSObject(), new Decoded(new SoftReference<>(img), subsampling));
        return img;
    }

    @FunctionalInterface
    private interface Sample {
        void put(int pixel, byte[] row, int offset);
    }

    private static void read(PDImageXObject x, int subsampling, int components, Sample sample) throws IOException {
        int width = x.getWidth();
        int height = x.getHeight();
        int outWidth = (int) Math.ceil((double) width / subsampling);
        byte[] row = new byte[width * components];
        DecodeOptions options = new DecodeOptions(subsampling);
        options.setSourceRegion(new Rectangle(0, 0, width, height));
        try (InputStream in = x.createInputStream(options)) {
            int pixel = 0;
            for (int y = 0; y < height; y++) {
                // a short row keeps what was read before it, as PDFBox's reader does
                in.readNBytes(row, 0, row.length);
                if (y % subsampling != 0) {
                    continue;
                }
                int rowStart = pixel;
                for (int sx = 0; sx < width; sx += subsampling) {
                    sample.put(pixel++, row, sx * components);
                }
                pixel = rowStart + outWidth;
            }
        }
    }

    /** The image as PDFBox sees it, whose pixels come from {@link #decode}. */
    private final class Wrapped implements PDImage {
        private final PDImageXObject x;

        Wrapped(PDImageXObject x) {
            this.x = x;
        }

        @Override
        public BufferedImage getImage() throws IOException {
            return decode(x, 1);
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            if (region != null && !region.contains(0, 0, x.getWidth(), x.getHeight())) {
                return x.getImage(region, subsampling);
            }
            return decode(x, Math.max(1, subsampling));
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
