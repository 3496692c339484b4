package dev.gloss.desktop.core;

import dev.gloss.workspace.Palette;
import java.awt.Color;
import java.util.List;

/** The annotation colours of {@link Palette} as Swing paints them (keys 1–8 in the reader). */
public final class AnnotationColors {
    /** In key order: 1 yellow … 8 gray. */
    public static final List<String> NAMES = Palette.NAMES;

    private AnnotationColors() {
    }

    /** The screen colour for a name or {@code #rrggbb}; yellow when unknown. */
    public static Color of(String name) {
        return new Color(Palette.screen(name));
    }

    /** The colour to paint a highlight with over page content. */
    public static Color translucent(String name) {
        Color c = of(name);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 96);
    }
}
