package dev.gloss.pdf.draw;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * A font of one {@link NewPdf} ({@link NewPdf#font}): what text is set in, and how wide it is.
 * Only characters of WinAnsiEncoding can be shown.
 */
public final class PdfFont {
    final PDFont font;

    PdfFont(StandardFont which) {
        this.font = new PDType1Font(which.name);
    }

    /** The width of {@code s} set at {@code size} points, in points. */
    public float width(String s, float size) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            // a character the font cannot encode: a bug in the caller's text
            throw new UncheckedIOException(e);
        }
    }
}
