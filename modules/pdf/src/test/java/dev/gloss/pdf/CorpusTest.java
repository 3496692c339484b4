package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every file of the shared corpus, checked against poppler where poppler has an answer. */
class CorpusTest {
    @TempDir
    Path tmp;

    /** Each file opens (with its password) or fails with one clean sentence, within 30 s. */
    @TestFactory
    Stream<DynamicTest> everyFileOpensOrFailsCleanly() throws Exception {
        return Corpus.entries().stream().map(e -> DynamicTest.dynamicTest(e.file(), () ->
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(e))));
    }

    private static void check(Corpus.Entry e) throws Exception {
        char[] password = e.password().isEmpty() ? null : e.password().toCharArray();
        if (e.malformed()) {
            // no page count is known: refused as damaged in one clean sentence, or repaired as
            // other readers repair it (poppler-91414's page tree counts a stream; its one page is whole)
            PdfDocument repaired;
            try {
                repaired = PdfDocument.open(e.path(), password);
            } catch (PdfException ex) {
                assertTrue(ex.reason().isDamaged(), ex.getMessage());
                for (Object v : ex.args()) {
                    assertFalse(String.valueOf(v).contains("\n"), ex.getMessage());
                    assertFalse(String.valueOf(v).matches(".*\\b(org|java)[./]\\w+[./].*"), "no class name for the user: " + ex.getMessage());
                }
                return;
            }
            try (PdfDocument pdf = repaired) {
                for (int p = 1; p <= pdf.pageCount(); p++) {
                    assertNotNull(pdf.text(p).text());
                    assertEquals(BufferedImage.TYPE_INT_RGB, pdf.render(p, 0.25f).getType());
                }
            }
            return;
        }
        try (PdfDocument pdf = PdfDocument.open(e.path(), password)) {
            assertEquals(e.pages(), pdf.pageCount(), "pages of " + e.file());
            assertNotNull(pdf.text(1).text());
            BufferedImage img = pdf.render(1, 0.25f);
            assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
            assertNotNull(pdf.metadata());
            pdf.outline();
            pdf.links(1);
            pdf.pageLabel(1);
        }
        if (password != null) {
            PdfException missing = assertThrows(PdfException.class, () -> PdfDocument.open(e.path()).close());
            assertEquals(PdfException.Reason.PASSWORD_REQUIRED, missing.reason());
            assertEquals(List.of(e.path().getFileName().toString()), missing.args());
            PdfException wrong = assertThrows(PdfException.class, () -> PdfDocument.open(e.path(), "not-it".toCharArray()).close());
            assertEquals(PdfException.Reason.WRONG_PASSWORD, wrong.reason());
            assertEquals(List.of(e.path().getFileName().toString()), wrong.args());
        }
    }

    @Test
    void pageCountsAgreeWithPdfinfo() throws Exception {
        Pattern pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)");
        int compared = 0;
        for (Corpus.Entry e : Corpus.entries()) {
            if (e.malformed()) {
                continue;
            }
            List<String> cmd = new ArrayList<>(List.of("pdfinfo"));
            if (!e.password().isEmpty()) {
                cmd.addAll(List.of("-upw", e.password()));
            }
            cmd.add(e.path().toString());
            Matcher m = pages.matcher(Corpus.run(cmd.toArray(String[]::new)));
            if (!m.find()) {
                continue;
            }
            char[] pw = e.password().isEmpty() ? null : e.password().toCharArray();
            try (PdfDocument pdf = PdfDocument.open(e.path(), pw)) {
                assertEquals(Integer.parseInt(m.group(1)), pdf.pageCount(), e.file());
            }
            compared++;
        }
        assertTrue(compared >= 10, "compared " + compared);
    }

    @Test
    void renderSizesAgreeWithPdftoppm() throws Exception {
        for (Corpus.Entry e : Corpus.entries()) {
            if (!e.file().startsWith("research/") && !e.file().startsWith("encrypted/PasswordSample-256")) {
                continue;
            }
            List<String> cmd = new ArrayList<>(List.of("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png"));
            if (!e.password().isEmpty()) {
                cmd.addAll(List.of("-upw", e.password()));
            }
            Path prefix = tmp.resolve(e.path().getFileName().toString().replace(".pdf", ""));
            cmd.add(e.path().toString());
            cmd.add(prefix.toString());
            Corpus.run(cmd.toArray(String[]::new));
            Path png;
            try (Stream<Path> files = Files.list(tmp)) {
                png = files.filter(p -> p.getFileName().toString().startsWith(prefix.getFileName() + "-")).findFirst().orElseThrow();
            }
            BufferedImage ref = ImageIO.read(png.toFile());
            char[] pw = e.password().isEmpty() ? null : e.password().toCharArray();
            try (PdfDocument pdf = PdfDocument.open(e.path(), pw)) {
                BufferedImage img = pdf.render(1, 150 / 72f);
                assertEquals(ref.getWidth(), img.getWidth(), 1, e.file() + " width");
                assertEquals(ref.getHeight(), img.getHeight(), 1, e.file() + " height");
                PageGeometry g = pdf.geometry(1, 150 / 72f);
                assertEquals(g.imageWidth(), img.getWidth());
                assertEquals(g.imageHeight(), img.getHeight());
            }
        }
    }

    /** At least 95 % of the words pdftotext finds in each research paper (as a multiset). */
    @Test
    void textRecoversTheWordsPdftotextFinds() throws Exception {
        for (Corpus.Entry e : Corpus.entries()) {
            if (!e.file().startsWith("research/")) {
                continue;
            }
            Map<String, Integer> ref = words(Corpus.run("pdftotext", "-enc", "UTF-8", e.path().toString(), "-"));
            Map<String, Integer> mine;
            try (PdfDocument pdf = PdfDocument.open(e.path())) {
                mine = words(pdf.text(1, pdf.pageCount()));
            }
            long total = 0;
            long found = 0;
            for (Map.Entry<String, Integer> w : ref.entrySet()) {
                total += w.getValue();
                found += Math.min(w.getValue(), mine.getOrDefault(w.getKey(), 0));
            }
            assertTrue(total > 100, e.file() + " has too few words for a fair comparison");
            double recall = (double) found / total;
            assertTrue(recall >= 0.95, e.file() + ": recall " + recall);
        }
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                m.merge(w, 1, Integer::sum);
            }
        }
        return m;
    }

    @Test
    void twoColumnPapersReadColumnByColumn() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/tracemonkey.pdf"))) {
            String t = pdf.text(1).text();
            // the abstract (left column) is whole before the right column's first paragraph
            int abstractEnd = t.indexOf("certain benchmark\nprograms.");
            int rightStart = t.indexOf("and is used for the application logic");
            assertTrue(abstractEnd > 0 && rightStart > abstractEnd, t);
            assertTrue(t.contains("difficult to compile than statically typed ones"), "hyphenation joined: " + t);
        }
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/2020.acl-main.447.pdf"))) {
            String t = pdf.text(2).text();
            // a full-width table and caption on top, then two columns
            int caption = t.indexOf("Table 1: A comparison of S2ORC");
            int left = t.indexOf("Notably, we release structured, machinereadable full text");
            int right = t.indexOf("To construct S2ORC, we must overcome challenges");
            assertTrue(caption >= 0 && left > caption && right > left, t);
        }
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/2023.eacl-main.121.pdf"))) {
            // an indented abstract above a short column must not shift the gutter into the column
            String t = pdf.text(1).text();
            assertTrue(t.contains("considered the gold\nstandard for evaluating model-generated sum-"), t);
            assertTrue(t.indexOf("standard for evaluating") < t.indexOf("maries (Kryscinski et al."), t);
        }
    }

    @Test
    void outlineOfPdflatexOutline() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/pdflatex-outline.pdf"))) {
            List<OutlineItem> outline = pdf.outline();
            String expected = Corpus.run("mutool", "show", pdf.file().toString(), "outline");
            assertFalse(outline.isEmpty());
            int total = outline.stream().mapToInt(OutlineItem::count).sum();
            assertEquals(expected.lines().filter(l -> !l.isBlank()).count(), total, expected);
            OutlineItem first = outline.get(0);
            assertEquals("Foo", first.title());
            assertEquals(2, first.page());
            for (OutlineItem item : outline) {
                assertTrue(item.page() >= 1 && item.page() <= pdf.pageCount(), item.toString());
            }
        }
    }

    @Test
    void metadataOfCorpusPapers() throws Exception {
        Map<String, String> titles = Map.of(
                "research/2020.acl-main.447.pdf", "S2ORC: The Semantic Scholar Open Research Corpus",
                "research/tracemonkey.pdf", "Trace-based Just-in-Time Type Specialization for Dynamic Languages",
                "research/papermage.pdf", "PaperMage: A Unified Toolkit for Processing, Representing, and Manipulating Visually-Rich Scientific Documents",
                "research/2023.eacl-main.121.pdf", "LONGEVAL: Guidelines for Human Evaluation of Faithfulness in Long-form Summarization",
                "research/cweb.pdf", "The CWEB System of Structured Documentation",
                "research/GeoTopo-komprimiert.pdf", "Geometrie und Topologie",
                "research/multicolumn.pdf", "Two-Column Document with Lorem Ipsum");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            try (PdfDocument pdf = PdfDocument.open(Corpus.file(t.getKey()))) {
                assertEquals(t.getValue(), pdf.metadata().title(), t.getKey());
            }
        }
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/tracemonkey.pdf"))) {
            PaperMetadata m = pdf.metadata();
            assertEquals("Andreas Gal", m.authors().get(0));
            assertTrue(m.authors().contains("Michael Franz"), m.authors().toString());
            assertEquals(16, m.authors().size(), m.authors().toString());
            assertTrue(m.abstractText().startsWith("Dynamic languages such as JavaScript are more difficult to compile"), m.abstractText());
            assertTrue(m.abstractText().endsWith("for certain benchmark programs."), m.abstractText());
            assertEquals(2009, m.year());
        }
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/2020.acl-main.447.pdf"))) {
            PaperMetadata m = pdf.metadata();
            assertEquals(List.of("Kyle Lo", "Lucy Lu Wang", "Mark Neumann", "Rodney Kinney", "Daniel Weld"), m.authors());
            assertEquals(2020, m.year());
        }
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/papermage.pdf"))) {
            List<String> authors = pdf.metadata().authors();
            assertEquals("Kyle Lo", authors.get(0));
            assertTrue(authors.contains("Marti A. Hearst"), authors.toString());
        }
    }

    /** arXiv's file naming ("2311.12786v2.pdf") gives the id when the page has none. */
    @Test
    void arxivIdFromTheFileName() throws Exception {
        Path copy = Files.copy(Corpus.file("research/multicolumn.pdf"), tmp.resolve("2311.12786v2.pdf"));
        try (PdfDocument pdf = PdfDocument.open(copy)) {
            assertEquals("2311.12786v2", pdf.metadata().arxivId());
            assertEquals(2023, pdf.metadata().year());
        }
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/multicolumn.pdf"))) {
            assertEquals(null, pdf.metadata().arxivId());
        }
    }
}
