package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Rect;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering, tiles, the page/pixel mapping for every rotation and a crop box off the origin, and the cache. */
class RenderTest {
    @TempDir
    Path dir;

    /** A page with a black square at page-space (100..150, 600..650) and a word at (300, 400). */
    private Path pageWithSquare(int rotation, PDRectangle box) throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            pdf.page(box, rotation).rect(100, 600, 50, 50).text(300, 400, 20, "Marker");
            if (box.getLowerLeftX() != 0) {
                pdf.page.setCropBox(box);
            }
            return pdf.save(dir.resolve("square-" + rotation + ".pdf"));
        }
    }

    private static boolean dark(BufferedImage img, double x, double y) {
        int rgb = img.getRGB((int) Math.round(x), (int) Math.round(y));
        return (rgb & 0xff) < 64 && ((rgb >> 8) & 0xff) < 64;
    }

    @Test
    void geometryMatchesWhatIsDrawnForEveryRotation() throws Exception {
        for (int rotation : new int[] {0, 90, 180, 270}) {
            for (PDRectangle box : new PDRectangle[] {PDRectangle.LETTER, new PDRectangle(20, 30, 560, 740)}) {
                try (PdfDocument pdf = PdfDocument.open(pageWithSquare(rotation, box))) {
                    float scale = 1.5f;
                    PageSize size = pdf.pageSize(1);
                    assertEquals(rotation, size.rotation());
                    boolean swap = rotation % 180 != 0;
                    assertEquals(swap ? box.getHeight() : box.getWidth(), size.width(), 0.01);
                    BufferedImage img = pdf.render(1, scale);
                    PageGeometry g = pdf.geometry(1, scale);
                    assertEquals(g.imageWidth(), img.getWidth());
                    assertEquals(g.imageHeight(), img.getHeight());
                    Rectangle2D sq = g.toImage(new Rect(100, 600, 150, 650));
                    String where = "rotation " + rotation + " box " + box;
                    assertEquals(75, sq.getWidth(), 0.01, where);
                    assertTrue(dark(img, sq.getCenterX(), sq.getCenterY()), where);
                    assertTrue(dark(img, sq.getMinX() + 2, sq.getMinY() + 2), where);
                    assertTrue(!dark(img, sq.getMinX() - 3, sq.getCenterY()), where);
                    assertTrue(!dark(img, sq.getCenterX(), sq.getMaxY() + 3), where);
                    Point2D back = g.toPage(sq.getCenterX(), sq.getCenterY());
                    assertEquals(125, back.getX(), 1e-6, where);
                    assertEquals(625, back.getY(), 1e-6, where);
                    // the word's box, mapped to pixels, covers ink
                    Word marker = pdf.text(1).words().get(0);
                    assertEquals("Marker", marker.text(), where);
                    Rectangle2D w = g.toImage(marker.box());
                    int ink = 0;
                    for (int y = (int) w.getMinY(); y < w.getMaxY(); y++) {
                        for (int x = (int) w.getMinX(); x < w.getMaxX(); x++) {
                            ink += dark(img, x, y) ? 1 : 0;
                        }
                    }
                    assertTrue(ink > 50, where + ": ink " + ink);
                }
            }
        }
    }

    /** A huge image mask (a scanned page) is drawn from a subsampled read, in its colour. */
    @Test
    void theFilesMarkupCanBeLeftOutButNotItsLinks() throws Exception {
        Path file;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page();
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare box =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            box.setRectangle(new PDRectangle(100, 500, 200, 100));
            box.setColor(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(new float[] {0, 0, 1},
                    org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE));
            box.setInteriorColor(box.getColor());
            box.constructAppearances(pdf.doc);
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(new PDRectangle(100, 200, 200, 100));
            // a link with a visible appearance (a filled box), as some producers write
            link.setAppearance(box.getAppearance());
            pdf.page.getAnnotations().add(box);
            pdf.page.getAnnotations().add(link);
            file = pdf.save(dir.resolve("markup.pdf"));
        }
        try (PdfDocument pdf = PdfDocument.open(file)) {
            PageGeometry g = pdf.geometry(1, 1f);
            Point2D inBox = g.toImage(200, 550);
            Point2D inLink = g.toImage(200, 250);
            BufferedImage drawn = pdf.render(1, 1f);
            assertEquals(0x0000ff, drawn.getRGB((int) inBox.getX(), (int) inBox.getY()) & 0xffffff, "the box is drawn");
            pdf.setMarkupDrawn(false);
            BufferedImage left = pdf.render(1, 1f);
            assertEquals(0xffffff, left.getRGB((int) inBox.getX(), (int) inBox.getY()) & 0xffffff, "the box is left out");
            assertEquals(drawn.getRGB((int) inLink.getX(), (int) inLink.getY()),
                    left.getRGB((int) inLink.getX(), (int) inLink.getY()), "the link is drawn as before");
            assertEquals(0x0000ff, left.getRGB((int) inLink.getX(), (int) inLink.getY()) & 0xffffff, "the link's own look");
        }
    }

    @Test
    void hugeStencilMaskIsDrawnInItsColour() throws Exception {
        Path file;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().stencil(6000, 100, 100, 300);
            file = pdf.save(dir.resolve("stencil.pdf"));
        }
        try (PdfDocument pdf = PdfDocument.open(file)) {
            for (float scale : new float[] {1f, 3f}) {
                BufferedImage img = pdf.render(1, scale);
                PageGeometry g = pdf.geometry(1, scale);
                Point2D painted = g.toImage(175, 250);
                Point2D clear = g.toImage(325, 250);
                Point2D outside = g.toImage(50, 250);
                int rgb = img.getRGB((int) painted.getX(), (int) painted.getY()) & 0xffffff;
                assertEquals(0xff0000, rgb, "painted half is red at scale " + scale);
                assertEquals(0xffffff, img.getRGB((int) clear.getX(), (int) clear.getY()) & 0xffffff);
                assertEquals(0xffffff, img.getRGB((int) outside.getX(), (int) outside.getY()) & 0xffffff);
            }
        }
    }

    @Test
    void tileIsTheSamePixelsAsTheWholePage() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(pageWithSquare(90, PDRectangle.LETTER))) {
            BufferedImage whole = pdf.render(1, 2f);
            Rectangle tile = new Rectangle(300, 200, 256, 256);
            BufferedImage part = pdf.renderTile(1, 2f, tile);
            assertEquals(256, part.getWidth());
            int differ = 0;
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    int a = whole.getRGB(tile.x + x, tile.y + y);
                    int b = part.getRGB(x, y);
                    if (Math.abs((a & 0xff) - (b & 0xff)) > 40) {
                        differ++;
                    }
                }
            }
            assertTrue(differ < 256 * 256 / 100, "pixels differing: " + differ);
            assertThrows(IllegalArgumentException.class, () -> pdf.renderTile(1, 2f, new Rectangle(0, 0, 0, 5)));
            assertThrows(IndexOutOfBoundsException.class, () -> pdf.render(2, 1f));
        }
    }

    @Test
    void concurrentRenderingAndTextAreSafe() throws Exception {
        Path file;
        try (TestPdf pdf = new TestPdf()) {
            for (int i = 1; i <= 8; i++) {
                pdf.page().text(72, 700, 14, "Page number " + i).rect(72, 100, 200, 200);
            }
            file = pdf.save(dir.resolve("eight.pdf"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (PdfDocument pdf = PdfDocument.open(file)) {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int p = 1; p <= 8; p++) {
                    int page = p;
                    results.add(pool.submit(() -> {
                        BufferedImage img = pdf.render(page, 0.5f);
                        assertEquals(306, img.getWidth());
                        return pdf.text(page).text();
                    }));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals("Page number " + (i % 8 + 1), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
