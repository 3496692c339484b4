package dev.gloss.pdf.raster;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The cache's file format: a plain PNG (8-bit RGB, or RGBA for a splash with transparent
 * surroundings; no filtering, fast deflate), so that the JVM's native splash screen and any
 * image viewer read it too, with a {@code tEXt} chunk naming what it is. Reading accepts only
 * what {@link #encode} writes, checking every chunk's CRC and the exact pixel count: a torn,
 * damaged or foreign file is refused ({@link BadRaster}), never half-shown. Written by hand
 * rather than with ImageIO, whose plug-in registry and PNG filters cost a new JVM more than the
 * few hundred lines' worth of work here.
 */
final class RasterPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String KEYWORD = "gloss";
    /** Larger images are refused on reading (a page at 4x of a large poster is smaller). */
    static final long MAX_PIXELS = 40_000_000L;

    /** A file that is not a raster this code wrote, or is damaged. */
    static final class BadRaster extends Exception {
        BadRaster(String why) {
            super(why);
        }
    }

    /** A raster read back: its pixels and the label it was written with. */
    record Decoded(BufferedImage image, String label) {
    }

    private RasterPng() {
    }

    /**
     * The PNG of {@code image}: RGB for {@link BufferedImage#TYPE_INT_RGB} and any other opaque
     * image, RGBA when {@code alpha} (pixels with alpha 0 are transparent).
     */
    static byte[] encode(BufferedImage image, boolean alpha, String label) {
        int w = image.getWidth();
        int h = image.getHeight();
        int channels = alpha ? 4 : 3;
        ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 4 + 1024);
        out.writeBytes(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) (alpha ? 6 : 2))
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "tEXt", (KEYWORD + '\0' + label).getBytes(StandardCharsets.ISO_8859_1));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 8 + 1024);
            byte[] row = new byte[1 + w * channels];
            byte[] buffer = new byte[64 * 1024];
            int[] pixels = new int[w];
            Raster raster = image.getRaster();
            boolean packedRgb = image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB;
            boolean opaque = image.getType() == BufferedImage.TYPE_INT_RGB;
            for (int y = 0; y < h; y++) {
                if (packedRgb) {
                    // the raster's own row, without taking the buffer (that would unmanage the image)
                    raster.getDataElements(0, y, w, 1, pixels);
                } else {
                    image.getRGB(0, y, w, 1, pixels, 0, w);
                }
                int i = 1;
                for (int x = 0; x < w; x++) {
                    int p = pixels[x];
                    row[i++] = (byte) (p >> 16);
                    row[i++] = (byte) (p >> 8);
                    row[i++] = (byte) p;
                    if (alpha) {
                        row[i++] = opaque ? (byte) 0xFF : (byte) (p >>> 24);
                    }
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    int n = deflater.deflate(buffer);
                    idat.write(buffer, 0, n);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                idat.write(buffer, 0, n);
            }
            chunk(out, "IDAT", idat.toByteArray());
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Reads a file {@link #encode} wrote; anything else, or any damage, is refused. */
    static Decoded decode(byte[] png) throws BadRaster {
        ByteBuffer in = ByteBuffer.wrap(png);
        if (png.length < SIGNATURE.length + 12 * 3 + 13) {
            throw new BadRaster("too short");
        }
        for (byte b : SIGNATURE) {
            if (in.get() != b) {
                throw new BadRaster("not a PNG");
            }
        }
        byte[] header = next(in, "IHDR");
        ByteBuffer ihdr = ByteBuffer.wrap(header);
        if (header.length != 13) {
            throw new BadRaster("bad header");
        }
        int w = ihdr.getInt();
        int h = ihdr.getInt();
        int depth = ihdr.get();
        int colour = ihdr.get();
        if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS || depth != 8 || (colour != 2 && colour != 6)
                || ihdr.get() != 0 || ihdr.get() != 0 || ihdr.get() != 0) {
            throw new BadRaster("not a raster of this cache: " + w + "x" + h + " depth " + depth + " colour " + colour);
        }
        byte[] text = next(in, "tEXt");
        String t = new String(text, StandardCharsets.ISO_8859_1);
        if (!t.startsWith(KEYWORD + '\0')) {
            throw new BadRaster("no label");
        }
        String label = t.substring(KEYWORD.length() + 1);
        boolean alpha = colour == 6;
        int channels = alpha ? 4 : 3;
        int stride = 1 + w * channels;
        byte[] rows = new byte[stride];
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] pixels = new int[w];
        Inflater inflater = new Inflater();
        try {
            byte[] idat = next(in, "IDAT");
            inflater.setInput(idat);
            for (int y = 0; y < h; y++) {
                int got = 0;
                while (got < stride) {
                    int n = inflater.inflate(rows, got, stride - got);
                    if (n == 0) {
                        if (inflater.needsInput() || inflater.finished() || inflater.needsDictionary()) {
                            throw new BadRaster("pixels end early, row " + y);
                        }
                    }
                    got += n;
                }
                if (rows[0] != 0) {
                    throw new BadRaster("unexpected row filter " + rows[0]);
                }
                int i = 1;
                for (int x = 0; x < w; x++) {
                    int r = rows[i++] & 0xFF;
                    int g = rows[i++] & 0xFF;
                    int b = rows[i++] & 0xFF;
                    int a = alpha ? rows[i++] & 0xFF : 0xFF;
                    pixels[x] = a << 24 | r << 16 | g << 8 | b;
                }
                image.getRaster().setDataElements(0, y, w, 1, pixels);
            }
            if (inflater.inflate(new byte[1]) != 0 || !inflater.finished() || inflater.getRemaining() != 0) {
                throw new BadRaster("more pixels than the header says");
            }
        } catch (DataFormatException e) {
            throw new BadRaster("damaged pixels: " + e.getMessage());
        } finally {
            inflater.end();
        }
        next(in, "IEND");
        if (in.hasRemaining()) {
            throw new BadRaster("bytes after the end");
        }
        return new Decoded(image, label);
    }

    /** The data of the next chunk, which must be of {@code type} and intact. */
    private static byte[] next(ByteBuffer in, String type) throws BadRaster {
        if (in.remaining() < 12) {
            throw new BadRaster("truncated before " + type);
        }
        int length = in.getInt();
        byte[] t = new byte[4];
        in.get(t);
        String got = new String(t, StandardCharsets.ISO_8859_1);
        if (!got.equals(type)) {
            throw new BadRaster("expected " + type + ", found " + got);
        }
        if (length < 0 || length > in.remaining() - 4) {
            throw new BadRaster("truncated " + type);
        }
        byte[] data = new byte[length];
        in.get(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        if (in.getInt() != (int) crc.getValue()) {
            throw new BadRaster("damaged " + type + " (checksum)");
        }
        return data;
    }
}
