package dev.gloss.library.demo;

import dev.gloss.pdf.draw.NewPdf;
import dev.gloss.pdf.draw.PageCanvas;
import dev.gloss.pdf.draw.PdfFont;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A small two-column page flow for the demo paper: paragraphs are broken into justified lines,
 * headings keep with the next lines, and figures float to the top of the next column when they do
 * not fit. Text is written line by line in reading order (left column before right), which is
 * what a text extractor expects from a real paper.
 */
final class ColumnLayout {
    static final float WIDTH = NewPdf.LETTER_WIDTH;
    static final float HEIGHT = NewPdf.LETTER_HEIGHT;
    static final float MARGIN_X = 54;
    static final float TOP = 64;
    static final float BOTTOM = 66;
    static final float GAP = 20;
    static final float COLUMN = (WIDTH - 2 * MARGIN_X - GAP) / 2;

    /** One styled piece of a paragraph. */
    record Span(String text, PdfFont font) {
    }

    /** Draws a floating block (figure, table) with its top-left corner at (x, top). */
    interface Block {
        float height();

        void draw(PageCanvas cs, float x, float top) throws IOException;
    }

    /** Where a heading landed, for the document outline. */
    record Mark(String title, int level, int page, float y) {
    }

    private final NewPdf doc;
    private final List<Mark> marks = new ArrayList<>();
    private final Deque<Block> pending = new ArrayDeque<>();
    private PageCanvas cs;
    private int column;
    private float y;
    private float columnTop;
    private float[] columnBottom = {BOTTOM, BOTTOM};

    ColumnLayout(NewPdf doc) {
        this.doc = doc;
    }

    /** Starts a new page; returns its content stream for full-width drawing above the columns. */
    PageCanvas newPage() throws IOException {
        closeStream();
        cs = doc.addPage(WIDTH, HEIGHT);
        column = 0;
        columnTop = HEIGHT - TOP;
        y = columnTop;
        columnBottom = new float[] {BOTTOM, BOTTOM};
        return cs;
    }

    /** Lets the columns of the current page start lower (below a title block). */
    void startColumnsAt(float top) {
        columnTop = top;
        y = top;
    }

    /** Reserves space at the foot of one column of the current page (for a footnote). */
    void reserveBottom(int col, float height) {
        columnBottom[col] = BOTTOM + height;
    }

    List<Mark> marks() {
        return marks;
    }

    void space(float h) {
        if (y != columnTop) {
            y -= h;
        }
    }

    void heading(String title, int level, PdfFont font, float size) throws IOException {
        float lead = size * 1.25f;
        // keep the heading with at least three lines of what follows
        ensure(lead + 3 * 12f + 6);
        space(level == 1 ? 8 : 5);
        y -= lead;
        marks.add(new Mark(title, level, doc.pageCount(), y + lead + 2));
        text(font, size, x(), y, title);
        y -= 3;
    }

    /** A centred line inside the current column. */
    void centred(String s, PdfFont font, float size) throws IOException {
        ensure(size * 1.3f);
        y -= size * 1.3f;
        float w = width(s, font, size);
        text(font, size, x() + (COLUMN - w) / 2, y, s);
    }

    /**
     * A justified paragraph.
     *
     * @param indent    first-line indent
     * @param hanging   left indent of every line but the first (for list items), 0 for none
     * @param sideInset inset on both sides (for the abstract)
     */
    void paragraph(List<Span> spans, float size, float leading, float indent, float hanging, float sideInset)
            throws IOException {
        List<List<Span>> words = words(spans);
        int i = 0;
        boolean first = true;
        while (i < words.size()) {
            float left = sideInset + (first ? indent : hanging);
            float avail = COLUMN - left - sideInset;
            int j = i;
            float natural = 0;
            while (j < words.size()) {
                float w = width(words.get(j), size);
                float sp = j > i ? width(" ", last(words.get(j - 1)).font(), size) : 0;
                if (j > i && natural + sp + w > avail) {
                    break;
                }
                natural += sp + w;
                j++;
            }
            ensure(leading);
            y -= leading;
            boolean last = j >= words.size();
            float tw = last || j - i < 2 ? 0 : (avail - natural) / (j - i - 1);
            line(words.subList(i, j), size, x() + left, y, tw);
            i = j;
            first = false;
        }
    }

    /** A block placed here if it fits, else at the top of the next column. */
    void floatBlock(Block b) throws IOException {
        if (y - b.height() - 8 >= columnBottom[column]) {
            place(b);
        } else {
            pending.add(b);
        }
    }

    void finish() throws IOException {
        while (!pending.isEmpty()) {
            nextColumn();
        }
        closeStream();
    }

    PageCanvas stream() {
        return cs;
    }

    float x() {
        return MARGIN_X + column * (COLUMN + GAP);
    }

    float y() {
        return y;
    }

    static float width(String s, PdfFont font, float size) {
        return font.width(s, size);
    }

    private void place(Block b) throws IOException {
        space(6);
        b.draw(cs, x(), y);
        y -= b.height() + 10;
    }

    private void ensure(float h) throws IOException {
        if (y - h < columnBottom[column]) {
            nextColumn();
        }
    }

    private void nextColumn() throws IOException {
        if (column == 0) {
            column = 1;
            y = columnTop;
        } else {
            newPage();
        }
        while (!pending.isEmpty() && y - pending.peek().height() >= columnBottom[column]) {
            place(pending.poll());
        }
    }

    /** One line as a single text object: pieces of one font share a show-text, Tw justifies. */
    private void line(List<List<Span>> words, float size, float x, float baseline, float tw) throws IOException {
        cs.beginText();
        cs.setWordSpacing(tw);
        cs.newLineAtOffset(x, baseline);
        StringBuilder run = new StringBuilder();
        PdfFont font = null;
        for (int k = 0; k < words.size(); k++) {
            for (Span piece : words.get(k)) {
                if (font != piece.font() && run.length() > 0) {
                    cs.setFont(font, size);
                    cs.showText(run.toString());
                    run.setLength(0);
                }
                font = piece.font();
                run.append(piece.text());
            }
            if (k < words.size() - 1) {
                run.append(' ');
            }
        }
        if (run.length() > 0) {
            cs.setFont(font, size);
            cs.showText(run.toString());
        }
        cs.setWordSpacing(0);
        cs.endText();
    }

    void text(PdfFont font, float size, float x, float baseline, String s) throws IOException {
        cs.text(font, size, x, baseline, s);
    }

    /** Greedy line breaking of plain text, for captions drawn inside a block. */
    static List<String> wrap(String text, PdfFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (line.length() > 0 && width(candidate, font, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(w);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Words as lists of font pieces: "In *ICLR*." is one word of two fonts where no space divides them. */
    private static List<List<Span>> words(List<Span> spans) {
        List<List<Span>> out = new ArrayList<>();
        boolean glue = false;
        for (Span s : spans) {
            String t = s.text();
            if (t.isEmpty()) {
                continue;
            }
            boolean startsSpace = Character.isWhitespace(t.charAt(0));
            String[] parts = t.trim().split("\\s+");
            for (int k = 0; k < parts.length; k++) {
                if (parts[k].isEmpty()) {
                    continue;
                }
                Span piece = new Span(parts[k], s.font());
                if (k == 0 && glue && !startsSpace && !out.isEmpty()) {
                    out.get(out.size() - 1).add(piece);
                } else {
                    out.add(new ArrayList<>(List.of(piece)));
                }
            }
            glue = !Character.isWhitespace(t.charAt(t.length() - 1));
        }
        return out;
    }

    private static float width(List<Span> word, float size) {
        float w = 0;
        for (Span piece : word) {
            w += width(piece.text(), piece.font(), size);
        }
        return w;
    }

    private static Span last(List<Span> word) {
        return word.get(word.size() - 1);
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
