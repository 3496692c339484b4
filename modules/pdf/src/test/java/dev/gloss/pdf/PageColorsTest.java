package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dark and sepia pages, checked on their pixels: the paper and the text change colour, pictures
 * keep theirs exactly (where the PDF itself says it drew them, found by a content-stream walk of
 * this test's own, not by the renderer's notes), a scanned page changes with the page; and the
 * borders of links are left out when asked, and nothing else is.
 */
class PageColorsTest {
    private static final float SCALE = 2f;
    @TempDir
    Path dir;

    /** A letter page: black text, red text, a black rule, and a colourful picture in the middle. */
    private Path textAndPicture() throws IOException {
        Path file = dir.resolve("picture.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(doc, gradient(120, 80));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(TestPdf.TIMES, 24);
                cs.newLineAtOffset(72, 700);
                cs.showText("Black text over white paper");
                cs.endText();
                cs.setNonStrokingColor(0.9f, 0.1f, 0.1f);
                cs.beginText();
                cs.setFont(TestPdf.TIMES, 24);
                cs.newLineAtOffset(72, 660);
                cs.showText("Red text");
                cs.endText();
                cs.setNonStrokingColor(0f);
                cs.addRect(72, 640, 400, 3);
                cs.fill();
                cs.drawImage(picture, 150, 300, 240, 160);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Every colour from dark to light, so a negative of it would show anywhere. */
    private static BufferedImage gradient(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 255 / (w - 1)) << 16 | (y * 255 / (h - 1)) << 8 | ((x + y) * 2 & 255));
            }
        }
        return img;
    }

    private static BufferedImage render(Path file, int page, PageColors colors) throws PdfException {
        try (PdfDocument pdf = PdfDocument.open(file)) {
            pdf.setPageColors(colors);
            return pdf.render(page, SCALE);
        }
    }

    @Test
    void darkPagesTurnPaperAndTextAroundAndKeepPictures() throws Exception {
        Path file = textAndPicture();
        BufferedImage printed = render(file, 1, PageColors.PRINTED);
        BufferedImage dark = render(file, 1, PageColors.DARK);
        int floor = PageColors.DARK_FLOOR;
        assertEquals(floor << 16 | floor << 8 | floor, dark.getRGB(5, 5) & 0xFFFFFF, "the paper is dark grey");
        // the picture: every pixel as printed (a pixel in from its edges, where it meets the paper)
        Rectangle picture = pictures(file, 1, SCALE).get(0).getBounds();
        Rectangle inside = new Rectangle(picture.x + 2, picture.y + 2, picture.width - 4, picture.height - 4);
        assertTrue(inside.width > 400 && inside.height > 280, "the picture is where the PDF drew it: " + picture);
        assertArrayEquals(pixels(printed, inside), pixels(dark, inside), "the picture keeps its colours");
        // the text and the rule: dark on white before, light on dark now, as much of them
        Rectangle text = new Rectangle(144, (int) ((792 - 726) * SCALE), 900, 110);
        int inkPrinted = count(printed, text, rgb -> luma(rgb) < 80);
        int inkDark = count(dark, text, rgb -> luma(rgb) > 175);
        assertTrue(inkPrinted > 2000, "black text was drawn: " + inkPrinted);
        assertEquals(inkPrinted, inkDark, inkPrinted / 10.0, "the text is light on the dark page");
        // red stays red (lighter), not the cyan a plain negative would make it
        Rectangle red = new Rectangle(144, (int) ((792 - 684) * SCALE), 220, 56);
        int reddish = count(dark, red, rgb -> (rgb >> 16 & 255) > (rgb >> 8 & 255) + 60 && (rgb >> 16 & 255) > (rgb & 255) + 60);
        int cyanish = count(dark, red, rgb -> (rgb & 255) > (rgb >> 16 & 255) + 60);
        assertTrue(reddish > 300 && cyanish == 0, "red text stays red: " + reddish + " red, " + cyanish + " cyan");
    }

    @Test
    void sepiaPagesAreWarmPaperAndKeepPictures() throws Exception {
        Path file = textAndPicture();
        BufferedImage printed = render(file, 1, PageColors.PRINTED);
        BufferedImage sepia = render(file, 1, PageColors.SEPIA);
        assertEquals(PageColors.SEPIA.paper().getRGB() & 0xFFFFFF, sepia.getRGB(5, 5) & 0xFFFFFF);
        int paper = sepia.getRGB(5, 5);
        assertTrue((paper >> 16 & 255) > (paper & 255) + 20, "warm: more red than blue");
        Rectangle picture = pictures(file, 1, SCALE).get(0).getBounds();
        Rectangle inside = new Rectangle(picture.x + 2, picture.y + 2, picture.width - 4, picture.height - 4);
        assertArrayEquals(pixels(printed, inside), pixels(sepia, inside));
        assertEquals(PageColors.SEPIA.map(0), sepia.getRGB(144 + 10, (int) ((792 - 641.5) * SCALE)) & 0xFFFFFF,
                "the black rule is sepia ink");
    }

    @Test
    void aScannedPageIsThePageNotAPicture() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(306, 396, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = scan.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 306, 396);
            g.setColor(java.awt.Color.BLACK);
            g.fillRect(40, 40, 200, 12); // a "line of text" in the scan
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
            doc.save(file.toFile());
        }
        BufferedImage dark = render(file, 1, PageColors.DARK);
        assertTrue(luma(dark.getRGB(600, 1000)) < 40, "the scanned paper is dark");
        assertTrue(luma(dark.getRGB(2 * 80 + 40, 2 * 92)) > 180, "the scanned text is light");
    }

    @Test
    void tilesAreTheSameAsTheWholePage() throws Exception {
        Path file = textAndPicture();
        try (PdfDocument pdf = PdfDocument.open(file)) {
            pdf.setPageColors(PageColors.DARK);
            BufferedImage whole = pdf.render(1, SCALE);
            Rectangle tile = new Rectangle(256, 512, 512, 512); // across the picture's edge
            BufferedImage part = pdf.renderTile(1, SCALE, tile);
            assertArrayEquals(pixels(whole, tile), pixels(part, new Rectangle(0, 0, 512, 512)));
        }
    }

    @Test
    void aCorpusFigureKeepsItsColours() throws Exception {
        Path paper = dev.gloss.testing.Corpus.file("research/2020.acl-main.447.pdf");
        List<Rectangle2D> placed = pictures(paper, 1, 1.5f);
        assertTrue(!placed.isEmpty(), "page 1 has a picture");
        BufferedImage printed;
        BufferedImage dark;
        try (PdfDocument pdf = PdfDocument.open(paper)) {
            printed = pdf.render(1, 1.5f);
            pdf.setPageColors(PageColors.DARK);
            dark = pdf.render(1, 1.5f);
        }
        Rectangle b = placed.get(0).getBounds().intersection(new Rectangle(printed.getWidth(), printed.getHeight()));
        Rectangle inside = new Rectangle(b.x + 2, b.y + 2, b.width - 4, b.height - 4);
        assertArrayEquals(pixels(printed, inside), pixels(dark, inside), "the figure of page 1 as printed");
        assertTrue(luma(dark.getRGB(3, 3)) < 40, "the paper around it is dark");
    }

    @Test
    void linkBordersAreLeftOutWhenAskedAndNothingElse() throws Exception {
        Path paper = dev.gloss.testing.Corpus.file("research/pdflatex-outline.pdf"); // hyperref's red link boxes
        List<Rectangle2D> links = new ArrayList<>();
        int page = 1;
        try (PDDocument doc = Loader.loadPDF(paper.toFile())) {
            PDRectangle crop = doc.getPage(page - 1).getCropBox();
            for (PDAnnotation a : doc.getPage(page - 1).getAnnotations()) {
                if (a instanceof PDAnnotationLink) {
                    PDRectangle r = a.getRectangle();
                    links.add(new Rectangle2D.Double((r.getLowerLeftX() - crop.getLowerLeftX()) * SCALE - 3,
                            (crop.getUpperRightY() - r.getUpperRightY()) * SCALE - 3, r.getWidth() * SCALE + 6, r.getHeight() * SCALE + 6));
                }
            }
        }
        assertTrue(links.size() >= 3, "the page has links");
        BufferedImage with;
        BufferedImage without;
        try (PdfDocument pdf = PdfDocument.open(paper)) {
            with = pdf.render(page, SCALE);
            pdf.setLinkBordersDrawn(false);
            without = pdf.render(page, SCALE);
        }
        int changed = 0;
        for (int y = 0; y < with.getHeight(); y++) {
            for (int x = 0; x < with.getWidth(); x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    changed++;
                    final int px = x;
                    final int py = y;
                    assertTrue(links.stream().anyMatch(r -> r.contains(px, py)), "a pixel changed outside the links at " + x + "," + y);
                    assertTrue(redness(with.getRGB(x, y)) > redness(without.getRGB(x, y)), "what went was the red border");
                }
            }
        }
        assertTrue(changed > 200, "the borders were drawn, and now are not: " + changed + " pixels");
        int redLeft = count(without, new Rectangle(without.getWidth(), without.getHeight()), PageColorsTest::red);
        assertEquals(0, redLeft, "no red box is left");
    }

    /** How much redder than green and blue a pixel is (an anti-aliased border's edge is pink). */
    private static int redness(int rgb) {
        return (rgb >> 16 & 255) - Math.max(rgb >> 8 & 255, rgb & 255);
    }

    private static boolean red(int rgb) {
        return (rgb >> 16 & 255) > 150 && (rgb >> 8 & 255) < 120 && (rgb & 255) < 120;
    }

    private static int luma(int rgb) {
        return (299 * (rgb >> 16 & 255) + 587 * (rgb >> 8 & 255) + 114 * (rgb & 255)) / 1000;
    }

    private static int[] pixels(BufferedImage img, Rectangle r) {
        return img.getRGB(r.x, r.y, r.width, r.height, null, 0, r.width);
    }

    private static int count(BufferedImage img, Rectangle r, java.util.function.IntPredicate test) {
        int n = 0;
        for (int rgb : pixels(img, r)) {
            n += test.test(rgb) ? 1 : 0;
        }
        return n;
    }

    /**
     * Where the page's content stream draws image XObjects, in pixels of a render at {@code scale}
     * (unrotated pages): the unit square through the transformation matrix at each Do.
     */
    static List<Rectangle2D> pictures(Path file, int page, float scale) throws IOException {
        List<Rectangle2D> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDPage p = doc.getPage(page - 1);
            PDRectangle crop = p.getCropBox();
            PDFStreamEngine engine = new PDFStreamEngine() {
                {
                    addOperator(new Concatenate(this));
                    addOperator(new Save(this));
                    addOperator(new Restore(this));
                    addOperator(new SetMatrix(this));
                    addOperator(new DrawObject(this));
                }

                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                        PDXObject x = getResources().getXObject(name);
                        if (x instanceof PDImageXObject) {
                            AffineTransform ctm = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
                            Rectangle2D user = ctm.createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)).getBounds2D();
                            out.add(new Rectangle2D.Double((user.getMinX() - crop.getLowerLeftX()) * scale,
                                    (crop.getUpperRightY() - user.getMaxY()) * scale, user.getWidth() * scale, user.getHeight() * scale));
                            return;
                        }
                    }
                    super.processOperator(operator, operands);
                }
            };
            engine.processPage(p);
        }
        return out;
    }
}
