package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images decoded by {@link FastImages} are exactly PDFBox's: same type, same pixels, at every subsampling. */
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
                continue;
            }
            for (int sub : new int[] {1, 2, 3, 7}) {
                BufferedImage ours = new FastImages().decode(x, sub);
                BufferedImage theirs = x.getImage(null, sub);
                String what = x.getWidth() + "x" + x.getHeight() + " " + x.getColorSpace().getName() + " subsampling " + sub;
                assertEquals(theirs.getType(), ours.getType(), what + ": type");
                assertEquals(theirs.getWidth(), ours.getWidth(), what);
                assertEquals(theirs.getHeight(), ours.getHeight(), what);
                int[] a = theirs.getRGB(0, 0, theirs.getWidth(), theirs.getHeight(), null, 0, theirs.getWidth());
                int[] b = ours.getRGB(0, 0, ours.getWidth(), ours.getHeight(), null, 0, ours.getWidth());
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) {
                        throw new AssertionError(what + ": pixel " + i + " is " + Integer.toHexString(b[i]) + ", PDFBox has "
                                + Integer.toHexString(a[i]));
                    }
                }
            }
            checked++;
        }
        return checked;
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
                    y += 80;
                }
            }
            doc.save(file);
        }
        try (PDDocument doc = Loader.loadPDF(file)) {
            assertEquals(3, assertSameAsPdfBox(doc), "an RGB, a grey and a soft-masked image");
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
