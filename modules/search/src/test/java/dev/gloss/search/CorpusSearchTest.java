package dev.gloss.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.Corpus;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The research papers of the shared corpus, indexed from their PDFs: a sentence taken from a
 * known page (read with {@code pdftotext -f N -l N} when writing this test) comes back at that
 * paper and page as the best page hit.
 */
class CorpusSearchTest {
    @TempDir
    static Path tmp;
    static Workspace ws;
    static SearchIndex index;
    static IndexStats stats;
    static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void importResearchPapers() throws Exception {
        Path research = Corpus.folder("research");
        ws = Workspace.open(tmp.resolve("ws"));
        try (Stream<Path> pdfs = Files.list(research)) {
            for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                Paper p = TestLibrary.addPaper(ws, pdf, null, List.of(), null, List.of());
                ids.put(pdf.getFileName().toString(), p.id());
            }
        }
        index = SearchIndex.open(ws);
        stats = index.initialSync().await();
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    @ParameterizedTest(name = "{0} page {1}")
    @CsvSource(delimiter = '|', value = {
        "tracemonkey.pdf|5|adding two integers can produce a value too large for the integer representation",
        "2020.acl-main.447.pdf|4|harmonic mean between a Jaccard index and a containment metric",
        "papermage.pdf|7|harmful practice called deadnaming",
        "2023.eacl-main.121.pdf|9|automatically highlighted hints are useful only in some specific cases of long-form summarization",
        "GeoTopo-komprimiert.pdf|60|Beweis wie für Bemerkung 54",
    })
    void phraseFromAKnownPageComesBackAtThatPage(String file, int page, String sentence) {
        List<SearchHit> pages = index.search("\"" + sentence + "\"", 10).stream()
                .filter(h -> h.kind().equals("page")).toList();
        assertTrue(!pages.isEmpty(), "no page hit for " + sentence);
        SearchHit top = pages.get(0);
        assertEquals(ids.get(file), top.paperId(), top.toString());
        assertEquals(page, top.page(), top.toString());
        assertEquals(1, top.matches().size(), top.snippet());
        // the words are marked: compare ignoring case, hyphenation and spacing
        String marked = top.matchedText().get(0).toLowerCase().replaceAll("[^a-zäöüß0-9]", "");
        String wanted = sentence.toLowerCase().replaceAll("[^a-zäöüß0-9]", "");
        assertEquals(wanted, marked, top.snippet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tracemonkey.pdf|trace-based specializ*",
        "papermage.pdf|papermage toolkit",
    })
    void wordsFindTheirPaper(String file, String query) {
        List<SearchHit> hits = index.search(query, 5);
        assertTrue(!hits.isEmpty());
        assertEquals(ids.get(file), hits.get(0).paperId(), hits.get(0).toString());
    }

    @org.junit.jupiter.api.Test
    void everyResearchPaperWasIndexed() {
        assertEquals(ids.size(), stats.papers(), stats.toString());
        assertTrue(stats.failures().isEmpty(), stats.failures().toString());
        assertEquals(223, stats.pages(), "the pages of MANIFEST.tsv's research papers");
    }
}
