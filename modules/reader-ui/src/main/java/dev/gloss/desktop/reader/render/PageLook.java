package dev.gloss.desktop.reader.render;

import dev.gloss.pdf.PageColors;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * How the reader shows pages, as the user chose it (Tools ▸ Options ▸ Reader, and the toolbar's
 * quick toggles), kept in the reader's preferences: the page colours, two pages side by side, and
 * whether the borders a PDF draws around its links show (hidden unless asked, as pdf.js and Zotero
 * hide them).
 */
public final class PageLook {
    /** The page colours: {@code printed}, {@code dark} or {@code sepia}. */
    public static final String COLORS = "pageColors";
    /** What the quick toggle turns printed pages into: the last colours other than printed. */
    public static final String TOGGLED = "pageColorsToggled";
    /** Two pages side by side. */
    public static final String SPREAD = "spread";
    /** Whether the borders the file gives its links are drawn. */
    public static final String LINK_BORDERS = "linkBorders";

    private PageLook() {
    }

    /** True for the keys of this look (a change of one of them redraws the pages). */
    public static boolean isKey(String key) {
        return COLORS.equals(key) || SPREAD.equals(key) || LINK_BORDERS.equals(key);
    }

    public static PageColors colors(Preferences prefs) {
        return parse(prefs.get(COLORS, null), PageColors.PRINTED);
    }

    /** The colours the quick toggle turns on: never printed; dark unless sepia was chosen last. */
    public static PageColors toggled(Preferences prefs) {
        PageColors c = parse(prefs.get(TOGGLED, null), PageColors.DARK);
        return c == PageColors.PRINTED ? PageColors.DARK : c;
    }

    /** Sets the page colours; colours other than printed become what the quick toggle turns on. */
    public static void setColors(Preferences prefs, PageColors colors) {
        prefs.put(COLORS, colors.name().toLowerCase(Locale.ROOT));
        if (colors != PageColors.PRINTED) {
            prefs.put(TOGGLED, colors.name().toLowerCase(Locale.ROOT));
        }
    }

    /** The quick toggle: printed pages to the chosen colours, any colours back to printed. */
    public static void toggleColors(Preferences prefs) {
        setColors(prefs, colors(prefs) == PageColors.PRINTED ? toggled(prefs) : PageColors.PRINTED);
    }

    public static boolean spread(Preferences prefs) {
        return prefs.getBoolean(SPREAD, false);
    }

    public static boolean linkBorders(Preferences prefs) {
        return prefs.getBoolean(LINK_BORDERS, false);
    }

    private static PageColors parse(String s, PageColors otherwise) {
        if (s != null) {
            for (PageColors c : PageColors.values()) {
                if (c.name().equalsIgnoreCase(s.strip())) {
                    return c;
                }
            }
        }
        return otherwise;
    }
}
