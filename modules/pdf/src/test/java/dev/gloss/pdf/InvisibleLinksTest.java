package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links whose border has width 0 and that have no appearance of their own (hyperref's
 * /Border [0 0 0]) are not drawn at all: PDFBox would build an empty appearance for each. The
 * page is PDFBox's pixels all the same, and a link with a visible border is still drawn.
 */
class InvisibleLinksTest {
    @TempDir
    Path dir;

    @Test
    void onlyLinksWithoutAppearanceAndWithABorderOfWidthZeroAreInvisible() {
        assertTrue(GlossPageDrawer.invisibleBorder(link(border(0, 0, 0), null)), "/Border [0 0 0]");
        assertFalse(GlossPageDrawer.invisibleBorder(link(border(0, 0, 1), null)), "/Border [0 0 1]");
        assertFalse(GlossPageDrawer.invisibleBorder(new PDAnnotationLink()), "no /Border: width 1");
        // PDFBox pads a short /Border with zeros, and so draws nothing for it either
        assertTrue(GlossPageDrawer.invisibleBorder(link(border(0, 0), null)), "a /Border without its width");
        assertTrue(GlossPageDrawer.invisibleBorder(link(border(0, 0, 2), 0f)), "/BS /W 0 wins over /Border");
        assertFalse(GlossPageDrawer.invisibleBorder(link(border(0, 0, 0), 1f)), "/BS /W 1 wins over /Border");
        PDAnnotationLink drawnItsOwnWay = link(border(0, 0, 0), null);
        drawnItsOwnWay.setAppearance(new PDAppearanceDictionary());
        assertFalse(GlossPageDrawer.invisibleBorder(drawnItsOwnWay), "a link with an appearance of its own");
    }

    @Test
    void aPageOfLinksIsPdfBoxsPixels() throws Exception {
        Path file = dir.resolve("links.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, 300));
            doc.addPage(page);
            PDAnnotationLink hidden = link(border(0, 0, 0), null);
            hidden.setRectangle(new PDRectangle(20, 20, 100, 40));
            PDAnnotationLink shown = link(border(0, 0, 2), null);
            shown.setRectangle(new PDRectangle(20, 150, 100, 40));
            shown.setColor(new PDColor(new float[] {1, 0, 0}, PDDeviceRGB.INSTANCE));
            page.getAnnotations().add(hidden);
            page.getAnnotations().add(shown);
            doc.save(file.toFile());
        }
        try (PdfDocument pdf = PdfDocument.open(file)) {
            BufferedImage gloss = pdf.render(1, 2f);
            BufferedImage pdfbox = RenderFidelityTest.plainPdfBox(file, 1, 2f);
            assertArrayEquals(pdfbox.getRGB(0, 0, 600, 600, null, 0, 600), gloss.getRGB(0, 0, 600, 600, null, 0, 600));
            // the shown link's left edge, at x = 20 pt, y = 170 pt: drawn in red
            assertEquals(0xff0000, gloss.getRGB(40, 600 - 340) & 0xffffff, "the visible border is drawn");
        }
    }

    private static PDAnnotationLink link(COSArray border, Float styleWidth) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(0, 0, 10, 10));
        link.setBorder(border);
        if (styleWidth != null) {
            PDBorderStyleDictionary style = new PDBorderStyleDictionary();
            style.setWidth(styleWidth);
            link.setBorderStyle(style);
        }
        return link;
    }

    private static COSArray border(int... values) {
        COSArray a = new COSArray();
        for (int v : values) {
            a.add(COSInteger.get(v));
        }
        return a;
    }
}
