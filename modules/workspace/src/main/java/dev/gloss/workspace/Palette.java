package dev.gloss.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The eight annotation colours of Gloss. An annotation stores a colour's name (or a custom
 * {@code #rrggbb}); each name has two values: the one it is painted with on screen (the reader,
 * the annotation list) and the one written into PDFs as /C (the palette Zotero uses, so exported
 * highlights look familiar there).
 * <p>
 * A colour read from a PDF is named by its <em>hue</em> ({@link #nearest(float, float, float)}):
 * every clearly coloured RGB falls into the hue band of one name (red 345-15 degrees, orange
 * 15-42, yellow 42-75, green 75-165, blue 165-245, purple 245-285, magenta 285-345), an
 * unsaturated mid-tone is gray, and only near-black and near-white colours, which no name
 * describes, are kept as {@code #rrggbb}. A named colour therefore always comes back with its own
 * name, and a light "Acrobat yellow" ({@code #ffff99}) is simply yellow.
 */
public final class Palette {
    /**
     * One colour of the palette.
     *
     * @param name   what annotations store, lower case
     * @param screen {@code 0xRRGGBB} it is painted with in the application
     * @param pdf    {@code 0xRRGGBB} written into PDFs (and Web Annotation styles)
     */
    public record Swatch(String name, int screen, int pdf) {
    }

    /** The colours, in the order of the reader's keys 1-8. */
    public static final List<Swatch> SWATCHES = List.of(
            new Swatch("yellow", 0xFFD54A, 0xffd400),
            new Swatch("red", 0xF25C54, 0xff6666),
            new Swatch("green", 0x5CC26B, 0x5fb236),
            new Swatch("blue", 0x4C9BE8, 0x2ea8e5),
            new Swatch("purple", 0x9B6CD6, 0xa28ae5),
            new Swatch("magenta", 0xE0529C, 0xe56eee),
            new Swatch("orange", 0xF59B3D, 0xf19837),
            new Swatch("gray", 0x9AA0A6, 0xaaaaaa));
    /** The colour names, in the order of the reader's keys 1-8. */
    public static final List<String> NAMES = SWATCHES.stream().map(Swatch::name).toList();
    /** The colour new highlights get when none is chosen. */
    public static final String DEFAULT = "yellow";

    private Palette() {
    }

    /** The swatch of a colour name (any case), if it is one. */
    public static Optional<Swatch> swatch(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.toLowerCase(Locale.ROOT);
        return SWATCHES.stream().filter(s -> s.name().equals(key)).findFirst();
    }

    /**
     * A colour as the user typed it, checked and normalised: a name (any case, "grey" too) or
     * {@code #rgb}/{@code #rrggbb}; a hex value that is exactly a palette colour (its PDF value)
     * becomes its name. Empty when it is neither.
     */
    public static Optional<String> parse(String input) {
        String s = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (s.equals("grey")) {
            s = "gray";
        }
        if (NAMES.contains(s)) {
            return Optional.of(s);
        }
        String hex = s.startsWith("#") ? s.substring(1) : "";
        if (hex.matches("[0-9a-f]{3}")) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        if (hex.matches("[0-9a-f]{6}")) {
            return Optional.of(byPdfValue(Integer.parseInt(hex, 16)).orElse("#" + hex));
        }
        return Optional.empty();
    }

    /** {@code 0xRRGGBB} to paint a colour name or {@code #rrggbb} with on screen; unknown colours give yellow. */
    public static int screen(String color) {
        return swatch(color).map(Swatch::screen).orElseGet(() -> custom(color, SWATCHES.get(0).screen()));
    }

    /** {@code 0xRRGGBB} to write into a PDF for a colour name or {@code #rrggbb}; unknown colours give yellow. */
    public static int pdf(String color) {
        return swatch(color).map(Swatch::pdf).orElseGet(() -> custom(color, SWATCHES.get(0).pdf()));
    }

    /** Red, green and blue in 0..1 of {@link #pdf(String)}: the /C array of an annotation. */
    public static float[] pdfRgb(String color) {
        int v = pdf(color);
        return new float[] {((v >> 16) & 255) / 255f, ((v >> 8) & 255) / 255f, (v & 255) / 255f};
    }

    /** {@code #rrggbb} of {@link #pdf(String)}. */
    public static String pdfHex(String color) {
        float[] c = pdfRgb(color);
        return hex(c[0], c[1], c[2]);
    }

    /** The Gloss colour for an RGB colour read from a PDF (components 0..1): a name, or #rrggbb. */
    public static String nearest(float r, float g, float b) {
        String hex = hex(r, g, b);
        Optional<String> named = byPdfValue(Integer.parseInt(hex.substring(1), 16));
        if (named.isPresent()) {
            return named.get();
        }
        float max = Math.max(r, Math.max(g, b));
        float min = Math.min(r, Math.min(g, b));
        float saturation = max == 0 ? 0 : (max - min) / max;
        if (max < 0.2f) {
            return hex;
        }
        if (saturation < 0.12f) {
            return max > 0.95f ? hex : "gray";
        }
        return byHue(hue(r, g, b, max, min));
    }

    /** The Gloss colour for a gray level (PDF /C with one component). */
    public static String nearest(float gray) {
        return nearest(gray, gray, gray);
    }

    /** The Gloss colour for CMYK components (PDF /C with four components). */
    public static String nearest(float c, float m, float y, float k) {
        return nearest((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k));
    }

    private static Optional<String> byPdfValue(int rgb) {
        return SWATCHES.stream().filter(s -> s.pdf() == rgb).map(Swatch::name).findFirst();
    }

    private static int custom(String color, int fallback) {
        return color != null && color.matches("#[0-9a-fA-F]{6}") ? Integer.parseInt(color.substring(1), 16) : fallback;
    }

    private static String byHue(float h) {
        if (h >= 345 || h < 15) {
            return "red";
        } else if (h < 42) {
            return "orange";
        } else if (h < 75) {
            return "yellow";
        } else if (h < 165) {
            return "green";
        } else if (h < 245) {
            return "blue";
        } else if (h < 285) {
            return "purple";
        }
        return "magenta";
    }

    private static float hue(float r, float g, float b, float max, float min) {
        float d = max - min;
        float h;
        if (max == r) {
            h = 60 * (((g - b) / d) % 6);
        } else if (max == g) {
            h = 60 * ((b - r) / d + 2);
        } else {
            h = 60 * ((r - g) / d + 4);
        }
        return h < 0 ? h + 360 : h;
    }

    private static String hex(float r, float g, float b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", to255(r), to255(g), to255(b));
    }

    private static int to255(float x) {
        return Math.max(0, Math.min(255, Math.round(x * 255)));
    }
}
