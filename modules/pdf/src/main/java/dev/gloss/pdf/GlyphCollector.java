package dev.gloss.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects the glyphs of one page through PDFBox's text stripper (which already drops
 * duplicated "fake bold" glyphs and merges diacritics) and hands them to {@link TextLayout}
 * instead of PDFBox's own line building.
 */
final class GlyphCollector extends PDFTextStripper {
    private final Map<PDFont, double[]> fontExtents = new IdentityHashMap<>();
    private List<Glyph> glyphs = List.of();
    private double cropX;
    private double cropY;

    GlyphCollector() {
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of page {@code index} (from 0), in content-stream order. */
    List<Glyph> collect(PDDocument doc, int index) throws IOException {
        PDPage page = doc.getPage(index);
        PDRectangle crop = page.getCropBox();
        cropX = crop.getLowerLeftX();
        cropY = crop.getLowerLeftY();
        glyphs = new ArrayList<>();
        setStartPage(index + 1);
        setEndPage(index + 1);
        writeText(doc, new StringWriter());
        List<Glyph> out = glyphs;
        glyphs = List.of();
        return out;
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition tp : article) {
                Glyph g = toGlyph(tp);
                if (g != null) {
                    glyphs.add(g);
                }
            }
        }
    }

    private Glyph toGlyph(TextPosition tp) {
        String text = clean(tp.getUnicode());
        if (text.isEmpty()) {
            return null;
        }
        Matrix m = tp.getTextMatrix();
        double[] extents = extents(tp.getFont());
        // the rendering matrix's y column is the font size in user space; a Type 3 font's own
        // matrix may scale glyph space differently from the usual 1/1000
        double size = Math.hypot(m.getValue(1, 0), m.getValue(1, 1)) * extents[2];
        if (!(size > 0.01) || size > 5000) {
            return null;
        }
        // TextPosition holds positions relative to the crop box; page space is absolute
        double x = m.getTranslateX() + cropX;
        double y = m.getTranslateY() + cropY;
        double ex = tp.getEndX() + cropX - x;
        double ey = tp.getEndY() + cropY - y;
        double advance = Math.hypot(ex, ey);
        double dx;
        double dy;
        if (advance > 1e-6) {
            dx = ex / advance;
            dy = ey / advance;
        } else {
            double a = m.getValue(0, 0);
            double b = m.getValue(0, 1);
            double n = Math.hypot(a, b);
            if (n < 1e-9) {
                return null;
            }
            dx = a / n;
            dy = b / n;
            advance = 0;
        }
        double space = tp.getWidthOfSpace();
        if (!(space > 0) || space > size * 2) {
            space = 0;
        }
        return new Glyph(text, x, y, dx, dy, advance, size, extents[0] * size, extents[1] * size, space);
    }

    /** Ascent, descent (fractions of the font size) and the glyph-space scale factor. */
    private double[] extents(PDFont font) {
        return fontExtents.computeIfAbsent(font, f -> {
            double ascent = 0.75;
            double descent = 0.22;
            double scale = 1;
            if (f instanceof PDType3Font t3) {
                Matrix fm = t3.getFontMatrix();
                double s = Math.abs(fm.getScaleY());
                if (s > 1e-9 && s < 1e3) {
                    scale = s / 0.001;
                }
            } else {
                PDFontDescriptor d = f.getFontDescriptor();
                if (d != null) {
                    double a = d.getAscent() / 1000.0;
                    double de = -d.getDescent() / 1000.0;
                    if (a >= 0.5 && a <= 1.1) {
                        ascent = a;
                    }
                    if (de >= 0.05 && de <= 0.4) {
                        descent = de;
                    }
                }
            }
            return new double[] {ascent, descent, scale};
        });
    }

    /** Expands ligatures and drops control characters. */
    static String clean(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(unicode.length());
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u00A0') {
                sb.append(' ');
            } else if (!Character.isISOControl(c) && c != '\uFFFD' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return Normalizer.isNormalized(sb, Normalizer.Form.NFC) ? sb.toString() : Normalizer.normalize(sb, Normalizer.Form.NFC);
    }
}
