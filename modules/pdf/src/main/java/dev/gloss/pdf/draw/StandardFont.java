package dev.gloss.pdf.draw;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** The standard 14 fonts a {@link NewPdf} can use (every PDF reader has them; nothing is embedded). */
public enum StandardFont {
    TIMES_ROMAN(FontName.TIMES_ROMAN),
    TIMES_BOLD(FontName.TIMES_BOLD),
    TIMES_ITALIC(FontName.TIMES_ITALIC),
    HELVETICA(FontName.HELVETICA),
    COURIER(FontName.COURIER);

    final FontName name;

    StandardFont(FontName name) {
        this.name = name;
    }
}
