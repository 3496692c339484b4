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
