package dev.gloss.pdf.marks;

import dev.gloss.workspace.Palette;
import dev.gloss.workspace.TextBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * A FreeText mark's text and how it is set, read from and written to its dictionary as readers
 * do: the text from /Contents (or, when a writer left that out, the rich text /RC without its
 * markup); the size, font and colour from /DA (the default appearance string) and /DS (the
 * default style, whose colour wins for the text, as in Acrobat and PDFBox); the background from
 * /C; the frame from /BS or /Border (1 pt when neither says, as the PDF specification has it).
 */
final class FreeTextLook {
    private static final Pattern DS_COLOR = Pattern.compile("color:\\s*#([0-9a-fA-F]{6})");
    private static final Pattern DS_FONT = Pattern.compile("font:\\s*([^;]*?)\\s+([0-9]+(?:\\.[0-9]+)?)pt");
    private static final Pattern DS_SIZE = Pattern.compile("font-size:\\s*([0-9]+(?:\\.[0-9]+)?)pt");
    private static final Pattern DS_FAMILY = Pattern.compile("font-family:\\s*([^;]+)");

    /** The text's colour (RGB, 0..1) and the box's look. */
    record Look(float[] textRgb, TextBox box) {
    }

    private FreeTextLook() {
    }

    static Look read(COSDictionary d) {
        String da = d.getString(COSName.DA);
        String ds = d.getString(COSName.DS);
        Appearance a = appearance(da);
        float[] rgb = a.rgb;
        double size = a.size;
        String font = a.font;
        if (ds != null) {
            Matcher c = DS_COLOR.matcher(ds);
            if (c.find()) {
                int v = Integer.parseInt(c.group(1), 16);
                rgb = new float[] {(v >> 16 & 255) / 255f, (v >> 8 & 255) / 255f, (v & 255) / 255f};
            }
            Matcher f = DS_FONT.matcher(ds);
            if (f.find()) {
                font = font == null ? family(f.group(1)) : font;
                size = size > 0 ? size : Double.parseDouble(f.group(2));
            }
            Matcher s = DS_SIZE.matcher(ds);
            if (size <= 0 && s.find()) {
                size = Double.parseDouble(s.group(1));
            }
            Matcher fam = DS_FAMILY.matcher(ds);
            if (font == null && fam.find()) {
                font = family(fam.group(1));
            }
        }
        return new Look(rgb == null ? new float[] {0, 0, 0} : rgb, new TextBox(size, font, fill(d.getDictionaryObject(COSName.C)),
                border(d)));
    }

    /** The text of a FreeText: /Contents, else the rich text's words; null when it has none. */
    static String text(COSDictionary d) {
        if (d.getDictionaryObject(COSName.CONTENTS) instanceof COSString s && !s.getString().isBlank()) {
            return s.getString();
        }
        COSBase rc = d.getDictionaryObject(COSName.RC);
        String xhtml = rc instanceof COSString s ? s.getString() : null;
        if (xhtml == null) {
            return null;
        }
        String plain = xhtml.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p\\s*>", "\n").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#xD;", "\n").replace("&#13;", "\n").replace("&amp;", "&").strip();
        return plain.isEmpty() ? null : plain;
    }

    /** Writes a text box's look into a FreeText whose text is coloured {@code color} (a Gloss colour). */
    static void write(PDAnnotationFreeText ft, String color, TextBox box) {
        TextBox b = box == null ? TextBox.PLAIN : box;
        float[] rgb = Palette.pdfRgb(color);
        String size = number(b.fontSize());
        ft.setDefaultAppearance("/" + resource(b.font()) + " " + size + " Tf " + number(rgb[0]) + " " + number(rgb[1]) + " "
                + number(rgb[2]) + " rg");
        ft.setDefaultStyleString("font: " + familyName(b.font()) + " " + size + "pt; color:" + Palette.pdfHex(color));
        ft.getCOSObject().removeItem(COSName.BORDER);
        PDBorderStyleDictionary bs = new PDBorderStyleDictionary();
        bs.setWidth((float) b.border());
        ft.setBorderStyle(bs);
        if (b.fill() == null) {
            ft.getCOSObject().removeItem(COSName.C);
        } else {
            float[] f = Palette.pdfRgb(b.fill());
            COSArray c = new COSArray();
            for (float v : f) {
                c.add(new org.apache.pdfbox.cos.COSFloat(v));
            }
            ft.getCOSObject().setItem(COSName.C, c);
        }
    }

    /** The Gloss colour of a FreeText's text: the exact Gloss colour it was written with, else #rrggbb. */
    static String color(float[] rgb, String own) {
        if (own != null) {
            float[] want = Palette.pdfRgb(own);
            if (Math.abs(want[0] - rgb[0]) < 0.003f && Math.abs(want[1] - rgb[1]) < 0.003f && Math.abs(want[2] - rgb[2]) < 0.003f) {
                return own;
            }
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255),
                Math.round(rgb[2] * 255));
    }

    /** What a /DA string says: the font resource's family, the size (0: automatic) and the last colour set. */
    private record Appearance(String font, double size, float[] rgb) {
    }

    private static Appearance appearance(String da) {
        if (da == null) {
            return new Appearance(null, 0, null);
        }
        String font = null;
        double size = 0;
        float[] rgb = null;
        List<String> operands = new ArrayList<>();
        for (String token : da.trim().split("\\s+")) {
            switch (token) {
                case "Tf" -> {
                    if (operands.size() >= 2) {
                        font = family(operands.get(operands.size() - 2));
                        size = number(operands.get(operands.size() - 1), 0);
                    }
                    operands.clear();
                }
                case "g" -> {
                    if (!operands.isEmpty()) {
                        float v = (float) number(operands.get(operands.size() - 1), 0);
                        rgb = new float[] {v, v, v};
                    }
                    operands.clear();
                }
                case "rg" -> {
                    if (operands.size() >= 3) {
                        int n = operands.size();
                        rgb = new float[] {(float) number(operands.get(n - 3), 0), (float) number(operands.get(n - 2), 0),
                            (float) number(operands.get(n - 1), 0)};
                    }
                    operands.clear();
                }
                case "k" -> {
                    if (operands.size() >= 4) {
                        int n = operands.size();
                        float c = (float) number(operands.get(n - 4), 0);
                        float m = (float) number(operands.get(n - 3), 0);
                        float y = (float) number(operands.get(n - 2), 0);
                        float k = (float) number(operands.get(n - 1), 0);
                        rgb = new float[] {(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)};
                    }
                    operands.clear();
                }
                default -> {
                    if (token.matches("[A-Za-z]+\\*?")) {
                        operands.clear(); // another operator (TL, Tc...)
                    } else {
                        operands.add(token);
                    }
                }
            }
        }
        return new Appearance(font, size, rgb);
    }

    /** The family of a font name (a resource name as /Cour or /Helv, or a family as "Courier New"). */
    static String family(String name) {
        String n = name.replace("/", "").toLowerCase(Locale.ROOT);
        if (n.contains("cour") || n.contains("mono") || n.contains("consol")) {
            return TextBox.MONO;
        }
        if (n.startsWith("ti") || n.contains("times") || n.contains("roman") || n.contains("serif") && !n.contains("sans")
                || n.contains("georgia")) {
            return TextBox.SERIF;
        }
        return TextBox.SANS;
    }

    private static String resource(String family) {
        return switch (family) {
            case TextBox.MONO -> "Cour";
            case TextBox.SERIF -> "TiRo";
            default -> "Helv";
        };
    }

    private static String familyName(String family) {
        return switch (family) {
            case TextBox.MONO -> "Courier";
            case TextBox.SERIF -> "Times";
            default -> "Helvetica";
        };
    }

    private static String fill(COSBase c) {
        if (!(c instanceof COSArray arr) || arr.size() == 0) {
            return null;
        }
        float[] v = new float[arr.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = arr.getObject(i) instanceof COSNumber n ? n.floatValue() : 0;
        }
        float[] rgb = switch (v.length) {
            case 1 -> new float[] {v[0], v[0], v[0]};
            case 3 -> v;
            case 4 -> new float[] {(1 - v[0]) * (1 - v[3]), (1 - v[1]) * (1 - v[3]), (1 - v[2]) * (1 - v[3])};
            default -> null;
        };
        return rgb == null ? null : color(rgb, null);
    }

    private static double border(COSDictionary d) {
        if (d.getDictionaryObject(COSName.BS) instanceof COSDictionary bs) {
            return bs.getDictionaryObject(COSName.W) instanceof COSNumber w ? w.floatValue() : 1;
        }
        if (d.getDictionaryObject(COSName.BORDER) instanceof COSArray border && border.size() >= 3
                && border.getObject(2) instanceof COSNumber w) {
            return w.floatValue();
        }
        return 1;
    }

    private static double number(String s, double otherwise) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
