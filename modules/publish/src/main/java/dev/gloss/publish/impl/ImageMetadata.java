package dev.gloss.publish.impl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes the metadata a photo carries (camera, time, GPS position, editing history) out of an
 * image before it is uploaded, without decoding it again: the pixels and their quality stay
 * exactly as they were. JPEG loses its APP1 (Exif, XMP), APP13 (IPTC) and comment segments and
 * keeps JFIF, the colour profile (APP2) and Adobe's colour transform (APP14); PNG loses its
 * {@code eXIf}, text and time chunks. Other formats and files that do not parse are returned
 * unchanged.
 */
public final class ImageMetadata {
    private static final Set<Integer> JPEG_DROPPED = Set.of(0xE1, 0xED, 0xFE);
    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private ImageMetadata() {
    }

    /** The image without its metadata (see the class comment). */
    public static byte[] strip(byte[] image, String mimeType) {
        return switch (mimeType) {
            case "image/jpeg" -> jpeg(image);
            case "image/png" -> png(image);
            default -> image;
        };
    }

    private static byte[] jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2); // SOI
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xff) != 0xff) {
                return b; // not a marker where one must be: leave the file alone
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xDA) { // start of scan: the rest is image data
                out.write(b, i, b.length - i);
                return out.toByteArray();
            }
            int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            if (length < 2 || i + 2 + length > b.length) {
                return b;
            }
            if (!JPEG_DROPPED.contains(marker)) {
                out.write(b, i, 2 + length);
            }
            i += 2 + length;
        }
        return b;
    }

    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8); // signature
        int i = 8;
        while (i + 12 <= b.length) {
            long length = ((b[i] & 0xffL) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            if (length > b.length - i - 12L) {
                return b;
            }
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            int size = (int) length + 12;
            if (!PNG_DROPPED.contains(type)) {
                out.write(b, i, size);
            }
            i += size;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        return b;
    }
}
