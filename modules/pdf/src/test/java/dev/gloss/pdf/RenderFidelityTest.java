package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Gloss draws is what PDFBox draws, and as close to poppler as PDFBox is: every speed-up of
 * the renderer (glyphs blended from cached coverage, images decoded its own way) is checked here
 * against PDFBox's own renderer with the same hints, pixel by pixel, and against pdftoppm, on
 * generated pages that try each case of the glyph path and on the first pages of corpus papers.
 */
class RenderFidelityTest {
    private static final float DPI_150 = 150f / 72f;
    @TempDir
    Path dir;

    /** How far two renderings are apart: mean luma difference (0-255) over blocks, and the share of blocks off by more than 64. */
    record Difference(double mean, double badShare) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "mean %.2f, %.4f%% of blocks off by more than 64", mean, badShare * 100);
        }
    }

    static Difference compare(BufferedImage a, BufferedImage b, int block) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        float[] la = luma(a, w, h);
        float[] lb = luma(b, w, h);
        int bw = w / block;
        int bh = h / block;
        double sum = 0;
        long bad = 0;
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                double d = 0;
                for (int y = by * block; y < (by + 1) * block; y++) {
                    for (int x = bx * block; x < (bx + 1) * block; x++) {
                        d += la[y * w + x] - lb[y * w + x];
                    }
                }
                d = Math.abs(d) / (block * block);
                sum += d;
                bad += d > 64 ? 1 : 0;
            }
        }
        return new Difference(sum / ((double) bw * bh), (double) bad / ((double) bw * bh));
    }

    private static float[] luma(BufferedImage img, int w, int h) {
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        float[] out = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            out[i] = 0.299f * ((c >> 16) & 0xff) + 0.587f * ((c >> 8) & 0xff) + 0.114f * (c & 0xff);
        }
        return out;
    }

    /** Ink on a page: the sum of (255 - luma), so that a glyph left out shows. */
    private static double ink(BufferedImage img) {
        double s = 0;
        for (float l : luma(img, img.getWidth(), img.getHeight())) {
            s += 255 - l;
        }
        return s;
    }

    /** PDFBox's own renderer with the hints Gloss gives it, for the reference. */
    static BufferedImage plainPdfBox(Path file, int page, float scale) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            RenderingHints h = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            h.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            h.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            h.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            h.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            r.setRenderingHints(h);
            r.setSubsamplingAllowed(true);
            return r.renderImage(page - 1, scale, ImageType.RGB, RenderDestination.VIEW);
        }
    }

    /** Pages that take each way through the glyph code: sizes, colours, alpha, rotation, scaling, clips, render modes. */
    private Path glyphCases() throws IOException {
        Path file = dir.resolve("glyphs.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont embedded;
            try (InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                embedded = PDType0Font.load(doc, ttf);
            }
            String line = "Sphinx of black quartz, judge my vow: 0123456789 (fi) [ffl] {@#%&}";
            for (PDFont font : new PDFont[] {embedded, TestPdf.TIMES, TestPdf.HELVETICA}) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 760;
                    for (float size : new float[] {5, 7.3f, 9, 10.7f, 12, 17, 26, 44}) {
                        text(cs, font, size, Matrix.getTranslateInstance(36 + size / 7, y), line);
                        y -= size * 1.4f + 4;
                    }
                    cs.setNonStrokingColor(0.8f, 0.1f, 0.1f);
                    text(cs, font, 11, Matrix.getTranslateInstance(36.3f, y), "Red text over white " + line);
                    PDExtendedGraphicsState half = new PDExtendedGraphicsState();
                    half.setNonStrokingAlphaConstant(0.5f);
                    cs.saveGraphicsState();
                    cs.setGraphicsStateParameters(half);
                    cs.setNonStrokingColor(0f, 0f, 1f);
                    text(cs, font, 11, Matrix.getTranslateInstance(36.6f, y - 16), "Half-transparent blue " + line);
                    cs.restoreGraphicsState();
                    cs.setNonStrokingColor(0f);
                    // glyphs over grey and over each other
                    cs.setNonStrokingColor(0.85f);
                    cs.addRect(30, y - 60, 300, 30);
                    cs.fill();
                    cs.setNonStrokingColor(0f);
                    text(cs, font, 12, Matrix.getTranslateInstance(36, y - 50), "On grey: " + line);
                    text(cs, font, 12, Matrix.getTranslateInstance(37.5f, y - 51), "On grey: " + line);
                    // rotated, skewed and horizontally scaled
                    text(cs, font, 10, Matrix.getRotateInstance(Math.toRadians(30), 80, y - 220), line);
                    text(cs, font, 10, new Matrix(1, 0, 0.3f, 1, 300, y - 90), "Skewed " + line);
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setHorizontalScaling(87);
                    cs.setTextMatrix(Matrix.getTranslateInstance(300, y - 110));
                    cs.showText("Scaled 87% " + line);
                    cs.endText();
                    cs.setHorizontalScaling(100);
                    // a clip with fractional edges cuts through glyphs; a second, exactly on pixels
                    cs.saveGraphicsState();
                    cs.addRect(300.3f, y - 140.7f, 120.45f, 9.1f);
                    cs.clip();
                    text(cs, font, 14, Matrix.getTranslateInstance(290, y - 138), line);
                    cs.restoreGraphicsState();
                    cs.saveGraphicsState();
                    cs.addRect(300 * 72 / 150f, y - 160, 72 * 72 / 150f, 20);
                    cs.clip();
                    text(cs, font, 14, Matrix.getTranslateInstance(290, y - 155), line);
                    cs.restoreGraphicsState();
                    // stroked, fill-and-stroke and invisible text go PDFBox's way
                    cs.beginText();
                    cs.setFont(font, 16);
                    cs.setRenderingMode(RenderingMode.STROKE);
                    cs.setTextMatrix(Matrix.getTranslateInstance(300, y - 190));
                    cs.showText("Stroked");
                    cs.setRenderingMode(RenderingMode.FILL_STROKE);
                    cs.showText(" Fill+stroke");
                    cs.setRenderingMode(RenderingMode.NEITHER);
                    cs.showText(" Invisible");
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, Matrix m, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setTextMatrix(m);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void generatedGlyphsAreWhatPdfBoxDraws() throws Exception {
        Path file = glyphCases();
        try (PdfDocument pdf = PdfDocument.open(file)) {
            for (float scale : new float[] {1f, DPI_150, 3.3f}) {
                for (int p = 1; p <= pdf.pageCount(); p++) {
                    BufferedImage gloss = pdf.render(p, scale);
                    BufferedImage reference = plainPdfBox(file, p, scale);
                    String where = "page " + p + " at scale " + scale;
                    assertClose(gloss, reference, where);
                }
            }
        }
    }

    @Test
    void tilesAreTheSamePixelsAsWholePagesWithCachedGlyphs() throws Exception {
        Path file = glyphCases();
        try (PdfDocument pdf = PdfDocument.open(file)) {
            BufferedImage whole = pdf.render(1, DPI_150);
            BufferedImage tile = pdf.renderTile(1, DPI_150, new java.awt.Rectangle(100, 150, 512, 512));
            Difference d = compare(whole.getSubimage(100, 150, 512, 512), tile, 1);
            assertTrue(d.mean() < 0.01 && d.badShare() == 0, "tile against page: " + d);
        }
    }

    @Test
    void corpusPapersAreWhatPdfBoxDrawsAndAsCloseToPopplerAsPdfBox() throws Exception {
        List<Path> papers = new ArrayList<>();
        for (Corpus.Entry e : Corpus.entries()) {
            if ((e.file().startsWith("research/") || e.file().startsWith("annotated/")) && e.password().isEmpty()) {
                papers.add(e.path());
            }
        }
        for (Path paper : papers) {
            try (PdfDocument pdf = PdfDocument.open(paper)) {
                for (int p = 1; p <= Math.min(2, pdf.pageCount()); p++) {
                    BufferedImage gloss = pdf.render(p, DPI_150);
                    BufferedImage reference = plainPdfBox(paper, p, DPI_150);
                    String where = paper.getFileName() + " page " + p;
                    assertClose(gloss, reference, where);
                    BufferedImage poppler = pdftoppm(paper, p);
                    Difference ours = compare(gloss, poppler, 4);
                    Difference theirs = compare(reference, poppler, 4);
                    assertTrue(ours.mean() <= theirs.mean() + 0.5 && ours.badShare() <= theirs.badShare() + 0.0005,
                            where + " against pdftoppm: Gloss " + ours + ", PDFBox " + theirs);
                }
            }
        }
    }

    /**
     * Close to PDFBox's own pixels: glyph edges move by at most an eighth of a pixel (positions
     * are kept to quarter pixels), so the mean stays small and no 4 x 4 block changes much; and
     * no ink goes missing or appears.
     */
    private static void assertClose(BufferedImage gloss, BufferedImage reference, String where) {
        assertTrue(gloss.getWidth() == reference.getWidth() && gloss.getHeight() == reference.getHeight(), where + ": size");
        Difference pixels = compare(gloss, reference, 1);
        Difference blocks = compare(gloss, reference, 4);
        double inkRatio = ink(gloss) / Math.max(1, ink(reference));
        assertTrue(pixels.mean() < 3, where + ": pixels " + pixels);
        assertTrue(blocks.badShare() < 0.0005, where + ": 4x4 blocks " + blocks);
        assertTrue(Math.abs(inkRatio - 1) < 0.03, where + ": ink ratio " + inkRatio);
    }

    private BufferedImage pdftoppm(Path paper, int page) throws Exception {
        Path prefix = dir.resolve("poppler-" + page);
        Corpus.run("pdftoppm", "-r", "150", "-f", String.valueOf(page), "-l", String.valueOf(page), "-singlefile", "-png",
                paper.toString(), prefix.toString());
        Path png = Path.of(prefix + ".png");
        assertTrue(Files.isRegularFile(png), "pdftoppm wrote " + png);
        return ImageIO.read(png.toFile());
    }
}
