package dev.gloss.pdf.marks;

import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.InkStroke;
import dev.gloss.workspace.Palette;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.TextBox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.DateConverter;

/**
 * Reads the annotations other readers wrote into a PDF (Highlight, Underline, StrikeOut, Squiggly,
 * Text, FreeText, Ink with its strokes, and Square, a box drawn around a figure, which Gloss reads
 * as a clip of that area) with raw PDFBox. Other subtypes (links, form widgets, popups, stamps) are
 * not the user's notes and are skipped. A page whose annotations cannot be parsed is logged and
 * skipped; the others are still read.
 */
final class MarkReader {
    /** The private key under which Gloss exports store an annotation's tags. */
    static final COSName TAGS = COSName.getPDFName("GlossTags");
    /** The private key under which Gloss exports store the exact Gloss colour (a name or #rrggbb). */
    static final COSName COLOR = COSName.getPDFName("GlossColor");

    private static final Logger LOG = Logger.getLogger(MarkReader.class.getName());
    private static final Map<String, AnnotationType> TYPES = Map.of(
            "Highlight", AnnotationType.HIGHLIGHT,
            "Underline", AnnotationType.UNDERLINE,
            "StrikeOut", AnnotationType.STRIKEOUT,
            "Squiggly", AnnotationType.SQUIGGLY,
            "Text", AnnotationType.NOTE,
            "FreeText", AnnotationType.FREETEXT,
            "Ink", AnnotationType.INK,
            "Square", AnnotationType.CLIP);

    private MarkReader() {
    }

    /** A mark together with where it lives, for writers that update it in place. */
    record Found(PdfMark mark, PDPage page, COSDictionary dict) {
    }

    /** Every supported annotation of the document, page by page in /Annots order. */
    static List<PdfMark> read(PDDocument doc) {
        return find(doc).stream().map(Found::mark).toList();
    }

    static List<Found> find(PDDocument doc) {
        List<Found> out = new ArrayList<>();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            try {
                for (PDAnnotation a : page.getAnnotations()) {
                    PdfMark m = mark(n, page, a.getCOSObject());
                    if (m != null) {
                        out.add(new Found(m, page, a.getCOSObject()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Skipping the unreadable annotations of page " + n, e);
            }
        }
        return out;
    }

    private static PdfMark mark(int pageNumber, PDPage page, COSDictionary d) {
        AnnotationType type = TYPES.get(d.getNameAsString(COSName.SUBTYPE));
        if (type == null) {
            return null;
        }
        Rect rect = rect(d.getCOSArray(COSName.RECT));
        if (type == AnnotationType.CLIP && rect != null) {
            // the box is drawn /RD inside its /Rect: that inner rectangle is what it frames
            rect = inset(rect, d.getCOSArray(COSName.RD));
        }
        List<InkStroke> ink = type == AnnotationType.INK ? ink(d.getCOSArray(COSName.INKLIST)) : List.of();
        List<Quad> quads = type.isTextMarkup() ? quads(d.getCOSArray(COSName.QUADPOINTS)) : List.of();
        if (type.isTextMarkup() && quads.isEmpty() && rect != null) {
            // a markup without QuadPoints marks its rectangle (allowed by old writers)
            quads = List.of(Quad.ofRect(rect.left(), rect.bottom(), rect.right(), rect.top()));
        }
        String contents = text(d.getDictionaryObject(COSName.CONTENTS));
        String author = text(d.getDictionaryObject(COSName.T));
        Instant modified = date(d.getDictionaryObject(COSName.M));
        Instant created = date(d.getDictionaryObject(COSName.CREATION_DATE));
        String nm = text(d.getDictionaryObject(COSName.NM));
        String key = nm != null && !nm.isBlank()
                ? "pdf:" + pageNumber + ":" + nm
                : "pdf:" + pageNumber + ":" + hash(pageNumber, d.getNameAsString(COSName.SUBTYPE), rect, contents);
        List<String> tags = new ArrayList<>();
        if (d.getDictionaryObject(TAGS) instanceof COSArray arr) {
            for (COSBase t : arr) {
                if (t instanceof COSString s && !s.getString().isBlank()) {
                    tags.add(s.getString());
                }
            }
        }
        String color = color(d.getDictionaryObject(COSName.C));
        String own = text(d.getDictionaryObject(COLOR));
        if (own != null && own.equals(ownColor(own, d.getDictionaryObject(COSName.C)))) {
            // written by Gloss and not recoloured since: keep its exact colour
            color = own;
        }
        TextBox box = null;
        if (type == AnnotationType.FREETEXT) {
            // the text typed onto the page and how it is set: its colour is the text's, not /C (the background)
            FreeTextLook.Look look = FreeTextLook.read(d);
            box = look.box();
            color = FreeTextLook.color(look.textRgb(), own);
            contents = FreeTextLook.text(d);
        }
        return new PdfMark(pageNumber, type, rect, quads, color, blankToNull(contents),
                blankToNull(author), key, created != null ? created : modified, modified, tags, ink, box);
    }

    /** The strokes of an /InkList: each an array of x, y numbers; unreadable strokes are left out. */
    static List<InkStroke> ink(COSArray list) {
        if (list == null) {
            return List.of();
        }
        List<InkStroke> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.getObject(i) instanceof COSArray path) {
                float[] v = path.toFloatArray();
                int n = v.length - v.length % 2;
                if (n >= 2) {
                    double[] xy = new double[n];
                    for (int j = 0; j < n; j++) {
                        // to a hundredth of a point: finer than any pen, and without float noise in the JSON
                        xy[j] = Math.round(v[j] * 100d) / 100d;
                    }
                    out.add(InkStroke.of(xy));
                }
            }
        }
        return out;
    }

    private static Rect inset(Rect r, COSArray rd) {
        if (rd == null || rd.size() != 4) {
            return r;
        }
        float[] v = rd.toFloatArray();
        Rect in = new Rect(r.left() + v[0], r.bottom() + v[3], r.right() - v[2], r.top() - v[1]);
        return in.width() > 0 && in.height() > 0 ? in : r;
    }

    /** A Gloss colour for a /C array; yellow when it has none (as most readers show it). */
    static String color(COSBase c) {
        if (c instanceof COSArray arr) {
            float[] v = new float[arr.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = arr.getObject(i) instanceof COSNumber num ? num.floatValue() : 0;
            }
            switch (v.length) {
                case 1:
                    return Palette.nearest(v[0]);
                case 3:
                    return Palette.nearest(v[0], v[1], v[2]);
                case 4:
                    return Palette.nearest(v[0], v[1], v[2], v[3]);
                default:
                    break;
            }
        }
        return Palette.DEFAULT;
    }

    /** {@code own} if /C still has its RGB value, else null. */
    private static String ownColor(String own, COSBase c) {
        if (!(c instanceof COSArray arr) || arr.size() != 3) {
            return null;
        }
        float[] want = Palette.pdfRgb(own);
        for (int i = 0; i < 3; i++) {
            if (!(arr.getObject(i) instanceof COSNumber n) || Math.abs(n.floatValue() - want[i]) > 0.002f) {
                return null;
            }
        }
        return own;
    }

    private static Rect rect(COSArray a) {
        if (a == null || a.size() < 4) {
            return null;
        }
        float[] v = a.toFloatArray();
        return new Rect(Math.min(v[0], v[2]), Math.min(v[1], v[3]), Math.max(v[0], v[2]), Math.max(v[1], v[3]));
    }

    /** QuadPoints as quads; an axis-aligned quad is put in upper-left, upper-right, lower-left, lower-right order. */
    static List<Quad> quads(COSArray a) {
        if (a == null) {
            return List.of();
        }
        float[] v = a.toFloatArray();
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i + 8 <= v.length; i += 8) {
            double[] x = {v[i], v[i + 2], v[i + 4], v[i + 6]};
            double[] y = {v[i + 1], v[i + 3], v[i + 5], v[i + 7]};
            Quad q = new Quad(x[0], y[0], x[1], y[1], x[2], y[2], x[3], y[3]);
            if (axisAligned(x, y)) {
                q = Quad.ofRect(q.minX(), q.minY(), q.maxX(), q.maxY());
            }
            if (q.maxX() - q.minX() > 0 || q.maxY() - q.minY() > 0) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean axisAligned(double[] x, double[] y) {
        double eps = 0.5;
        int xs = distinct(x, eps);
        int ys = distinct(y, eps);
        return xs <= 2 && ys <= 2;
    }

    private static int distinct(double[] v, double eps) {
        List<Double> seen = new ArrayList<>();
        outer:
        for (double d : v) {
            for (double s : seen) {
                if (Math.abs(s - d) < eps) {
                    continue outer;
                }
            }
            seen.add(d);
        }
        return seen.size();
    }

    private static String text(COSBase b) {
        return b instanceof COSString s ? s.getString() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Instant date(COSBase b) {
        String s = text(b);
        if (s == null || s.isBlank()) {
            return null;
        }
        Calendar c = DateConverter.toCalendar(s);
        return c == null ? null : c.toInstant();
    }

    private static String hash(int page, String subtype, Rect r, String contents) {
        String basis = page + "|" + subtype + "|"
                + (r == null ? "" : String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", r.left(), r.bottom(), r.right(), r.top()))
                + "|" + (contents == null ? "" : contents);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
