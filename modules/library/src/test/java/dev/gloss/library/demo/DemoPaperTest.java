package dev.gloss.library.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.pdf.FindHit;
import dev.gloss.pdf.OutlineItem;
import dev.gloss.pdf.PaperMetadata;
import dev.gloss.pdf.PdfDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DemoPaperTest {
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void generate() throws Exception {
        file = dir.resolve(DemoPaper.FILE_NAME);
        DemoPaper.write(file);
    }

    @Test
    void outputIsDeterministic() {
        assertArrayEquals(DemoPaper.bytes(), DemoPaper.bytes(), "two generations differ, so the paper id would too");
    }

    @Test
    void metadataIsFoundByThePdfModule() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(file)) {
            assertTrue(pdf.pageCount() >= 4 && pdf.pageCount() <= 6, "pages: " + pdf.pageCount());
            PaperMetadata m = pdf.metadata();
            assertEquals(DemoPaper.TITLE, m.title());
            assertEquals(DemoPaper.AUTHORS, m.authors());
            assertNotNull(m.arxivId());
            assertTrue(m.arxivId().startsWith(DemoPaper.ARXIV_ID), m.arxivId());
            assertEquals(2026, m.year());
            assertTrue(squash(m.abstractText()).contains(squash(DemoPaper.KEY_SENTENCE)), m.abstractText());
        }
    }

    @Test
    void textLayerReadsTitleAbstractAndBothColumnsInOrder() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(file)) {
            String page1 = squash(pdf.text(1).text());
            assertTrue(page1.contains(squash(DemoPaperText.TITLE_LINE_1)), page1);
            assertTrue(page1.contains("arXiv:2611.04217v1"), "the margin stamp is in the text layer");
            assertInOrder(page1, "Abstract", squash(DemoPaper.ABSTRACT), "1 Introduction",
                    // last words of the left column, then the first of the right one
                    "the apparent shallowness is an", "artefact of how it is measured", "2 Related Work");
            String all = squash(pdf.text(1, pdf.pageCount()));
            assertInOrder(all, "3 Method", "3.1 Models and data", "4 Results", "Figure 1: Relative change",
                    "Table 1: Hybrid models", "5 Discussion", "6 Conclusion", "References", "Armen Aghajanyan",
                    "A Experimental Details");
        }
    }

    @Test
    void keySentenceIsFoundOnceWithQuadsOnSeveralLines() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(file)) {
            List<FindHit> hits = pdf.find(DemoPaper.KEY_SENTENCE);
            assertEquals(1, hits.size());
            assertEquals(1, hits.get(0).page());
            assertTrue(hits.get(0).quads().size() >= 3, "a sentence over several lines: " + hits.get(0).quads());
        }
    }

    @Test
    void outlineListsTheSections() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(file)) {
            List<String> top = pdf.outline().stream().map(OutlineItem::title).toList();
            assertEquals(List.of("Abstract", "1 Introduction", "2 Related Work", "3 Method", "4 Results",
                    "5 Discussion", "6 Conclusion", "References", "A Experimental Details"), top);
            OutlineItem results = pdf.outline().get(4);
            assertEquals(3, results.children().size());
            assertTrue(results.page() >= 2);
        }
    }

    @Test
    void infoDictionaryHasTitleAndAuthors() throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(DemoPaper.TITLE, doc.getDocumentInformation().getTitle());
            assertEquals(String.join(", ", DemoPaper.AUTHORS), doc.getDocumentInformation().getAuthor());
            assertFalse(doc.isEncrypted());
        }
        assertTrue(Files.size(file) > 5_000);
    }

    public static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    public static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String p : parts) {
            int i = text.indexOf(p, at + 1);
            assertTrue(i > at, "\"" + p + "\" is missing or out of order");
            at = i;
        }
    }
}
