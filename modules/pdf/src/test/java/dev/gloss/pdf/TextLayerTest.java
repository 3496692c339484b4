package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text layer on PDFs whose layout the test itself wrote. */
class TextLayerTest {
    @TempDir
    Path dir;

    /** Two columns whose lines share baselines: the worst case for line-by-line extraction. */
    private Path twoColumns() throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(150, 740, 20, "A Study of Column Order");
            for (int i = 0; i < 30; i++) {
                float y = 690 - i * 14;
                pdf.text(60, y, 10, String.format("left%02d alpha beta gamma delta epsilon zeta", i));
                pdf.text(320, y, 10, String.format("right%02d one two three four five six seven", i));
            }
            return pdf.save(dir.resolve("two-columns.pdf"));
        }
    }

    @Test
    void twoColumnsReadLeftColumnThenRight() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(twoColumns())) {
            String t = pdf.text(1).text();
            int lastLeft = t.indexOf("left29");
            int firstRight = t.indexOf("right00");
            assertTrue(t.startsWith("A Study of Column Order\n"), t);
            assertTrue(lastLeft > 0 && firstRight > 0, t);
            assertTrue(lastLeft < firstRight, "left column must come entirely before the right one:\n" + t);
            for (int i = 0; i < 29; i++) {
                assertTrue(t.indexOf(String.format("left%02d", i)) < t.indexOf(String.format("left%02d", i + 1)));
                assertTrue(t.indexOf(String.format("right%02d", i)) < t.indexOf(String.format("right%02d", i + 1)));
            }
            assertTrue(t.contains("left00 alpha beta gamma delta epsilon zeta\nleft01"), t);
        }
    }

    @Test
    void wordsHaveBoxesWhereTheyWereDrawn() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(twoColumns())) {
            PageText page = pdf.text(1);
            Word w = page.words().stream().filter(x -> x.text().equals("right05")).findFirst().orElseThrow();
            Rect box = w.box();
            assertEquals(320, box.left(), 0.5);
            assertEquals(320 + TestPdf.width("right05", 10), box.right(), 0.5);
            double baseline = 690 - 5 * 14;
            assertTrue(box.bottom() < baseline && box.bottom() > baseline - 4, box.toString());
            assertTrue(box.top() > baseline + 5 && box.top() < baseline + 11, box.toString());
            assertEquals("right05", page.text().substring(w.start(), w.end()));
            assertEquals(new TextRange(w.start(), w.end()), page.wordAt(box.left() + 2, baseline + 2));
        }
    }

    @Test
    void selectionFollowsReadingOrderAcrossColumns() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(twoColumns())) {
            PageText page = pdf.text(1);
            double y28 = 690 - 28 * 14 + 3;
            double y01 = 690 - 14 + 3;
            // from the start of "left28" down the left column and on to the middle of the right column's second line
            TextRange r = page.select(60.5, y28, 320 + TestPdf.width("right01 one", 10) + 0.5, y01);
            assertNotNull(r);
            String s = page.slice(r);
            assertTrue(s.startsWith("left28 alpha"), s);
            assertTrue(s.endsWith("right01 one"), s);
            assertTrue(s.contains("right00"), s);
            assertTrue(!s.contains("left27"), s);
            // the same drag backwards selects the same text
            assertEquals(r, page.select(320 + TestPdf.width("right01 one", 10) + 0.5, y01, 60.5, y28));
            TextRange line = page.lineAt(70, y01);
            assertEquals("left01 alpha beta gamma delta epsilon zeta", page.slice(line));
            assertNull(page.select(70, y01, 70, y01));
        }
    }

    @Test
    void hyphenatedLineEndsAreJoined() throws Exception {
        Path file;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 11, "We ran one more experi-")
                    .text(72, 686, 11, "ment on state-of-the-")
                    .text(72, 672, 11, "art systems with Anglo-")
                    .text(72, 658, 11, "Saxon names.");
            file = pdf.save(dir.resolve("hyphen.pdf"));
        }
        try (PdfDocument pdf = PdfDocument.open(file)) {
            PageText page = pdf.text(1);
            assertEquals("We ran one more experiment on state-of-the-art systems with Anglo-\nSaxon names.", page.text());
            int at = page.text().indexOf("experiment");
            List<Quad> quads = page.quads(at, at + "experiment".length());
            assertEquals(2, quads.size(), "one quad per line fragment");
            assertTrue(quads.get(0).minY() > quads.get(1).maxY() - 3, "first fragment on the upper line");
            assertTrue(page.words().stream().anyMatch(w -> w.text().equals("experi")));
            assertTrue(page.words().stream().anyMatch(w -> w.text().equals("ment")));
            List<FindHit> hits = pdf.find("EXPERIMENT on state");
            assertEquals(1, hits.size());
            assertEquals(2, hits.get(0).quads().size());
        }
    }

    @Test
    void findMatchesAcrossLineBreaksCaseInsensitively() throws Exception {
        Path file;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 12, "The quick brown").text(72, 684, 12, "fox jumps over the lazy dog.")
                    .page().text(72, 700, 12, "A second quick Brown fox.");
            file = pdf.save(dir.resolve("find.pdf"));
        }
        try (PdfDocument pdf = PdfDocument.open(file)) {
            List<FindHit> hits = pdf.find("brown  FOX");
            assertEquals(2, hits.size());
            FindHit first = hits.get(0);
            assertEquals(1, first.page());
            assertEquals("brown\nfox", pdf.text(1).text().substring(first.start(), first.end()));
            assertEquals(2, first.quads().size());
            Quad q = first.quads().get(1);
            assertEquals(72, q.minX(), 0.5);
            assertEquals(72 + TestPdf.width("fox", 12), q.maxX(), 0.5);
            assertEquals(2, hits.get(1).page());
            assertEquals(1, hits.get(1).quads().size());
            assertTrue(pdf.find("cat").isEmpty());
            assertTrue(pdf.find("  ").isEmpty());
            assertEquals("The quick brown\nfox jumps over the lazy dog.\n\f\nA second quick Brown fox.", pdf.text(1, 2));
        }
    }

    @Test
    void marginStampIsReadAfterTheBodyWithItsOwnGeometry() throws Exception {
        Path file;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(100, 700, 12, "Body text of the page.").text(100, 686, 12, "Second line.")
                    .text(30, 300, 14, 90, "arXiv:2311.12786v2 [cs.CL] 21 Nov 2023");
            file = pdf.save(dir.resolve("stamp.pdf"));
        }
        try (PdfDocument pdf = PdfDocument.open(file)) {
            PageText page = pdf.text(1);
            assertEquals("Body text of the page.\nSecond line.\narXiv:2311.12786v2 [cs.CL] 21 Nov 2023", page.text());
            int at = page.text().indexOf("2311");
            List<Quad> quads = page.quads(at, at + 4);
            assertEquals(1, quads.size());
            Quad q = quads.get(0);
            // vertical text: taller than wide, around x = 30 (the glyphs' tops point left, descenders right)
            assertTrue(q.maxY() - q.minY() > q.maxX() - q.minX(), q.toString());
            assertTrue(q.maxX() <= 34 && q.maxX() > 30 && q.minX() > 15 && q.minX() < 25, q.toString());
            assertEquals(20.4, q.x1(), 0.5, "upper-left corner is at the start of the ascender side");
        }
    }
}
