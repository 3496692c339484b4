package dev.gloss.publish.impl;

import dev.gloss.publish.PublishException;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.PostImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image of a post, read for upload: its bytes without the photo's metadata ({@link
 * ImageMetadata}: no camera, time or GPS position leaves the machine), media type (from the
 * file's signature, not its name), pixel size, and alt text.
 *
 * @param width  pixels, or 0 when unknown
 * @param height pixels, or 0 when unknown
 */
public record ImageFile(Path path, byte[] bytes, String mimeType, int width, int height, String alt) {

    /** Where a post's image lives: workspace-relative, or an absolute path. */
    public static Path resolve(Path workspaceRoot, PostImage image) {
        Path p = Path.of(image.file());
        return p.isAbsolute() ? p : workspaceRoot.resolve(p).normalize();
    }

    /**
     * Reads an image file.
     *
     * @throws PublishException when it is missing, unreadable or not PNG, JPEG, GIF or WebP
     */
    public static ImageFile read(Path workspaceRoot, PostImage image) throws PublishException {
        Path p = resolve(workspaceRoot, image);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new PublishException(e, PublishException.Reason.IMAGE_UNREADABLE, p, FileFailure.of(e));
        }
        String mime = sniff(bytes);
        if (mime == null) {
            throw new PublishException(PublishException.Reason.NOT_AN_IMAGE, String.valueOf(p.getFileName()));
        }
        byte[] clean = ImageMetadata.strip(bytes, mime);
        int[] size = size(clean);
        return new ImageFile(p, clean, mime, size[0], size[1], image.alt() == null ? "" : image.alt());
    }

    /** The media type from the file's first bytes, or null. */
    public static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** Width and height from the header only (no decoding), or zeros when no reader knows the format. */
    static int[] size(byte[] bytes) {
        if ("image/webp".equals(sniff(bytes))) {
            return webpSize(bytes);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader r = readers.next();
                try {
                    r.setInput(in);
                    return new int[]{r.getWidth(0), r.getHeight(0)};
                } finally {
                    r.dispose();
                }
            }
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(ImageFile.class.getName()).log(java.util.logging.Level.FINE, "no image size", e);
        }
        return new int[]{0, 0};
    }

    /** WebP has no reader in the JDK: its size is in the first chunk (lossy VP8, lossless VP8L or extended VP8X). */
    private static int[] webpSize(byte[] b) {
        if (b.length < 30) {
            return new int[]{0, 0};
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8 " -> new int[]{le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff};
            case "VP8L" -> {
                long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
                yield new int[]{(int) (bits & 0x3fff) + 1, (int) ((bits >>> 14) & 0x3fff) + 1};
            }
            case "VP8X" -> new int[]{le24(b, 24) + 1, le24(b, 27) + 1};
            default -> new int[]{0, 0};
        };
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int le24(byte[] b, int i) {
        return le16(b, i) | (b[i + 2] & 0xff) << 16;
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
