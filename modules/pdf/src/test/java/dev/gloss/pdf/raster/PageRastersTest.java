package dev.gloss.pdf.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page rasters kept on disk: what comes back, what is refused, and the size bound. */
class PageRastersTest {
    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    @TempDir
    Path derived;

    /** A page-like image: white with some ink, different for each seed. */
    private static BufferedImage page(int w, int h, int seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(seed * 40 % 255, 20, 90));
        for (int y = 10; y < h - 10; y += 12) {
            g.fillRect(10 + seed % 7, y, w - 30 - (y * seed) % 40, 5);
        }
        g.dispose();
        return img;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private Path pageFile(String sha, int page, String variant, int width) {
        return derived.resolve("pages").resolve(String.valueOf(PageRasters.VERSION)).resolve(sha)
                .resolve("p" + page + "-" + variant + "-" + width + ".png");
    }

    @Test
    void aKeptPageComesBackPixelForPixel() {
        PageRasters rasters = PageRasters.in(derived);
        BufferedImage img = page(300, 400, 3);
        rasters.putPage(A, 2, false, img);
        BufferedImage back = rasters.page(A, 2, false, 300);
        assertNotNull(back);
        assertEquals(300, back.getWidth());
        assertEquals(400, back.getHeight());
        assertArrayEquals(pixels(img), pixels(back));
        // another page, another variant, another file: nothing
        assertNull(rasters.page(A, 3, false, 300));
        assertNull(rasters.page(A, 2, true, 300));
        assertNull(rasters.page(B, 2, false, 300));
    }

    @Test
    void theNearestWidthComesBackPreferringAWiderOne() {
        PageRasters rasters = PageRasters.in(derived);
        rasters.putPage(A, 1, true, page(100, 130, 1));
        rasters.putPage(A, 1, true, page(400, 520, 2));
        rasters.putPage(A, 1, true, page(900, 1170, 3));
        assertEquals(400, rasters.page(A, 1, true, 300).getWidth());
        assertEquals(400, rasters.page(A, 1, true, 400).getWidth());
        assertEquals(900, rasters.page(A, 1, true, 401).getWidth());
        assertEquals(900, rasters.page(A, 1, true, 2000).getWidth());
        assertEquals(100, rasters.page(A, 1, true, 50).getWidth());
    }

    @Test
    void aPngTheJvmSplashCanShowWithTransparentSurroundings() throws IOException {
        PageRasters rasters = PageRasters.in(derived);
        BufferedImage splash = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = splash.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(50, 20, 80, 60);
        g.dispose();
        rasters.putSplash(A, splash);
        BufferedImage read = ImageIO.read(rasters.splash(A).toFile()); // any PNG reader, as libpng in the JVM's launcher
        assertEquals(200, read.getWidth());
        assertEquals(0, read.getRGB(10, 10) >>> 24, "transparent around");
        assertEquals(0xFFFFFFFF, read.getRGB(60, 30), "opaque white where the page is");
    }

    @Test
    void theViewComesBackWithItsNote() {
        PageRasters rasters = PageRasters.in(derived);
        BufferedImage img = page(500, 300, 5);
        rasters.putView(A, img, "tc=800x600 at=12,40");
        PageRasters.View v = rasters.view(A);
        assertNotNull(v);
        assertEquals("tc=800x600 at=12,40", v.note());
        assertArrayEquals(pixels(img), pixels(v.image()));
        assertNull(rasters.view(B));
        assertThrows(IllegalArgumentException.class, () -> rasters.putView(A, img, "two\nlines"));
    }

    @Test
    void damagedFilesAreIgnoredAndRemoved() throws IOException {
        PageRasters rasters = PageRasters.in(derived);
        BufferedImage img = page(300, 400, 4);

        rasters.putPage(A, 1, false, img);
        Path f = pageFile(A, 1, "n", 300);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // torn
        assertNull(rasters.page(A, 1, false, 300));
        assertFalse(Files.exists(f), "a torn raster is removed");

        rasters.putPage(A, 1, false, img);
        bytes = Files.readAllBytes(f);
        bytes[bytes.length / 2] ^= 0x55; // one flipped byte in the pixels: the checksum says so
        Files.write(f, bytes);
        assertNull(rasters.page(A, 1, false, 300));

        ImageIO.write(img, "png", f.toFile()); // a valid PNG, but not one this cache wrote
        assertNull(rasters.page(A, 1, false, 300));

        Files.write(f, new byte[0]);
        assertNull(rasters.page(A, 1, false, 300));

        rasters.putView(A, img, "note");
        Path view = f.resolveSibling("view.png");
        bytes = Files.readAllBytes(view);
        bytes[40] ^= 1;
        Files.write(view, bytes);
        assertNull(rasters.view(A));
    }

    @Test
    void aRasterUnderAnotherKeyIsNeverShown() throws IOException {
        PageRasters rasters = PageRasters.in(derived);
        rasters.putPage(A, 1, false, page(300, 400, 1));
        rasters.putPage(A, 5, false, page(300, 400, 2));
        // page 5's file where page 1's would be, and A's page under B's hash: each names its own key inside
        Files.copy(pageFile(A, 5, "n", 300), pageFile(A, 1, "n", 300), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNull(rasters.page(A, 1, false, 300));
        Files.createDirectories(pageFile(B, 5, "n", 300).getParent());
        Files.copy(pageFile(A, 5, "n", 300), pageFile(B, 5, "n", 300));
        assertNull(rasters.page(B, 5, false, 300));
        // a file renamed to claim another width
        Files.copy(pageFile(A, 5, "n", 300), pageFile(A, 5, "n", 900));
        assertEquals(300, rasters.page(A, 5, false, 900).getWidth(), "the 900 one is refused, the real one serves");
        assertFalse(Files.exists(pageFile(A, 5, "n", 900)));
    }

    @Test
    void rastersOfAnotherVersionAreNotReadAndGo() throws IOException {
        Path old = derived.resolve("pages").resolve("0").resolve(A);
        Files.createDirectories(old);
        Files.write(old.resolve("p1-n-300.png"), RasterPng.encode(page(300, 400, 1), false, "page " + A + " 1 n 300"));
        PageRasters rasters = PageRasters.in(derived);
        assertNull(rasters.page(A, 1, false, 300));
        rasters.putPage(B, 1, false, page(10, 10, 1)); // the first write counts the folder, and clears the old one
        assertFalse(Files.exists(old));
    }

    @Test
    void theFolderStaysWithinItsBoundDroppingWhatWasUsedLeast() throws IOException {
        BufferedImage probe = page(200, 260, 1);
        long one = RasterPng.encode(probe, false, "page " + A + " 1 n 200").length;
        PageRasters rasters = PageRasters.in(derived, one * 10);
        for (int p = 1; p <= 8; p++) {
            rasters.putPage(A, p, false, page(200, 260, p));
            Files.setLastModifiedTime(pageFile(A, p, "n", 200), FileTime.fromMillis(1_000_000L * p));
        }
        // page 1 is the oldest, but it is used now
        assertNotNull(rasters.page(A, 1, false, 200));
        for (int p = 9; p <= 14; p++) {
            rasters.putPage(A, p, false, page(200, 260, p));
        }
        long total;
        try (Stream<Path> files = Files.walk(derived.resolve("pages"))) {
            total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(total <= one * 10 + one, "within the bound (one file of slack for sizes that differ): " + total);
        assertNotNull(rasters.page(A, 1, false, 200), "the page used last stays");
        assertNotNull(rasters.page(A, 14, false, 200), "the page written last stays");
        assertNull(rasters.page(A, 2, false, 200), "the page used least goes");
    }

    @Test
    void filesLeftAsideByACrashGo() throws IOException {
        PageRasters rasters = PageRasters.in(derived);
        Path aside = pageFile(A, 1, "n", 300).resolveSibling("p1-n-300.png.1234.tmp");
        Files.createDirectories(aside.getParent());
        Files.write(aside, new byte[100]);
        Files.setLastModifiedTime(aside, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        rasters.putPage(A, 2, false, page(30, 40, 1));
        assertFalse(Files.exists(aside));
    }

    @Test
    void aHashIsAHash() {
        PageRasters rasters = PageRasters.in(derived);
        assertThrows(IllegalArgumentException.class, () -> rasters.page("../../etc", 1, false, 10));
        assertThrows(IllegalArgumentException.class, () -> rasters.putPage(A.toUpperCase(), 1, false, page(10, 10, 1)));
    }

    @Test
    void aThumbnailIsRenderedOnceThenKept() throws IOException, PdfException {
        Path pdf = derived.resolve("paper.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.setNonStrokingColor(0f);
                cs.addRect(50, 600, 400, 150);
                cs.fill();
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 28);
                cs.newLineAtOffset(60, 500);
                cs.showText("A paper");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        String sha = dev.gloss.workspace.Ids.sha256(pdf);
        PageRasters rasters = PageRasters.in(derived);
        BufferedImage thumb = rasters.thumbnail(pdf, sha, 96);
        assertEquals(96, thumb.getWidth());
        assertEquals(Math.round(96 * PDRectangle.A4.getHeight() / PDRectangle.A4.getWidth()), thumb.getHeight(), 1);
        BufferedImage fresh;
        try (PdfDocument doc = PdfDocument.open(pdf)) {
            fresh = doc.render(1, (float) (96 / doc.pageSize(1).width()));
        }
        assertArrayEquals(pixels(fresh), pixels(thumb));
        // kept: the file goes, the thumbnail stays
        Files.delete(pdf);
        assertArrayEquals(pixels(fresh), pixels(rasters.thumbnail(pdf, sha, 96)));
        assertThrows(PdfException.class, () -> rasters.thumbnail(pdf, B, 96));
        assertNull(rasters.page(B, 1, false, 96));
    }
}
