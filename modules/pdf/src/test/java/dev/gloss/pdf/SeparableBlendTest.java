package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendComposite;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SeparableBlend} composites exactly the pixels PDFBox's own blend composite does, for
 * every separable mode, with and without constant alpha, over transparent and opaque images, for
 * images drawn straight and drawn transformed (which Java2D hands over premultiplied); and a page
 * of nested Multiply and Screen groups renders to PDFBox's pixels.
 */
class SeparableBlendTest {
    private static final List<BlendMode> SEPARABLE = List.of(BlendMode.MULTIPLY, BlendMode.SCREEN, BlendMode.OVERLAY,
            BlendMode.DARKEN, BlendMode.LIGHTEN, BlendMode.COLOR_DODGE, BlendMode.COLOR_BURN, BlendMode.HARD_LIGHT,
            BlendMode.SOFT_LIGHT, BlendMode.DIFFERENCE, BlendMode.EXCLUSION);

    @TempDir
    Path dir;

    @Test
    void everySeparableModeComposesAsPdfBoxDoes() {
        Random random = new Random(24);
        BufferedImage src = noise(random, 37, 29, BufferedImage.TYPE_INT_ARGB);
        for (int backdropType : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB}) {
            BufferedImage backdrop = noise(random, 61, 53, backdropType);
            for (BlendMode mode : SEPARABLE) {
                for (float alpha : new float[] {1f, 0.5f, 0.3f}) {
                    Composite pdfbox = BlendComposite.getInstance(mode, alpha);
                    Composite ours = new SeparableBlend(mode, alpha, pdfbox);
                    for (boolean transformed : new boolean[] {false, true}) {
                        String where = mode + " alpha " + alpha + (transformed ? " transformed" : " straight") + " over type "
                                + backdropType;
                        assertArrayEquals(pixels(draw(backdrop, src, pdfbox, transformed)),
                                pixels(draw(backdrop, src, ours, transformed)), where);
                    }
                }
            }
        }
    }

    @Test
    void otherColourModelsAreLeftToPdfBox() {
        Composite pdfbox = BlendComposite.getInstance(BlendMode.MULTIPLY, 1f);
        BufferedImage gray = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        Composite ours = new SeparableBlend(BlendMode.MULTIPLY, 1f, pdfbox);
        assertEquals(pdfbox.createContext(gray.getColorModel(), gray.getColorModel(), null).getClass(),
                ours.createContext(gray.getColorModel(), gray.getColorModel(), null).getClass());
    }

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

    private static BufferedImage noise(Random random, int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 255;
                    default -> random.nextInt(256);
                };
                img.setRGB(x, y, a << 24 | random.nextInt(1 << 24));
            }
        }
        return img;
    }

    private static BufferedImage draw(BufferedImage backdrop, BufferedImage src, Composite composite, boolean transformed) {
        BufferedImage out = new BufferedImage(backdrop.getWidth(), backdrop.getHeight(), backdrop.getType());
        Graphics2D g = out.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.drawImage(backdrop, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setComposite(composite);
        if (transformed) {
            AffineTransform at = AffineTransform.getTranslateInstance(3.4, 5.2);
            at.scale(1.37, 1.21);
            g.drawImage(src, at, null);
        } else {
            g.drawImage(src, 9, 7, null);
        }
        g.dispose();
        return out;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
