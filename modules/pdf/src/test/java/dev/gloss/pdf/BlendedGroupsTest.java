package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transparency groups drawn with a blend mode render to PDFBox's pixels, and do so from a JVM's
 * very first render: a composite of Gloss's own for them once gave PDFBox's pixels in every
 * render but a JVM's first of a page, where it left out most of papermage.pdf's groups.
 */
class BlendedGroupsTest {
    @TempDir
    Path dir;

    @Test
    void nestedBlendedGroupsRenderToPdfBoxsPixels() throws Exception {
        Path file = dir.resolve("groups.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, 200));
            doc.addPage(page);
            PDFormXObject inner = transparencyGroup(doc);
            try (PDFormContentStream cs = new PDFormContentStream(inner)) {
                rectangle(cs, new Color(40, 160, 220), 30, 20);
            }
            PDFormXObject outer = transparencyGroup(doc);
            try (PDFormContentStream cs = new PDFormContentStream(outer)) {
                rectangle(cs, new Color(230, 120, 30), 10, 10);
                cs.drawForm(blended(doc, BlendMode.SCREEN, 0.6f, inner));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(new Color(90, 200, 90));
                cs.addRect(40, 30, 200, 120);
                cs.fill();
                cs.saveGraphicsState();
                cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(60.3f, 40.7f));
                cs.drawForm(blended(doc, BlendMode.MULTIPLY, 0.5f, outer));
                cs.restoreGraphicsState();
            }
            doc.save(file.toFile());
        }
        try (PdfDocument pdf = PdfDocument.open(file)) {
            for (float scale : new float[] {1f, 150f / 72f, 3.1f}) {
                assertArrayEquals(pixels(RenderFidelityTest.plainPdfBox(file, 1, scale)), pixels(pdf.render(1, scale)),
                        "scale " + scale);
            }
        }
    }

    private static PDFormXObject transparencyGroup(PDDocument doc) {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 180, 140));
        COSDictionary group = new COSDictionary();
        group.setItem(COSName.S, COSName.TRANSPARENCY);
        form.getCOSObject().setItem(COSName.GROUP, group);
        form.setResources(new PDResources());
        return form;
    }

    /**
     * A plain form that draws {@code group} with a blend mode and alpha: the mode is the drawing
     * state's when a group is drawn, and a plain form keeps it out of the page's own resources.
     */
    private static PDFormXObject blended(PDDocument doc, BlendMode mode, float alpha, PDFormXObject group) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(group.getBBox());
        form.setResources(new PDResources());
        PDExtendedGraphicsState state = new PDExtendedGraphicsState();
        state.setBlendMode(mode);
        state.setNonStrokingAlphaConstant(alpha);
        try (PDFormContentStream cs = new PDFormContentStream(form)) {
            cs.setGraphicsStateParameters(state);
            cs.drawForm(group);
        }
        return form;
    }

    private static void rectangle(PDFormContentStream cs, Color color, float x, float y) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, y, 100, 80);
        cs.fill();
    }

    /**
     * papermage.pdf's page 4, an Illustrator figure of some forty nested Multiply and Screen
     * groups, rendered twice in a JVM of its own, each time from the file opened afresh: the first
     * render is the second's pixels (a JVM that has drawn the page once, at any scale, drew it
     * right afterwards even with the old composite, and this one may have drawn the corpus).
     */
    @Test
    void aJvmsFirstRenderOfBlendedGroupsIsItsNext() throws Exception {
        Path paper = Corpus.file("research/papermage.pdf");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), TwoRenders.class.getName(),
                paper.toString(), "4").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(2, TimeUnit.MINUTES);
        List<String> renders = out.lines().toList();
        assertEquals(0, p.exitValue(), "the renders ran: " + out);
        assertEquals(2, renders.size(), out);
        assertEquals(renders.get(1), renders.get(0), "the first render's pixels are the second's");
    }

    /** In a JVM of its own: renders page {@code args[1]} of {@code args[0]} twice, printing each render's pixels' hash. */
    static final class TwoRenders {
        public static void main(String[] args) throws Exception {
            for (int i = 0; i < 2; i++) {
                try (PdfDocument pdf = PdfDocument.open(Path.of(args[0]))) {
                    BufferedImage img = pdf.render(Integer.parseInt(args[1]), 96f / 72f);
                    System.out.println(Arrays.hashCode(pixels(img)));
                }
            }
        }
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
