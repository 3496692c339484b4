package dev.gloss.library.demo;

import dev.gloss.library.demo.ColumnLayout.Span;
import dev.gloss.library.demo.DemoPaperText.Bullet;
import dev.gloss.library.demo.DemoPaperText.FigureRef;
import dev.gloss.library.demo.DemoPaperText.Heading;
import dev.gloss.library.demo.DemoPaperText.Para;
import dev.gloss.library.demo.DemoPaperText.Part;
import dev.gloss.library.demo.DemoPaperText.TableRef;
import dev.gloss.pdf.draw.Bookmark;
import dev.gloss.pdf.draw.DocumentInfo;
import dev.gloss.pdf.draw.NewPdf;
import dev.gloss.pdf.draw.PageCanvas;
import dev.gloss.pdf.draw.PdfFont;
import dev.gloss.pdf.draw.StandardFont;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Instant;
import java.util.List;

/**
 * The demo paper every new workspace starts with: a real two-column research paper, generated with
 * the pdf module's {@link NewPdf} and the standard 14 fonts, with title, authors and affiliations, an arXiv identifier
 * stamped in the left margin, an abstract, numbered sections, a vector figure, a table, references,
 * an Info dictionary and an outline. The output is byte-for-byte deterministic (fixed dates and
 * document id), so its content hash, and so its paper id, is the same everywhere.
 * <pre>{@code
 * DemoPaper.write(Path.of("/tmp/demo.pdf"));
 * }</pre>
 * The paper and its results are fictional, and say so in a footnote; the works it cites are real.
 */
public final class DemoPaper {
    /** The paper's title. */
    public static final String TITLE = DemoPaperText.TITLE_LINE_1 + " " + DemoPaperText.TITLE_LINE_2;
    /** The authors, in order. */
    public static final List<String> AUTHORS = List.of("Mara Lindqvist", "Tom\u00e1s Ferreira", "Aiko Tanaka",
            "Daniel Osei");
    /** The (made-up, well-formed) arXiv identifier, without version. */
    public static final String ARXIV_ID = "2611.04217";
    /** The stamp in the left margin of page 1, as arXiv prints it. */
    public static final String ARXIV_STAMP = "arXiv:" + ARXIV_ID + "v1  [cs.CL]  23 Nov 2026";
    /** The sentence of the abstract that the demo highlight marks. */
    public static final String KEY_SENTENCE = DemoPaperText.KEY_SENTENCE;
    /** The abstract, as one paragraph. */
    public static final String ABSTRACT = DemoPaperText.ABSTRACT;
    /** The file name the demo paper is imported under. */
    public static final String FILE_NAME = "lindqvist-2026-shallow-edits-deep-effects.pdf";

    private static final float BODY = 10;
    private static final float LEADING = 12;

    private DemoPaper() {
    }

    /** Writes the demo paper to {@code file}. */
    public static void write(Path file) throws IOException {
        java.nio.file.Files.write(file, bytes());
    }

    /** The demo paper's bytes; the same on every call and every machine. */
    public static byte[] bytes() {
        try (NewPdf doc = new NewPdf()) {
            Fonts f = new Fonts(doc);
            ColumnLayout layout = new ColumnLayout(doc);
            PageCanvas first = layout.newPage();
            float top = titleBlock(first, f);
            arxivStamp(first, f.roman);
            layout.startColumnsAt(top);
            float footnote = footnote(first, f);
            layout.reserveBottom(0, footnote);

            layout.heading("Abstract", 1, f.bold, 12);
            layout.paragraph(spans(ABSTRACT, f), BODY, LEADING, 0, 0, 12);
            body(layout, f, DemoPaperText.BODY);
            layout.heading("References", 1, f.bold, 12);
            for (String ref : DemoPaperText.REFERENCES) {
                layout.paragraph(spans(ref, f), 9, 10.5f, 0, 10, 0);
                layout.space(3);
            }
            layout.space(6);
            body(layout, f, DemoPaperText.APPENDIX);
            layout.finish();
            pageNumbers(doc, f.roman);
            outline(doc, layout.marks());
            info(doc);
            return doc.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot generate the demo paper", e);
        }
    }

    private static void body(ColumnLayout layout, Fonts f, List<Part> parts) throws IOException {
        boolean afterHeading = false;
        for (Part part : parts) {
            if (part instanceof Heading h) {
                layout.heading(h.title(), h.level(), f.bold, h.level() == 1 ? 12 : 10.5f);
                afterHeading = true;
                continue;
            }
            if (part instanceof Para p) {
                layout.paragraph(spans(p.text(), f), BODY, LEADING, afterHeading ? 0 : 12, 0, 0);
            } else if (part instanceof Bullet b) {
                layout.space(2);
                layout.paragraph(spans("\u2022 " + b.text(), f), BODY, LEADING, 2, 10, 0);
            } else if (part instanceof FigureRef) {
                layout.floatBlock(DemoFigures.figure(f.sans, f.roman));
            } else if (part instanceof TableRef) {
                layout.floatBlock(DemoFigures.table(f.roman, f.bold, f.roman));
            }
            afterHeading = false;
        }
    }

    /** Title, authors with superscript affiliations, affiliations, e-mail; returns where columns start. */
    private static float titleBlock(PageCanvas cs, Fonts f) throws IOException {
        float center = ColumnLayout.WIDTH / 2;
        float y = ColumnLayout.HEIGHT - ColumnLayout.TOP - 16;
        centred(cs, f.bold, 16.5f, center, y, DemoPaperText.TITLE_LINE_1);
        y -= 20;
        centred(cs, f.bold, 16.5f, center, y, DemoPaperText.TITLE_LINE_2);
        y -= 28;
        String[] marks = {"1", "2", "1", "1,2"};
        float gap = 18;
        float total = 0;
        for (int i = 0; i < AUTHORS.size(); i++) {
            total += ColumnLayout.width(AUTHORS.get(i), f.roman, 12) + ColumnLayout.width(marks[i], f.roman, 8);
        }
        total += gap * (AUTHORS.size() - 1);
        float x = center - total / 2;
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (int i = 0; i < AUTHORS.size(); i++) {
            cs.setFont(f.roman, 12);
            cs.showText(AUTHORS.get(i));
            cs.setFont(f.roman, 8);
            cs.setTextRise(4.5f);
            cs.showText(marks[i]);
            cs.setTextRise(0);
            if (i < AUTHORS.size() - 1) {
                cs.newLineAtOffset(ColumnLayout.width(AUTHORS.get(i), f.roman, 12)
                        + ColumnLayout.width(marks[i], f.roman, 8) + gap, 0);
            }
        }
        cs.endText();
        y -= 16;
        centred(cs, f.roman, 10.5f, center, y, "1 Northlake Institute for Language Technology");
        y -= 13;
        centred(cs, f.roman, 10.5f, center, y, "2 Department of Computer Science, University of Eastvale");
        y -= 14;
        centred(cs, f.mono, 9, center, y, "{mara.lindqvist, aiko.tanaka, d.osei}@northlake.example   "
                + "t.ferreira@eastvale.example");
        return y - 20;
    }

    /** The identifier arXiv stamps up the left margin of the first page. */
    private static void arxivStamp(PageCanvas cs, PdfFont font) throws IOException {
        float size = 20;
        float w = ColumnLayout.width(ARXIV_STAMP, font, size);
        cs.beginText();
        cs.setNonStrokingColor(new Color(0.5f, 0.5f, 0.5f));
        cs.setFont(font, size);
        cs.setTextRotation(Math.PI / 2, 36, (ColumnLayout.HEIGHT - w) / 2 - 60);
        cs.showText(ARXIV_STAMP);
        cs.endText();
        cs.setNonStrokingColor(Color.BLACK);
    }

    /** The footnote at the foot of the left column of page 1; returns the height it takes. */
    private static float footnote(PageCanvas cs, Fonts f) throws IOException {
        List<String> lines = ColumnLayout.wrap("* " + DemoPaperText.FOOTNOTE, f.roman, 8, ColumnLayout.COLUMN);
        float height = lines.size() * 9.5f + 10;
        float y = ColumnLayout.BOTTOM + height - 4;
        cs.setLineWidth(0.4f);
        cs.moveTo(ColumnLayout.MARGIN_X, y);
        cs.lineTo(ColumnLayout.MARGIN_X + 70, y);
        cs.stroke();
        y -= 4;
        for (String line : lines) {
            y -= 9.5f;
            DemoFigures.text(cs, f.roman, 8, ColumnLayout.MARGIN_X, y, line);
        }
        return height;
    }

    private static void pageNumbers(NewPdf doc, PdfFont font) throws IOException {
        for (int n = 1; n <= doc.pageCount(); n++) {
            try (PageCanvas cs = doc.drawOver(n)) {
                centred(cs, font, 10, ColumnLayout.WIDTH / 2, 36, String.valueOf(n));
            }
        }
    }

    /** Sections at the first level, their subsections under them. */
    private static void outline(NewPdf doc, List<ColumnLayout.Mark> marks) {
        List<Bookmark> sections = new ArrayList<>();
        List<Bookmark> under = null;
        List<List<Bookmark>> children = new ArrayList<>();
        for (ColumnLayout.Mark m : marks) {
            if (m.level() == 2 && under != null) {
                under.add(new Bookmark(m.title(), m.page(), Math.round(m.y() + 12), List.of()));
            } else {
                sections.add(new Bookmark(m.title(), m.page(), Math.round(m.y() + 12), List.of()));
                under = new ArrayList<>();
                children.add(under);
            }
        }
        List<Bookmark> tree = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Bookmark s = sections.get(i);
            tree.add(new Bookmark(s.title(), s.page(), s.top(), children.get(i)));
        }
        doc.outline(tree);
    }

    private static void info(NewPdf doc) {
        Instant date = Instant.parse("2026-11-23T09:00:00Z");
        doc.info(new DocumentInfo(TITLE, String.join(", ", AUTHORS), "arXiv:" + ARXIV_ID + " [cs.CL]",
                "fine-tuning; instruction tuning; interpretability; language models", "Gloss demo paper generator",
                "Apache PDFBox", date, date));
        // a fixed document id: PDFBox would otherwise derive one from the clock
        doc.fixedId(Arrays.copyOf(sha256("gloss-demo-paper:" + ARXIV_ID + "v1"), 16));
    }

    /** Splits {@code **bold**} and {@code *italic*} markup into font spans. */
    static List<Span> spans(String text, Fonts f) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                out.add(new Span(text.substring(i + 2, end), f.bold));
                i = end + 2;
            } else if (text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
                int end = text.indexOf('*', i + 1);
                out.add(new Span(text.substring(i + 1, end), f.italic));
                i = end + 1;
            } else {
                int next = nextMark(text, i);
                out.add(new Span(text.substring(i, next), f.roman));
                i = next;
            }
        }
        return out;
    }

    private static int nextMark(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
                return i;
            }
        }
        return text.length();
    }

    private static void centred(PageCanvas cs, PdfFont font, float size, float center, float y, String s)
            throws IOException {
        DemoFigures.text(cs, font, size, center - ColumnLayout.width(s, font, size) / 2, y, s);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The standard 14 fonts the paper uses. */
    static final class Fonts {
        final PdfFont roman;
        final PdfFont bold;
        final PdfFont italic;
        final PdfFont sans;
        final PdfFont mono;

        Fonts(NewPdf doc) {
            roman = doc.font(StandardFont.TIMES_ROMAN);
            bold = doc.font(StandardFont.TIMES_BOLD);
            italic = doc.font(StandardFont.TIMES_ITALIC);
            sans = doc.font(StandardFont.HELVETICA);
            mono = doc.font(StandardFont.COURIER);
        }
    }
}
