package dev.gloss.pdf.marks;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.InkStroke;
import dev.gloss.workspace.Palette;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquiggly;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnderline;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Makes the annotations of an open PDF exactly a list of Gloss annotations, as real PDF
 * annotations that poppler, pdf.js, Acrobat and Zotero show: text markups with /QuadPoints, /C,
 * /Contents (the note), /T, /M, /CreationDate, /NM (the Gloss id) and an appearance stream;
 * notes as Text annotations; free text as FreeText.
 * <p>
 * Annotations read from the file itself (their {@code source} is the key of one of its marks,
 * see {@link PdfMark#key()}) are updated in place (note, colour, tags), so their original
 * appearance, ink strokes included, is kept; marks no annotation stands for any more are removed
 * (except another reader's boxes on a paper none of whose boxes Gloss holds as clips: such a
 * paper was imported before Gloss read boxes, and they are kept). Ink is written with its strokes
 * (/InkList); an ink mark saved before Gloss kept strokes only has its area and is drawn as an
 * outline of it. Clips become Square annotations around the clipped area, with the clip's colour
 * and note, which {@link MarkReader} reads back as clips (the /NM is the Gloss id, so a second
 * import does not duplicate them). Tags travel in a private /GlossTags key, and the exact Gloss
 * colour in /GlossColor (honoured on reading only while /C still matches it).
 */
final class MarkWriter {
    /** The pen width of exported ink strokes, in points. */
    private static final float INK_WIDTH = 1.5f;

    private MarkWriter() {
    }

    /** Makes the document's annotations match {@code anns}; returns how many it carries. */
    static int apply(PDDocument doc, List<Annotation> anns) throws IOException {
        Map<String, MarkReader.Found> existing = new HashMap<>();
        for (MarkReader.Found f : MarkReader.find(doc)) {
            existing.put(f.mark().key(), f);
        }
        Set<COSDictionary> kept = new HashSet<>();
        int count = 0;
        for (Annotation a : anns) {
            if (a.page() < 1 || a.page() > doc.getNumberOfPages()) {
                continue;
            }
            MarkReader.Found f = a.source() == null ? null : existing.get(a.source());
            if (f != null && f.mark().page() == a.page()) {
                updateInPlace(doc, f, a);
                kept.add(f.dict());
            } else {
                PDPage page = doc.getPage(a.page() - 1);
                PDAnnotation pd = create(doc, page, a);
                page.getAnnotations().add(pd);
            }
            count++;
        }
        boolean boxesImported = anns.stream().anyMatch(MarkWriter::importedBox);
        for (MarkReader.Found f : existing.values()) {
            if (!kept.contains(f.dict()) && (boxesImported || !foreignBox(f))) {
                remove(f);
            }
        }
        return count;
    }

    /** A clip Gloss read from a Square of the paper's own file. */
    private static boolean importedBox(Annotation a) {
        return a.type() == AnnotationType.CLIP && a.source() != null && a.source().startsWith("pdf:");
    }

    /**
     * A Square another reader drew (Gloss's own carry /GlossColor). Earlier Gloss versions did not
     * import boxes, so on a paper with no box imported as a clip an unknown box was most likely
     * never imported, rather than deleted in Gloss, and it stays in the copy.
     */
    private static boolean foreignBox(MarkReader.Found f) {
        return f.mark().type() == AnnotationType.CLIP && !f.dict().containsKey(MarkReader.COLOR);
    }

    private static void updateInPlace(PDDocument doc, MarkReader.Found f, Annotation a) throws IOException {
        PDAnnotation pd = PDAnnotation.createAnnotation(f.dict());
        if (pd instanceof PDAnnotationFreeText ft) {
            updateFreeText(doc, f, ft, a);
            return;
        }
        pd.setContents(a.note());
        tags(f.dict(), a.tags());
        if (a.color() != null && !f.mark().color().equals(a.color())) {
            pd.setColor(color(a.color()));
            f.dict().setString(MarkReader.COLOR, a.color());
            pd.constructAppearances(doc);
        }
        if (a.modified() != null) {
            pd.setModifiedDate(calendar(a.modified()));
        }
    }

    /**
     * A text box of the file itself: kept as the file has it (its own appearance, fonts and
     * all) unless its text or colour changed in Gloss; then it is set again, with the look it had.
     */
    private static void updateFreeText(PDDocument doc, MarkReader.Found f, PDAnnotationFreeText ft, Annotation a) {
        tags(f.dict(), a.tags());
        boolean textChanged = !java.util.Objects.equals(f.mark().contents(), a.note());
        boolean colorChanged = a.color() != null && !f.mark().color().equals(a.color());
        if (textChanged || colorChanged) {
            ft.setContents(a.note());
            ft.getCOSObject().removeItem(COSName.RC); // the rich text would say the old words
            String color = a.color() != null ? a.color() : f.mark().color();
            FreeTextLook.write(ft, color, a.textBox() != null ? a.textBox() : f.mark().textBox());
            f.dict().setString(MarkReader.COLOR, color);
            ft.constructAppearances(doc);
        }
        if (a.modified() != null) {
            ft.setModifiedDate(calendar(a.modified()));
        }
    }

    private static void remove(MarkReader.Found f) throws IOException {
        List<PDAnnotation> annots = f.page().getAnnotations();
        annots.removeIf(x -> x.getCOSObject() == f.dict()
                || x.getCOSObject().getDictionaryObject(COSName.PARENT) == f.dict());
        f.page().setAnnotations(annots);
    }

    private static PDAnnotation create(PDDocument doc, PDPage page, Annotation a) {
        PDRectangle crop = page.getCropBox();
        PDAnnotationMarkup pd;
        Rect area = a.area();
        if (a.type().isTextMarkup() && !a.quads().isEmpty()) {
            PDAnnotationTextMarkup m = switch (a.type()) {
                case UNDERLINE -> new PDAnnotationUnderline();
                case STRIKEOUT -> new PDAnnotationStrikeout();
                case SQUIGGLY -> new PDAnnotationSquiggly();
                default -> new PDAnnotationHighlight();
            };
            float[] qp = new float[a.quads().size() * 8];
            int i = 0;
            for (Quad q : a.quads()) {
                double[] v = {q.x1(), q.y1(), q.x2(), q.y2(), q.x3(), q.y3(), q.x4(), q.y4()};
                for (double d : v) {
                    qp[i++] = (float) d;
                }
            }
            m.setQuadPoints(qp);
            area = bounds(a.quads());
            pd = m;
        } else if (a.type() == AnnotationType.FREETEXT) {
            pd = new PDAnnotationFreeText();
        } else if (a.type() == AnnotationType.INK && !a.ink().isEmpty()) {
            pd = ink(a.ink());
            // the appearance handler grows /Rect to the strokes plus twice the line width: start there
            area = union(area, pad(InkStroke.bounds(a.ink()), 2 * INK_WIDTH));
        } else if (a.type() == AnnotationType.INK) {
            // an ink mark from before Gloss kept strokes: an outline of its area
            Rect r = area == null ? new Rect(0, 0, 20, 20) : area;
            // inset by twice the line width: the appearance handler grows /Rect by that much
            float w = 1;
            float l = (float) r.left() + 2 * w;
            float b = (float) r.bottom() + 2 * w;
            float rr = (float) r.right() - 2 * w;
            float t = (float) r.top() - 2 * w;
            PDAnnotationInk ink = new PDAnnotationInk();
            ink.setInkList(new float[][] {{l, b, rr, b, rr, t, l, t, l, b}});
            PDBorderStyleDictionary bs = new PDBorderStyleDictionary();
            bs.setWidth(w);
            ink.setBorderStyle(bs);
            pd = ink;
        } else if (a.type() == AnnotationType.CLIP) {
            PDAnnotationSquare sq = new PDAnnotationSquare();
            PDBorderStyleDictionary bs = new PDBorderStyleDictionary();
            bs.setWidth(1.5f);
            sq.setBorderStyle(bs);
            pd = sq;
        } else {
            PDAnnotationText note = new PDAnnotationText();
            note.setName(PDAnnotationText.NAME_COMMENT);
            pd = note;
            if (area == null && !a.quads().isEmpty()) {
                Rect b = bounds(a.quads());
                area = new Rect(b.left(), b.top() - 20, b.left() + 20, b.top());
            }
        }
        if (area == null) {
            // nothing says where: the top-left corner of the page, where a reader will see it
            area = new Rect(crop.getLowerLeftX() + 36, crop.getUpperRightY() - 56, crop.getLowerLeftX() + 56,
                    crop.getUpperRightY() - 36);
        } else if (area.width() <= 0 || area.height() <= 0) {
            area = new Rect(area.left(), area.top() - 20, area.left() + 20, area.top());
        }
        pd.setRectangle(new PDRectangle((float) area.left(), (float) area.bottom(), (float) area.width(),
                (float) area.height()));
        pd.setColor(color(a.color()));
        pd.setContents(a.note());
        pd.setTitlePopup(a.author() != null ? a.author() : "Gloss");
        pd.setAnnotationName(a.id());
        pd.setPrinted(true);
        pd.setPage(page);
        Instant created = a.created() != null ? a.created() : Instant.now();
        pd.setCreationDate(calendar(created));
        pd.setModifiedDate(calendar(a.modified() != null ? a.modified() : created));
        tags(pd.getCOSObject(), a.tags());
        if (a.color() != null) {
            pd.getCOSObject().setString(MarkReader.COLOR, a.color());
        }
        if (pd instanceof PDAnnotationFreeText ft) {
            // the colour is the text's: in /DA and /DS; /C is the background, if it has one
            FreeTextLook.write(ft, a.color() != null ? a.color() : "#000000", a.textBox());
        }
        PDRectangle rect = pd.getRectangle();
        pd.constructAppearances(doc);
        if (pd instanceof PDAnnotationText) {
            // the note icon handler snaps /Rect to its 18 pt icon; keep the area the user placed
            pd.setRectangle(rect);
        }
        return pd;
    }

    private static void tags(COSDictionary d, List<String> tags) {
        if (tags.isEmpty()) {
            d.removeItem(MarkReader.TAGS);
            return;
        }
        COSArray arr = new COSArray();
        tags.forEach(t -> arr.add(new COSString(t)));
        d.setItem(MarkReader.TAGS, arr);
    }

    private static PDAnnotationInk ink(List<InkStroke> strokes) {
        float[][] list = new float[strokes.size()][];
        for (int i = 0; i < list.length; i++) {
            List<Double> xy = strokes.get(i).xy();
            list[i] = new float[xy.size()];
            for (int j = 0; j < xy.size(); j++) {
                list[i][j] = xy.get(j).floatValue();
            }
        }
        PDAnnotationInk ink = new PDAnnotationInk();
        ink.setInkList(list);
        PDBorderStyleDictionary bs = new PDBorderStyleDictionary();
        bs.setWidth(INK_WIDTH);
        ink.setBorderStyle(bs);
        return ink;
    }

    private static Rect pad(Rect r, double by) {
        return new Rect(r.left() - by, r.bottom() - by, r.right() + by, r.top() + by);
    }

    private static Rect union(Rect a, Rect b) {
        return a == null ? b : new Rect(Math.min(a.left(), b.left()), Math.min(a.bottom(), b.bottom()),
                Math.max(a.right(), b.right()), Math.max(a.top(), b.top()));
    }

    private static Rect bounds(List<Quad> quads) {
        double l = Double.MAX_VALUE;
        double b = Double.MAX_VALUE;
        double r = -Double.MAX_VALUE;
        double t = -Double.MAX_VALUE;
        for (Quad q : quads) {
            l = Math.min(l, q.minX());
            b = Math.min(b, q.minY());
            r = Math.max(r, q.maxX());
            t = Math.max(t, q.maxY());
        }
        return new Rect(l, b, r, t);
    }

    private static PDColor color(String color) {
        return new PDColor(Palette.pdfRgb(color), PDDeviceRGB.INSTANCE);
    }

    private static Calendar calendar(Instant when) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(when.toEpochMilli());
        return c;
    }
}
