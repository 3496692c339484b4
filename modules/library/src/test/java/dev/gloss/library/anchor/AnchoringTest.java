package dev.gloss.library.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.TestPdfs;
import dev.gloss.library.demo.DemoPaperTest;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-anchoring when the text layer changes: a second version of a PDF with text added or removed. */
class AnchoringTest {
    @TempDir
    Path dir;

    private Annotation markIn(Path pdf, String quote, int occurrence) throws Exception {
        try (PdfDocument doc = PdfDocument.open(pdf)) {
            PageText t = doc.text(1);
            List<TextRange> hits = t.find(quote);
            TextRange r = hits.get(occurrence);
            return Annotator.markup("0123456789abcdef", t, r, AnnotationType.HIGHLIGHT, "green", "note", List.of("t"));
        }
    }

    @Test
    void unchangedTextStaysAnchored() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        Annotation a = markIn(v1, TestPdfs.QUOTE, 0);
        try (PdfDocument doc = PdfDocument.open(v1)) {
            Anchoring.Anchored r = Anchoring.reanchor(a, doc);
            assertEquals(Anchoring.Status.ANCHORED, r.status());
            assertSame(a, r.annotation());
        }
    }

    @Test
    void anExtraParagraphBeforeTheQuoteMovesIt() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        Path v2 = TestPdfs.write(dir.resolve("v2.pdf"),
                List.of(List.of(TestPdfs.INTRO, TestPdfs.EXTRA, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        Annotation a = markIn(v1, TestPdfs.QUOTE, 0);
        try (PdfDocument doc = PdfDocument.open(v2)) {
            Anchoring.Anchored r = Anchoring.reanchor(a, doc);
            assertEquals(Anchoring.Status.MOVED, r.status());
            Annotation m = r.annotation();
            assertEquals(a.id(), m.id());
            assertEquals(a.note(), m.note());
            String text = doc.text(1).text().substring(m.position().start(), m.position().end());
            assertEquals(DemoPaperTest.squash(a.exact()), DemoPaperTest.squash(text));
            assertTrue(m.position().start() > a.position().start());
            // the text moved down the page: so must the quads
            assertTrue(m.quads().get(0).maxY() < a.quads().get(0).maxY() - 20,
                    a.quads().get(0) + " -> " + m.quads().get(0));
        }
    }

    @Test
    void removedTextIsOrphanedNotDropped() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        Path v3 = TestPdfs.write(dir.resolve("v3.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.OUTRO)));
        Annotation a = markIn(v1, TestPdfs.QUOTE, 0);
        try (PdfDocument doc = PdfDocument.open(v3)) {
            Anchoring.Anchored r = Anchoring.reanchor(a, doc);
            assertEquals(Anchoring.Status.ORPHANED, r.status());
            assertSame(a, r.annotation(), "an orphan is returned as it was");
        }
    }

    @Test
    void aSmallEditIsFoundFuzzily() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        String edited = TestPdfs.CLAIM.replace("concentrated in the top third", "concentrated in the upper third");
        Path v4 = TestPdfs.write(dir.resolve("v4.pdf"), List.of(List.of(TestPdfs.EXTRA, TestPdfs.INTRO, edited)));
        Annotation a = markIn(v1, TestPdfs.QUOTE, 0);
        try (PdfDocument doc = PdfDocument.open(v4)) {
            Anchoring.Anchored r = Anchoring.reanchor(a, doc);
            assertEquals(Anchoring.Status.MOVED, r.status());
            String text = doc.text(1).text().substring(r.annotation().position().start(), r.annotation().position().end());
            assertTrue(DemoPaperTest.squash(text).contains("upper third of the layers"), text);
            assertTrue(DemoPaperTest.squash(text).startsWith("the weight update"), text);
        }
    }

    @Test
    void textThatMovedToAnotherPageIsFoundThere() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM), List.of(TestPdfs.OUTRO)));
        Path v5 = TestPdfs.write(dir.resolve("v5.pdf"), List.of(List.of(TestPdfs.INTRO), List.of(TestPdfs.EXTRA, TestPdfs.CLAIM)));
        Annotation a = markIn(v1, TestPdfs.QUOTE, 0);
        try (PdfDocument doc = PdfDocument.open(v5)) {
            Anchoring.Anchored r = Anchoring.reanchor(a, doc);
            assertEquals(Anchoring.Status.MOVED, r.status());
            assertEquals(2, r.annotation().page());
            assertTrue(!r.annotation().quads().isEmpty());
        }
    }

    @Test
    void prefixAndSuffixChooseBetweenRepeatedQuotes() throws Exception {
        String first = "In the first experiment the effect was large and clearly visible in every run we made.";
        String second = "In the second experiment the effect was large and clearly visible only after tuning.";
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(first, second)));
        Path v2 = TestPdfs.write(dir.resolve("v2.pdf"), List.of(List.of(TestPdfs.EXTRA, first, TestPdfs.INTRO, second)));
        Annotation a = markIn(v1, "the effect was large", 1);
        assertTrue(a.quote().prefix().contains("second experiment"), a.quote().prefix());
        try (PdfDocument doc = PdfDocument.open(v2)) {
            Anchoring.Anchored r = Anchoring.reanchor(a, doc);
            assertEquals(Anchoring.Status.MOVED, r.status());
            String t = doc.text(1).text();
            int secondAt = t.indexOf("second experiment");
            assertTrue(r.annotation().position().start() > secondAt, "anchored to the first occurrence instead");
        }
    }

    @Test
    void annotationsWithoutTextKeepTheirArea() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO)));
        Annotation note = new Annotation("aaaaaaaaaaaaaaaaaaaa", "0123456789abcdef", AnnotationType.NOTE, 1, "blue",
                null, null, List.of(), new dev.gloss.workspace.Rect(10, 10, 30, 30), null, "n", List.of(), null, null,
                null, null);
        try (PdfDocument doc = PdfDocument.open(v1)) {
            Anchoring.Anchored r = Anchoring.reanchor(note, doc);
            assertEquals(Anchoring.Status.ANCHORED, r.status());
            assertNotNull(r.annotation().area());
        }
    }

    @Test
    void aStalePositionIsRepairedFromTheQuadsOfTheSameFile() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        Annotation a = markIn(v1, TestPdfs.QUOTE, 0);
        // as if an older text layer had counted offsets differently
        Annotation stale = a.withAnchor(1, new dev.gloss.workspace.TextPositionSelector(a.position().start() + 7,
                a.position().end() + 7), a.quads());
        try (PdfDocument doc = PdfDocument.open(v1)) {
            Anchoring.Anchored r = Anchoring.reanchor(stale, doc);
            assertEquals(Anchoring.Status.MOVED, r.status());
            assertEquals(a.position(), r.annotation().position());
            assertEquals(a.quads(), r.annotation().quads());
        }
    }

    @Test
    void aMarkOverSeparateRunsCoversOnlyWhatItCovers() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        try (PdfDocument doc = PdfDocument.open(v1)) {
            PageText t = doc.text(1);
            TextRange first = t.find("Language models are trained").get(0);
            TextRange second = t.find("We discuss the consequences").get(0);
            List<dev.gloss.workspace.Quad> quads = new java.util.ArrayList<>(t.quads(first.start(), first.end()));
            quads.addAll(t.quads(second.start(), second.end()));
            TextUnder.Under u = TextUnder.under(t, quads);
            assertTrue(!u.contiguous());
            assertEquals("Language models are trained We discuss the consequences", u.text());
        }
    }

    @Test
    void foldingJoinsHyphenationAndIgnoresCaseAndSpacing() {
        Folded f = Folded.of("An experi-\nment  with\u00a0\u201cQuotes\u201d and \uFB01les");
        assertEquals("an experiment with \"quotes\" and files", f.text());
        int[] r = f.original(3, 13);
        assertEquals("experi-\nment", "An experi-\nment  with\u00a0\u201cQuotes\u201d and \uFB01les".substring(r[0], r[1]));
        assertNotEquals(-1, f.text().indexOf("files"));
    }

    @Test
    void fuzzyFindsTheNearestBestMatch() {
        Fuzzy.Match m = Fuzzy.find("the cat sat on the mat; the cat sat on the hat", "cat sat on the hat", 2, 0);
        assertEquals(0, m.errors());
        assertEquals("cat sat on the hat", "the cat sat on the mat; the cat sat on the hat".substring(m.start(), m.end()));
        Fuzzy.Match near = Fuzzy.find("the cat sat on the mat; the cat sat on the mat", "cat sat on the mat", 2, 28);
        assertEquals(28, near.start());
    }
}
