package dev.gloss.pdf.draw;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on one page of a {@link NewPdf}: text objects, stroked lines and images, in PDF user space
 * (points, origin bottom-left). The operators are those of a PDF content stream, written in the
 * order they are called; close the canvas when the page is drawn.
 */
public final class PageCanvas implements AutoCloseable {
    private final PDPageContentStream cs;
    private final PDDocument doc;

    PageCanvas(PDDocument doc, PDPageContentStream cs) {
        this.doc = doc;
        this.cs = cs;
    }

    /**
     * An image (PNG or JPEG bytes) drawn into the box with its lower-left corner at
     * ({@code x}, {@code y}), {@code width} by {@code height} points.
     *
     * @param name for the error when the bytes are no image PDFBox reads
     */
    public void image(byte[] bytes, String name, float x, float y, float width, float height) throws IOException {
        cs.drawImage(PDImageXObject.createFromByteArray(doc, bytes, name), x, y, width, height);
    }

    /** One line of text at a baseline: a whole text object. */
    public void text(PdfFont font, float size, float x, float baseline, String s) throws IOException {
        cs.beginText();
        cs.setFont(font.font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    public void beginText() throws IOException {
        cs.beginText();
    }

    public void endText() throws IOException {
        cs.endText();
    }

    public void setFont(PdfFont font, float size) throws IOException {
        cs.setFont(font.font, size);
    }

    public void showText(String s) throws IOException {
        cs.showText(s);
    }

    public void newLineAtOffset(float tx, float ty) throws IOException {
        cs.newLineAtOffset(tx, ty);
    }

    /** Raises the text from its baseline (superscripts), in points. */
    public void setTextRise(float rise) throws IOException {
        cs.setTextRise(rise);
    }

    /** Extra space after each space character (justified lines), in points. */
    public void setWordSpacing(float spacing) throws IOException {
        cs.setWordSpacing(spacing);
    }

    /** Starts the text at (x, y), turned by {@code theta} radians counter-clockwise. */
    public void setTextRotation(double theta, float x, float y) throws IOException {
        cs.setTextMatrix(Matrix.getRotateInstance(theta, x, y));
    }

    public void setNonStrokingColor(Color color) throws IOException {
        cs.setNonStrokingColor(color);
    }

    public void setStrokingColor(Color color) throws IOException {
        cs.setStrokingColor(color);
    }

    public void setLineWidth(float width) throws IOException {
        cs.setLineWidth(width);
    }

    /** A dash pattern (on, off lengths; empty for solid lines) starting at {@code phase}. */
    public void setLineDashPattern(float[] pattern, float phase) throws IOException {
        cs.setLineDashPattern(pattern, phase);
    }

    public void moveTo(float x, float y) throws IOException {
        cs.moveTo(x, y);
    }

    public void lineTo(float x, float y) throws IOException {
        cs.lineTo(x, y);
    }

    public void stroke() throws IOException {
        cs.stroke();
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
