package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.pdf.marks.PdfMark;
import dev.gloss.pdf.marks.PdfMarks;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.TextBox;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text typed onto a page (a FreeText mark) keeps its text and its look when read, and survives
 * the PDF export: the corpus's files whose only page text is a FreeText (the password samples,
 * pdf.js's tracemonkey_freetext), and text boxes written by Gloss, read back and drawn.
 */
class FreeTextMarksTest {
    private static final Instant WHEN = Instant.parse("2025-03-01T10:00:00Z");
    @TempDir
    Path dir;

    private static List<PdfMark> freeText(List<PdfMark> marks) {
        return marks.stream().filter(m -> m.type() == AnnotationType.FREETEXT).toList();
    }

    @Test
    void thePasswordSamplesTextIsAFreeTextInCourier() throws Exception {
        for (String name : List.of("PasswordSample-40bit.pdf", "PasswordSample-128bit.pdf", "PasswordSample-256bit.pdf")) {
            Path file = dev.gloss.testing.Corpus.file("encrypted/" + name);
            List<PdfMark> marks = freeText(PdfMarks.read(file, "user".toCharArray()));
            assertEquals(2, marks.size(), name);
            PdfMark empty = marks.get(0);
            assertNull(empty.contents(), "the first box holds no text (its appearance draws none)");
            PdfMark hello = marks.get(1);
            assertEquals("Hello", hello.contents(), name);
            assertEquals("#000000", hello.color(), "black text, from /DS");
            assertEquals(new TextBox(10, TextBox.MONO, null, 0), hello.textBox(), "Courier 10 pt, no background, no frame");
        }
    }

    @Test
    void pdfJsFreeTextKeepsItsWords() throws Exception {
        Path file = dev.gloss.testing.Corpus.file("annotated/tracemonkey_freetext.pdf");
        List<PdfMark> marks = freeText(PdfMarks.read(file, null));
        assertEquals(1, marks.size());
        assertEquals("Hello World", marks.get(0).contents());
        assertEquals(new TextBox(10, TextBox.SANS, null, 0), marks.get(0).textBox(), "/Helv 10 Tf and /Border [0 0 0]");
        assertEquals("#000000", marks.get(0).color());
    }

    @Test
    void aTextBoxSurvivesTheExportAndIsDrawn() throws Exception {
        Path file;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 12, "A page with room for a note typed onto it.");
            file = pdf.save(dir.resolve("paper.pdf"));
        }
        TextBox look = new TextBox(14, TextBox.SERIF, "#fff2b3", 1.5);
        Annotation typed = new Annotation("t1", "0123456789abcdef", AnnotationType.FREETEXT, 1, "#1f4fbf", null, null,
                List.of(), new Rect(100, 400, 400, 460), null, "Typed onto the page\nin two lines", List.of("aside"), "Ada",
                null, WHEN, WHEN, List.of(), look);
        Path out = Files.write(dir.resolve("copy.pdf"), PdfMarks.copyWith(file, null, List.of(typed)).bytes());

        PdfMark back = freeText(PdfMarks.read(out, null)).get(0);
        assertEquals("Typed onto the page\nin two lines", back.contents());
        assertEquals("#1f4fbf", back.color(), "the text's colour");
        assertEquals(look, back.textBox(), "size, font, background and frame");
        assertEquals(List.of("aside"), back.tags());

        // poppler, pdf.js and Gloss see the text: the copy's appearance draws it, in blue, on the yellow background
        try (PdfDocument pdf = PdfDocument.open(out)) {
            BufferedImage page = pdf.render(1, 2f);
            int blue = 0;
            int yellow = 0;
            for (int y = (792 - 460) * 2; y < (792 - 400) * 2; y++) {
                for (int x = 200; x < 800; x++) {
                    int rgb = page.getRGB(x, y);
                    int r = rgb >> 16 & 255;
                    int g = rgb >> 8 & 255;
                    int b = rgb & 255;
                    blue += b > 120 && r < 100 && b > r + 60 ? 1 : 0;
                    yellow += r > 240 && g > 230 && b > 160 && b < 200 ? 1 : 0;
                }
            }
            assertTrue(blue > 300, "the text drawn in its colour: " + blue);
            assertTrue(yellow > 20_000, "on its background: " + yellow);
        }
    }

    @Test
    void aFilesTextBoxChangedInGlossIsWrittenAgainAndAnUnchangedOneIsKept() throws Exception {
        Path file = dev.gloss.testing.Corpus.file("annotated/tracemonkey_freetext.pdf");
        PdfMark mark = freeText(PdfMarks.read(file, null)).get(0);
        Annotation same = fromMark(mark, mark.contents());
        Path kept = Files.write(dir.resolve("kept.pdf"), PdfMarks.copyWith(file, null, List.of(same)).bytes());
        PdfMark keptMark = freeText(PdfMarks.read(kept, null)).get(0);
        assertEquals("Hello World", keptMark.contents());
        assertEquals(mark.key(), keptMark.key(), "the same mark, in place");

        Annotation edited = fromMark(mark, "Hello, Gloss");
        Path out = Files.write(dir.resolve("edited.pdf"), PdfMarks.copyWith(file, null, List.of(edited)).bytes());
        PdfMark back = freeText(PdfMarks.read(out, null)).get(0);
        assertEquals("Hello, Gloss", back.contents());
        assertEquals(mark.textBox(), back.textBox(), "with the look it had");
        try (PdfDocument pdf = PdfDocument.open(out)) {
            // the page's text now includes the new words: the appearance was drawn again
            Rect r = mark.rect();
            BufferedImage page = pdf.render(mark.page(), 2f);
            int ink = 0;
            for (int y = (int) ((792 - r.top()) * 2); y < (int) ((792 - r.bottom()) * 2); y++) {
                for (int x = (int) (r.left() * 2); x < (int) (r.right() * 2); x++) {
                    int rgb = page.getRGB(x, y);
                    ink += (rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255) < 300 ? 1 : 0;
                }
            }
            assertTrue(ink > 100, "the edited text is drawn: " + ink);
        }
    }

    private static Annotation fromMark(PdfMark m, String text) {
        return new Annotation("a1", "0123456789abcdef", m.type(), m.page(), m.color(), null, null, List.of(), m.rect(), null,
                text, List.of(), m.author(), m.key(), WHEN, WHEN, List.of(), m.textBox());
    }
}
