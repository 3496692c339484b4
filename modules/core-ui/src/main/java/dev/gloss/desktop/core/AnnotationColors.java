package dev.gloss.desktop.core;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/** The eight highlight colours (keys 1–8 in the reader) and how they paint. */
public final class AnnotationColors {
    /** In key order: 1 yellow … 8 gray. */
    public static final List<String> NAMES = List.of("yellow", "red", "green", "blue", "purple", "magenta", "orange", "gray");
    private static final List<Color> COLORS = List.of(
            new Color(0xFFD54A), new Color(0xF25C54), new Color(0x5CC26B), new Color(0x4C9BE8),
            new Color(0x9B6CD6), new Color(0xE0529C), new Color(0xF59B3D), new Color(0x9AA0A6));

    private AnnotationColors() {
    }

    /** The colour for a name or {@code #rrggbb}; yellow when unknown. */
    public static Color of(String name) {
        if (name == null) {
            return COLORS.get(0);
        }
        int i = NAMES.indexOf(name.toLowerCase(Locale.ROOT));
        if (i >= 0) {
            return COLORS.get(i);
        }
        if (name.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(name.substring(1), 16));
        }
        return COLORS.get(0);
    }

    /** The colour to paint a highlight with over page content. */
    public static Color translucent(String name) {
        Color c = of(name);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 96);
    }
}
