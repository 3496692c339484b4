package dev.gloss.publish.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.Fixtures;
import dev.gloss.publish.PublishException;
import dev.gloss.workspace.PostImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata leaves the image, the pixels do not change. */
class ImageMetadataTest {
    @TempDir
    Path tmp;

    @Test
    void jpegLosesItsExifAndKeepsItsPixels() throws Exception {
        Path f = Fixtures.jpegWithExif(tmp.resolve("a.jpg"), 120, 80);
        byte[] before = Files.readAllBytes(f);
        ImageFile read = ImageFile.read(tmp, new PostImage("a.jpg", "alt"));
        assertFalse(Fixtures.contains(read.bytes(), Fixtures.EXIF_GPS));
        assertEquals(before.length - Fixtures.EXIF_GPS.length - 4, read.bytes().length, "only the APP1 segment went");
        assertPixelsEqual(before, read.bytes());
        assertEquals(120, read.width());
        assertEquals(80, read.height());
    }

    @Test
    void pngLosesItsTextChunks() throws Exception {
        Path f = Fixtures.png(tmp.resolve("b.png"), 50, 30);
        byte[] plain = Files.readAllBytes(f);
        byte[] tagged = withChunk(plain, "tEXt", "Author\0Someone at 52.52N 13.40E");
        byte[] stripped = ImageMetadata.strip(tagged, "image/png");
        assertTrue(Fixtures.contains(tagged, "52.52N".getBytes(StandardCharsets.ISO_8859_1)));
        assertArrayEquals(plain, stripped);
        assertPixelsEqual(tagged, stripped);
    }

    @Test
    void filesThatDoNotParseAreLeftAlone() {
        byte[] junk = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2};
        assertArrayEquals(junk, ImageMetadata.strip(junk, "image/jpeg"));
    }

    private static byte[] withChunk(byte[] png, String type, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature + IHDR
        byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16));
        out.write((int) (c >>> 8));
        out.write((int) c);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static void assertPixelsEqual(byte[] a, byte[] b) throws Exception {
        BufferedImage x = ImageIO.read(new ByteArrayInputStream(a));
        BufferedImage y = ImageIO.read(new ByteArrayInputStream(b));
        assertEquals(x.getWidth(), y.getWidth());
        for (int j = 0; j < x.getHeight(); j++) {
            for (int i = 0; i < x.getWidth(); i++) {
                assertEquals(x.getRGB(i, j), y.getRGB(i, j));
            }
        }
    }

    @Test
    void anImageThatCannotBeUsedIsAReasonWithItsFileAndTheSystemsWords() throws Exception {
        Files.writeString(tmp.resolve("notes.png"), "not an image");
        PublishException notImage = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class,
                () -> ImageFile.read(tmp, new PostImage("notes.png", "")));
        assertEquals(PublishException.Reason.NOT_AN_IMAGE, notImage.reason());
        assertEquals(java.util.List.of("notes.png"), notImage.args());

        PublishException missing = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class,
                () -> ImageFile.read(tmp, new PostImage("gone.png", "")));
        assertEquals(PublishException.Reason.IMAGE_UNREADABLE, missing.reason());
        assertEquals(tmp.resolve("gone.png"), missing.args().get(0));
        assertEquals(dev.gloss.workspace.FileFailure.Reason.NO_SUCH_FILE,
                ((dev.gloss.workspace.FileFailure) missing.args().get(1)).reason(), "no class name reaches the user");
    }
}
