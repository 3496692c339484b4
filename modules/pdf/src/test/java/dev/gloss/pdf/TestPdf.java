package dev.gloss.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/** Builds small PDFs with text at known places, so tests know exactly what the text layer must be. */
final class TestPdf implements AutoCloseable {
    static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    final PDDocument doc = new PDDocument();
    private final List<PDPageContentStream> open = new ArrayList<>();
    private PDPageContentStream cs;
    PDPage page;

    TestPdf page() throws IOException {
        return page(PDRectangle.LETTER, 0);
    }

    TestPdf page(PDRectangle box, int rotation) throws IOException {
        page = new PDPage(box);
        page.setRotation(rotation);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        open.add(cs);
        return this;
    }

    /** Text with its baseline starting at (x, y). */
    TestPdf text(float x, float y, float size, String s) throws IOException {
        return text(x, y, size, 0, s);
    }

    /** Text rotated counter-clockwise by {@code degrees} about its start. */
    TestPdf text(float x, float y, float size, double degrees, String s) throws IOException {
        cs.beginText();
        cs.setFont(TIMES, size);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(degrees), x, y));
        cs.showText(s);
        cs.endText();
        return this;
    }

    TestPdf rect(float x, float y, float w, float h) throws IOException {
        cs.setNonStrokingColor(0f);
        cs.addRect(x, y, w, h);
        cs.fill();
        return this;
    }

    /**
     * A 1-bit image mask of {@code size} x {@code size} samples drawn at (x, y, w, w) in red:
     * painted (sample 0) in its left half, clear in its right half.
     */
    TestPdf stencil(int size, float x, float y, float w) throws IOException {
        int rowBytes = (size + 7) / 8;
        byte[] raw = new byte[rowBytes * size];
        for (int r = 0; r < size; r++) {
            for (int c = size / 2; c < size; c++) {
                raw[r * rowBytes + c / 8] |= (byte) (0x80 >> (c % 8));
            }
        }
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(packed)) {
            z.write(raw);
        }
        org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject mask = new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(
                doc, new java.io.ByteArrayInputStream(packed.toByteArray()), org.apache.pdfbox.cos.COSName.FLATE_DECODE, size, size, 1,
                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
        mask.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.COLORSPACE);
        mask.setStencil(true);
        cs.setNonStrokingColor(1f, 0f, 0f);
        cs.drawImage(mask, x, y, w, w);
        return this;
    }

    /** Width of a string in the test font, points. */
    static float width(String s, float size) throws IOException {
        return TIMES.getStringWidth(s) / 1000 * size;
    }

    Path save(Path file) throws IOException {
        for (PDPageContentStream c : open) {
            c.close();
        }
        open.clear();
        doc.save(file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        for (PDPageContentStream c : open) {
            c.close();
        }
        doc.close();
    }
}
