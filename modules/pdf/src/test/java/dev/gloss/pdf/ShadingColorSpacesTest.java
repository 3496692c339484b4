package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradients that share an ICC colour space (a chart exported from Keynote fills dozens) get one
 * colour space object, built once, instead of one each; the page looks as PDFBox draws it, and
 * the file's objects are left as they were.
 */
class ShadingColorSpacesTest {
    private static final int GRADIENTS = 12;
    private static final float DPI_150 = 150f / 72f;
    @TempDir
    Path dir;

    /**
     * A page of {@code GRADIENTS} axial gradients filled with {@code sh} in one ICC colour space
     * (the JDK's linear RGB profile, far from device RGB), half naming it by reference and half
     * writing the array out, and a rectangle filled with a shading pattern in it.
     */
    private Path gradients() throws IOException {
        Path file = dir.resolve("gradients.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            COSStream profile = doc.getDocument().createCOSStream();
            profile.setInt(COSName.N, 3);
            try (var out = profile.createOutputStream()) {
                out.write(ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData());
            }
            COSArray shared = new COSArray(List.of(COSName.ICCBASED, profile));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < GRADIENTS; i++) {
                    float y = 40 + i * 55;
                    COSBase space = i % 2 == 0 ? new COSObject(shared) : new COSArray(List.of(COSName.ICCBASED, profile));
                    PDShadingType2 shading = axial(space, 40, y, 560, y + 40, i);
                    cs.saveGraphicsState();
                    cs.addRect(40, y, 520, 40);
                    cs.clip();
                    cs.shadingFill(shading);
                    cs.restoreGraphicsState();
                }
                PDShadingPattern pattern = new PDShadingPattern();
                pattern.setShading(axial(shared, 0, 0, 600, 0, 5));
                COSName name = page.getResources().add(pattern);
                cs.setNonStrokingColor(new PDColor(name, new PDPattern(null)));
                cs.addRect(40, 700, 520, 60);
                cs.fill();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDShadingType2 axial(COSBase space, float x0, float y0, float x1, float y1, int i) {
        COSDictionary f = new COSDictionary();
        f.setInt(COSName.FUNCTION_TYPE, 2);
        f.setItem(COSName.DOMAIN, floats(0, 1));
        f.setItem(COSName.C0, floats(0.9f, 0.1f * (i % 5), 0.05f));
        f.setItem(COSName.C1, floats(0.05f, 0.2f, 0.9f - 0.05f * i));
        f.setInt(COSName.N, 1);
        PDShadingType2 shading = new PDShadingType2(new COSDictionary());
        shading.setShadingType(PDShading.SHADING_TYPE2);
        shading.getCOSObject().setItem(COSName.COLORSPACE, space);
        shading.setCoords(floats(x0, y0, x1, y1));
        shading.setFunction(new PDFunctionType2(f));
        shading.setExtend(new COSArray(List.of(COSBoolean.TRUE, COSBoolean.TRUE)));
        return shading;
    }

    private static COSArray floats(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }

    @Test
    void theShadingsOfOneColourSpaceShareOneObjectAndTheirDictionariesStayAsTheyWere() throws Exception {
        Path file = gradients();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDResources resources = doc.getPage(0).getResources();
            List<PDShading> shadings = new ArrayList<>();
            List<COSBase> before = new ArrayList<>();
            for (COSName name : resources.getShadingNames()) {
                PDShading s = resources.getShading(name);
                shadings.add(s);
                before.add(s.getCOSObject().getItem(COSName.COLORSPACE));
            }
            assertEquals(GRADIENTS, shadings.size());
            assertTrue(before.stream().anyMatch(b -> b instanceof COSObject) && before.stream().anyMatch(b -> b instanceof COSArray),
                    "the file names its colour space both ways: " + before);
            ShadingColorSpaces colors = new ShadingColorSpaces(doc.getResourceCache());
            for (PDShading s : shadings) {
                colors.share(s);
            }
            for (int i = 0; i < shadings.size(); i++) {
                assertSame(shadings.get(0).getColorSpace(), shadings.get(i).getColorSpace(), "shading " + i);
                assertSame(before.get(i), shadings.get(i).getCOSObject().getItem(COSName.COLORSPACE), "shading " + i + "'s dictionary");
                assertNull(shadings.get(i).getCOSObject().getItem(COSName.CS), "shading " + i + " gained /CS");
            }
        }
    }

    @Test
    void aDeviceColourSpaceIsPdfBoxsOwnAndOtherArraysAreTheirOwnKey() {
        assertNull(ShadingColorSpaces.key(COSName.DEVICERGB));
        COSStream profile = new COSStream();
        assertSame(profile, ShadingColorSpaces.key(new COSArray(List.of(COSName.ICCBASED, profile))));
        COSArray indexed = new COSArray(List.of(COSName.INDEXED, COSName.DEVICERGB, COSInteger.get(1)));
        assertSame(indexed, ShadingColorSpaces.key(indexed));
    }

    @Test
    void gradientsInOneIccColourSpaceAreDrawnAsPdfBoxDrawsThem() throws Exception {
        Path file = gradients();
        try (PdfDocument pdf = PdfDocument.open(file)) {
            for (int pass = 0; pass < 2; pass++) { // the second with every colour space already shared
                BufferedImage gloss = pdf.render(1, DPI_150);
                BufferedImage reference = RenderFidelityTest.plainPdfBox(file, 1, DPI_150);
                RenderFidelityTest.Difference d = RenderFidelityTest.compare(gloss, reference, 1);
                assertTrue(d.mean() < 0.01 && d.badShare() == 0, "pass " + pass + ": " + d);
                // both drew the gradients: the middle of the first band and of the pattern's rectangle are not paper
                for (float y : new float[] {60, 730}) {
                    int rgb = gloss.getRGB(gloss.getWidth() / 2, (int) ((792 - y) * DPI_150));
                    assertNotEquals(0xffffff, rgb & 0xffffff, "at y " + y);
                }
            }
        }
    }

}
