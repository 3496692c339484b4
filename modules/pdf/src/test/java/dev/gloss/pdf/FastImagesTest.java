package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Images decoded by {@link FastImages} are PDFBox's: the same type, the same size at every
 * subsampling, and in full the same pixels; subsampled, each pixel the average of the block of
 * PDFBox's full-size pixels it stands for (where PDFBox keeps the block's first). An ICC image's
 * block is averaged as samples and then converted by PDFBox's conversion of its colour space.
 */
class FastImagesTest {
    @TempDir
    Path dir;

    /** Every image PDFBox's drawer would ask for, on every page and in the forms they use. */
    private static void images(PDResources res, List<PDImageXObject> out, int depth) throws Exception {
        if (res == null || depth > 5) {
            return;
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject img) {
                out.add(img);
            } else if (x instanceof PDFormXObject form) {
                images(form.getResources(), out, depth + 1);
            }
        }
    }

    private static int assertSameAsPdfBox(PDDocument doc) throws Exception {
        List<PDImageXObject> all = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            images(page.getResources(), all, 0);
        }
        int checked = 0;
        for (PDImageXObject x : all) {
            if (!FastImages.supported(x)) {
                if (!x.isStencil()) {
                    assertAveragedFromPdfBox(x);
                }
                continue;
            }
            BufferedImage full = x.getImage();
            PDICCBased icc = x.getColorSpace() instanceof PDICCBased i ? i : null;
            BufferedImage device = icc == null ? null : deviceSamples(x);
            for (int sub : new int[] {1, 2, 3, 7, 8}) {
                BufferedImage ours = new FastImages().decode(x, sub);
                BufferedImage theirs = x.getImage(null, sub);
                String what = x.getWidth() + "x" + x.getHeight() + " " + x.getColorSpace().getName() + " subsampling " + sub;
                assertEquals(theirs.getType(), ours.getType(), what + ": type");
                assertEquals(theirs.getWidth(), ours.getWidth(), what);
                assertEquals(theirs.getHeight(), ours.getHeight(), what);
                int[] a = blockAverages(full, sub, theirs.getWidth(), theirs.getHeight());
                if (icc != null && sub > 1) { // averaged as samples, then converted by PDFBox's conversion
                    a = blockAverages(device, sub, theirs.getWidth(), theirs.getHeight());
                    FastImages.toSrgb(icc, a, theirs.getWidth(), theirs.getHeight(), icc.getNumberOfComponents());
                }
                int[] b = ours.getRGB(0, 0, ours.getWidth(), ours.getHeight(), null, 0, ours.getWidth());
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) {
                        throw new AssertionError(what + ": pixel " + i + " is " + Integer.toHexString(b[i]) + ", PDFBox's "
                                + (sub == 1 ? "" : "averaged ") + "pixels give " + Integer.toHexString(a[i]));
                    }
                }
            }
            checked++;
        }
        return checked;
    }

    /**
     * An ICC image's samples as they are in the file (red, green and blue, or grey in each), not
     * converted, with its soft mask as alpha.
     */
    private static BufferedImage deviceSamples(PDImageXObject x) throws Exception {
        Raster raster = x.getRawRaster();
        Raster mask = x.getSoftMask() == null ? null : x.getSoftMask().getRawRaster();
        int w = x.getWidth();
        int h = x.getHeight();
        BufferedImage out = new BufferedImage(w, h, mask == null ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        int n = raster.getNumBands();
        for (int y = 0; y < h; y++) {
            for (int px = 0; px < w; px++) {
                int r = raster.getSample(px, y, 0);
                int g = n == 3 ? raster.getSample(px, y, 1) : r;
                int b = n == 3 ? raster.getSample(px, y, 2) : r;
                int a = mask == null ? 0xff : mask.getSample(px, y, 0);
                out.setRGB(px, y, a << 24 | r << 16 | g << 8 | b);
            }
        }
        return out;
    }

    /**
     * An image PDFBox decodes, made smaller: each pixel the average of the samples PDFBox reads at
     * every {@link FastImages#fine}-th that fall in its block (the last one when none does).
     */
    private static void assertAveragedFromPdfBox(PDImageXObject x) throws Exception {
        for (int sub : new int[] {2, 3, 7, 8}) {
            int fine = FastImages.fine(sub);
            BufferedImage samples = x.getImage(null, fine);
            BufferedImage ours = new FastImages().averagedByPdfBox(x, sub);
            int w = (int) Math.ceil((double) x.getWidth() / sub);
            int h = (int) Math.ceil((double) x.getHeight() / sub);
            String what = x.getWidth() + "x" + x.getHeight() + " " + x.getColorSpace().getName() + " subsampling " + sub;
            assertEquals(w, ours.getWidth(), what);
            assertEquals(h, ours.getHeight(), what);
            for (int oy = 0; oy < h; oy++) {
                for (int ox = 0; ox < w; ox++) {
                    int expected = mean(samples, taken(ox, sub, fine, samples.getWidth()), taken(oy, sub, fine, samples.getHeight()));
                    int actual = ours.getRGB(ox, oy);
                    if (expected != actual) {
                        throw new AssertionError(what + ": pixel " + ox + "," + oy + " is " + Integer.toHexString(actual)
                                + ", PDFBox's samples give " + Integer.toHexString(expected));
                    }
                }
            }
        }
    }

    /** The samples read at every {@code fine}-th of {@code n} that fall in block {@code block}; the last one when none does. */
    private static List<Integer> taken(int block, int sub, int fine, int n) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (j * fine >= block * sub && j * fine < (block + 1) * sub) {
                out.add(j);
            }
        }
        return out.isEmpty() ? List.of(n - 1) : out;
    }

    /** Every {@code step}-th of {@code from} up to {@code to}. */
    private static List<Integer> every(int from, int to, int step) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i += step) {
            out.add(i);
        }
        return out;
    }

    /** The pixels of {@code image} at {@code xs} x {@code ys} as one: colours weighted by alpha, alpha their mean. */
    private static int mean(BufferedImage image, List<Integer> xs, List<Integer> ys) {
        boolean hasAlpha = image.getColorModel().hasAlpha();
        long r = 0;
        long g = 0;
        long b = 0;
        long a = 0;
        int n = 0;
        for (int y : ys) {
            for (int x : xs) {
                int c = image.getRGB(x, y);
                int alpha = hasAlpha ? c >>> 24 : 255;
                r += (long) ((c >> 16) & 0xff) * alpha;
                g += (long) ((c >> 8) & 0xff) * alpha;
                b += (long) (c & 0xff) * alpha;
                a += alpha;
                n++;
            }
        }
        int rgb = a == 0 ? 0 : (int) ((r + a / 2) / a) << 16 | (int) ((g + a / 2) / a) << 8 | (int) ((b + a / 2) / a);
        return (hasAlpha ? (int) ((a + n / 2) / n) : 255) << 24 | rgb;
    }

    /**
     * Each {@code sub} x {@code sub} block of {@code full} as one pixel, from every
     * {@link FastImages#step}-th sample of every such row of the block: colours weighted by
     * alpha, alpha the mean; at 1, {@code full}'s own pixels.
     */
    private static int[] blockAverages(BufferedImage full, int sub, int w, int h) {
        if (sub == 1) {
            return full.getRGB(0, 0, w, h, null, 0, w);
        }
        int step = FastImages.step(sub);
        int[] out = new int[w * h];
        for (int oy = 0; oy < h; oy++) {
            for (int ox = 0; ox < w; ox++) {
                out[oy * w + ox] = mean(full, every(ox * sub, Math.min(full.getWidth(), (ox + 1) * sub), step),
                        every(oy * sub, Math.min(full.getHeight(), (oy + 1) * sub), step));
            }
        }
        return out;
    }

    @Test
    void generatedImagesDecodeAsPdfBoxDecodesThem() throws Exception {
        File file = dir.resolve("images.pdf").toFile();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                int y = 20;
                for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_INT_ARGB}) {
                    BufferedImage src = new BufferedImage(101, 67, type);
                    for (int py = 0; py < src.getHeight(); py++) {
                        for (int px = 0; px < src.getWidth(); px++) {
                            int alpha = type == BufferedImage.TYPE_INT_ARGB ? (px * 5 + py * 3) & 0xff : 0xff;
                            src.setRGB(px, py, alpha << 24 | (px * 2) << 16 | (py * 3) << 8 | (px ^ py) & 0xff);
                        }
                    }
                    cs.drawImage(LosslessFactory.createFromImage(doc, src), 20, y, 101, 67);
                    // the same samples in an ICC profile's colours (linear RGB, or the JDK's grey)
                    PDImageXObject icc = LosslessFactory.createFromImage(doc, src);
                    boolean grey = type == BufferedImage.TYPE_BYTE_GRAY;
                    COSStream profile = doc.getDocument().createCOSStream();
                    profile.setInt(COSName.N, grey ? 1 : 3);
                    try (java.io.OutputStream out = profile.createOutputStream()) {
                        out.write(ICC_Profile.getInstance(grey ? ColorSpace.CS_GRAY : ColorSpace.CS_LINEAR_RGB).getData());
                    }
                    icc.getCOSObject().setItem(COSName.COLORSPACE, new COSArray(List.of(COSName.ICCBASED, profile)));
                    cs.drawImage(icc, 200, y, 101, 67);
                    y += 80;
                }
            }
            doc.save(file);
        }
        try (PDDocument doc = Loader.loadPDF(file)) {
            assertEquals(6, assertSameAsPdfBox(doc), "an RGB, a grey and a soft-masked image, each also in an ICC profile");
        }
    }

    /**
     * A figure made at a paper's resolution (here 800 dpi) and shown at a screen's: its thin
     * lines, which fall between the samples PDFBox would keep, still show, each as a grey line
     * where the figure has one, as pdftoppm shows them; from a PNG-like image, which Gloss
     * decodes, and from a JPEG, which PDFBox does.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void thinLinesOfAFigureShownSmallStillShow(boolean jpeg) throws Exception {
        Path file = dir.resolve("figure.pdf");
        int size = 1600;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage figure = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = figure.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setColor(java.awt.Color.BLACK);
            // 4-sample lines (a 0.36 pt rule at 800 dpi) that start between PDFBox's every-eighth samples
            for (int at = 100; at < size - 100; at += 200) {
                g.fillRect(at + 5, 0, 4, size);
                g.fillRect(0, at + 5, size, 4);
            }
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(jpeg ? JPEGFactory.createFromImage(doc, figure)
                        : LosslessFactory.createFromImage(doc, figure), 36, 36, 144, 144);
            }
            doc.save(file.toFile());
        }
        try (PdfDocument pdf = PdfDocument.open(file)) {
            BufferedImage page = pdf.render(1, 1f);
            int top = page.getHeight() - 36 - 144;
            int lines = 0;
            for (int at = 100; at < size - 100; at += 200) {
                int column = 36 + (int) ((at + 7) * 144L / size);
                int darkest = 255;
                for (int dx = -1; dx <= 1; dx++) {
                    darkest = Math.min(darkest, page.getRGB(column + dx, top + 72) & 0xff);
                }
                assertTrue(darkest < 200, "the line at sample " + at + " shows: darkest " + darkest);
                lines++;
            }
            assertEquals(7, lines);
        }
    }

    /** Which images are averaged down: those Gloss decodes and those PDFBox decodes, masked or not; never a stencil mask. */
    @Test
    void everyImageButAStencilMaskIsAveragedDown() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage opaque = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            BufferedImage translucent = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
            FastImages images = new FastImages();
            assertTrue(images.wrap(LosslessFactory.createFromImage(doc, opaque)) != null, "decoded by Gloss");
            assertTrue(images.wrap(LosslessFactory.createFromImage(doc, translucent)) != null, "decoded by Gloss, soft mask and all");
            assertTrue(images.wrap(JPEGFactory.createFromImage(doc, opaque)) != null, "decoded by PDFBox");
            assertTrue(images.wrap(JPEGFactory.createFromImage(doc, translucent)) != null, "decoded by PDFBox, soft mask and all");
            PDImageXObject stencil = LosslessFactory.createFromImage(doc, opaque);
            stencil.setStencil(true);
            assertEquals(null, images.wrap(stencil), "a stencil mask");
        }
    }

    /** An image whose finer samples would take too much memory (a huge scan) is PDFBox's own subsampled image. */
    @Test
    void aHugeImageIsLeftToPdfBoxsOwnSamples() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage src = new BufferedImage(90, 70, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 70; y++) {
                for (int x = 0; x < 90; x++) {
                    src.setRGB(x, y, (x * 3) << 16 | (y * 3) << 8 | (x ^ y));
                }
            }
            PDImageXObject jpeg = JPEGFactory.createFromImage(doc, src);
            BufferedImage ours = new FastImages().averagedByPdfBox(jpeg, 4, 100);
            BufferedImage theirs = jpeg.getImage(null, 4);
            assertEquals(theirs.getWidth(), ours.getWidth());
            assertEquals(theirs.getHeight(), ours.getHeight());
            for (int y = 0; y < ours.getHeight(); y++) {
                for (int x = 0; x < ours.getWidth(); x++) {
                    assertEquals(theirs.getRGB(x, y), ours.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void corpusImagesDecodeAsPdfBoxDecodesThem() throws Exception {
        int checked = 0;
        for (Corpus.Entry e : Corpus.entries()) {
            if ((e.file().startsWith("research/") || e.file().startsWith("annotated/")) && e.password().isEmpty()) {
                try (PDDocument doc = Loader.loadPDF(e.path().toFile())) {
                    checked += assertSameAsPdfBox(doc);
                }
            }
        }
        assertTrue(checked >= 5, "the corpus papers' figures were checked: " + checked);
    }
}
