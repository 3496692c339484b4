package dev.gloss.pdf.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A PDF being drawn from code. Pages are added and drawn through a {@link PageCanvas}; an outline,
 * the Info dictionary and a fixed document id can be set; {@link #bytes()} gives the file. With a
 * {@link #fixedId fixed id} and fixed dates, the same drawing gives the same bytes on every
 * machine (PDFBox otherwise derives the id from the clock).
 * <pre>{@code
 * try (NewPdf pdf = new NewPdf()) {
 *     PdfFont roman = pdf.font(StandardFont.TIMES_ROMAN);
 *     try (PageCanvas page = pdf.addPage(NewPdf.LETTER_WIDTH, NewPdf.LETTER_HEIGHT)) {
 *         page.text(roman, 12, 72, 720, "Hello");
 *     }
 *     byte[] file = pdf.bytes();
 * }
 * }</pre>
 */
public final class NewPdf implements AutoCloseable {
    /** US Letter, in points. */
    public static final float LETTER_WIDTH = PDRectangle.LETTER.getWidth();
    /** US Letter, in points. */
    public static final float LETTER_HEIGHT = PDRectangle.LETTER.getHeight();

    private final PDDocument doc = new PDDocument();
    private final Map<StandardFont, PdfFont> fonts = new EnumMap<>(StandardFont.class);

    /** The document's instance of a standard font (the same one on every call). */
    public PdfFont font(StandardFont which) {
        return fonts.computeIfAbsent(which, PdfFont::new);
    }

    /** Adds a page of this size (points) at the end and opens a canvas on it; close it before the next page. */
    public PageCanvas addPage(float width, float height) throws IOException {
        PDPage page = width == LETTER_WIDTH && height == LETTER_HEIGHT ? new PDPage(PDRectangle.LETTER)
                : new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        return new PageCanvas(doc, new PDPageContentStream(doc, page));
    }

    /** A canvas drawing over what page {@code page} (from 1) already shows, such as its page number. */
    public PageCanvas drawOver(int page) throws IOException {
        return new PageCanvas(doc, new PDPageContentStream(doc, doc.getPage(page - 1),
                PDPageContentStream.AppendMode.APPEND, true));
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }

    /** Sets the document outline (open at its first level). */
    public void outline(List<Bookmark> entries) {
        PDDocumentOutline outline = new PDDocumentOutline();
        add(outline, entries);
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    private void add(PDOutlineNode parent, List<Bookmark> entries) {
        for (Bookmark b : entries) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(doc.getPage(b.page() - 1));
            dest.setLeft(0);
            dest.setTop(b.top());
            item.setDestination(dest);
            parent.addLast(item);
            add(item, b.children());
        }
    }

    /** Sets the Info dictionary. */
    public void info(DocumentInfo about) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(about.title());
        info.setAuthor(about.author());
        info.setSubject(about.subject());
        info.setKeywords(about.keywords());
        info.setCreator(about.creator());
        info.setProducer(about.producer());
        info.setCreationDate(utc(about.created()));
        info.setModificationDate(utc(about.modified()));
    }

    /** Sets both halves of the trailer's /ID to {@code id} instead of a value derived from the clock. */
    public void fixedId(byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The file as drawn so far (close every canvas first). */
    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private static Calendar utc(java.time.Instant when) {
        if (when == null) {
            return null;
        }
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.setTimeInMillis(when.toEpochMilli());
        return c;
    }
}
