package dev.gloss.workspace;

import java.util.Locale;

/**
 * How a text box (a FreeText mark, text typed onto the page) shows its text, as the PDF it came
 * from drew it; the text itself is the annotation's note and its colour the annotation's colour.
 *
 * @param fontSize the text's size in points (above 0)
 * @param font     {@value #SANS}, {@value #SERIF} or {@value #MONO}
 * @param fill     the box's background, {@code #rrggbb}, or null when the page shows through
 * @param border   the width of the box's frame in points, drawn in the text's colour; 0 for none
 */
public record TextBox(double fontSize, String font, String fill, double border) {
    public static final String SANS = "sans";
    public static final String SERIF = "serif";
    public static final String MONO = "mono";
    /** The look of a text box the PDF says nothing about: 10 pt sans, no background, no frame. */
    public static final TextBox PLAIN = new TextBox(10, SANS, null, 0);

    public TextBox {
        fontSize = fontSize > 0 && Double.isFinite(fontSize) ? fontSize : 10;
        String f = font == null ? SANS : font.toLowerCase(Locale.ROOT);
        font = f.equals(SERIF) || f.equals(MONO) ? f : SANS;
        fill = fill == null || !fill.matches("#[0-9a-fA-F]{6}") ? null : fill.toLowerCase(Locale.ROOT);
        border = border > 0 && Double.isFinite(border) ? border : 0;
    }
}
