package dev.gloss.desktop.core;

import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * The application's look and feel: FlatLaf light by default, FlatLaf dark on request. The
 * platform reads the class name from the {@code laf} preference node while it starts, so a
 * change takes effect at the next start.
 */
public enum Theme {
    LIGHT("com.formdev.flatlaf.FlatLightLaf"),
    DARK("com.formdev.flatlaf.FlatDarkLaf");

    private static final String NODE = "laf";
    private static final String KEY = "laf";
    private final String lafClass;

    Theme(String lafClass) {
        this.lafClass = lafClass;
    }

    public String lafClass() {
        return lafClass;
    }

    /** The theme chosen now (what the next start will use). */
    public static Theme current() {
        String laf = prefs().get(KEY, LIGHT.lafClass);
        return DARK.lafClass.equals(laf) ? DARK : LIGHT;
    }

    /** Chooses the theme for the next start. */
    public static void choose(Theme theme) {
        prefs().put(KEY, theme.lafClass);
    }

    /** Makes FlatLaf light the default when the user has chosen nothing yet. */
    static void applyDefault() {
        if (prefs().get(KEY, null) == null) {
            prefs().put(KEY, LIGHT.lafClass);
        }
    }

    private static Preferences prefs() {
        return NbPreferences.root().node(NODE);
    }
}
