package dev.gloss.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The eight annotation colours of Gloss and the mapping between them and PDF RGB colours.
 * <p>
 * Named colours are written to PDFs with the RGB values below (the palette Zotero uses, so
 * exported highlights look familiar there). A colour read from a PDF is named by its <em>hue</em>:
 * every clearly coloured RGB falls into the hue band of one name (red 345-15 degrees, orange 15-42,
 * yellow 42-75, green 75-165, blue 165-245, purple 245-285, magenta 285-345), an unsaturated
 * mid-tone is gray, and only near-black and near-white colours, which no name describes, are kept
 * as {@code #rrggbb}. A named colour therefore always comes back with its own name, and a light
 * "Acrobat yellow" ({@code #ffff99}) is simply yellow. (A custom {@code #rrggbb} colour survives a
 * round trip through Gloss's own PDF export, which records it in a private key.)
 */
public final class Colors {
    /** The colour names, in the order of the reader's keys 1-8. */
    public static final List<String> NAMES = List.of("yellow", "red", "green", "blue", "purple", "magenta",
            "orange", "gray");
    /** The colour new highlights get when none is chosen. */
    public static final String DEFAULT = "yellow";

    private static final Map<String, Integer> RGB = new LinkedHashMap<>();

    static {
        RGB.put("yellow", 0xffd400);
        RGB.put("red", 0xff6666);
        RGB.put("green", 0x5fb236);
        RGB.put("blue", 0x2ea8e5);
        RGB.put("purple", 0xa28ae5);
        RGB.put("magenta", 0xe56eee);
        RGB.put("orange", 0xf19837);
        RGB.put("gray", 0xaaaaaa);
    }

    private Colors() {
    }

    /**
     * A colour as the user typed it, checked and normalised: a name (any case, "grey" too) or
     * {@code #rgb}/{@code #rrggbb}; a hex value that is exactly a palette colour becomes its name.
     *
     * @throws LibraryException if it is neither
     */
    public static String parse(String input) {
        String s = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (s.equals("grey")) {
            s = "gray";
        }
        if (RGB.containsKey(s)) {
            return s;
        }
        String hex = s.startsWith("#") ? s.substring(1) : "";
        if (hex.matches("[0-9a-f]{3}")) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        if (hex.matches("[0-9a-f]{6}")) {
            int v = Integer.parseInt(hex, 16);
            for (Map.Entry<String, Integer> e : RGB.entrySet()) {
                if (e.getValue() == v) {
                    return e.getKey();
                }
            }
            return "#" + hex;
        }
        throw new LibraryException(LibraryException.Reason.NOT_A_COLOUR, input, String.join(", ", NAMES));
    }

    /** Red, green and blue in 0..1 of a colour name or {@code #rrggbb}; unknown colours give yellow. */
    public static float[] rgb(String color) {
        Integer v = color == null ? null : RGB.get(color);
        if (v == null && color != null && color.matches("#[0-9a-fA-F]{6}")) {
            v = Integer.parseInt(color.substring(1), 16);
        }
        if (v == null) {
            v = RGB.get(DEFAULT);
        }
        return new float[] {((v >> 16) & 255) / 255f, ((v >> 8) & 255) / 255f, (v & 255) / 255f};
    }

    /** {@code #rrggbb} of a colour name or hex colour. */
    public static String hex(String color) {
        float[] c = rgb(color);
        return hex(c[0], c[1], c[2]);
    }

    /** The Gloss colour for an RGB colour read from a PDF (components 0..1): a name, or #rrggbb. */
    public static String nearest(float r, float g, float b) {
        String hex = hex(r, g, b);
        int v = Integer.parseInt(hex.substring(1), 16);
        for (Map.Entry<String, Integer> e : RGB.entrySet()) {
            if (e.getValue() == v) {
                return e.getKey();
            }
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
