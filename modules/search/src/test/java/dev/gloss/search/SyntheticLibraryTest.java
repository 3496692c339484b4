package dev.gloss.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated library builds an index of the real schema that the real search reads. */
class SyntheticLibraryTest {
    @TempDir
    Path tmp;

    @Test
    void buildsASearchableLibraryOfTheSameSchema() throws Exception {
        SyntheticLibrary.Result r = SyntheticLibrary.build(tmp.resolve("index"), 40, 5, 7);
        assertEquals(40, r.papers());
        assertEquals(200, r.pages());
        assertTrue(r.bytesPerPage() > 0);
        try (SearchIndex index = SearchIndex.openReadOnly(r.folder())) {
            assertTrue(index.isReadOnly());
            List<SearchHit> hits = index.search("attention", 50);
            assertEquals(50, hits.size());
            assertTrue(hits.stream().anyMatch(h -> h.kind().equals("page") && h.page() >= 1 && h.page() <= 5));
            assertTrue(hits.stream().allMatch(h -> h.title() != null && !h.title().isBlank()));
            assertTrue(hits.stream().flatMap(h -> h.matchedText().stream())
                    .allMatch(m -> m.toLowerCase(java.util.Locale.ROOT).matches("attention( attention)*")), hits.toString());
            assertTrue(hits.stream().anyMatch(h -> !h.matches().isEmpty()));
            assertFalse(index.search("type:annotation", 5).isEmpty());
            List<SearchHit> papers = index.search("type:paper", 100);
            assertEquals(40, papers.size());
            // every generated query runs (filters, phrases, prefixes)
            for (String q : SyntheticLibrary.queries(7, 50)) {
                index.search(q, 20);
            }
        }
        // the same seed builds the same library
        SyntheticLibrary.Result again = SyntheticLibrary.build(tmp.resolve("again"), 40, 5, 7);
        try (SearchIndex a = SearchIndex.openReadOnly(r.folder()); SearchIndex b = SearchIndex.openReadOnly(again.folder())) {
            for (String q : List.of("model training", "type:paper tag:ml")) {
                // all hits (two indexing threads order documents differently, so ties at a cut-off may differ)
                assertEquals(a.search(q, 1000).stream().map(SearchHit::snippet).sorted().toList(),
                        b.search(q, 1000).stream().map(SearchHit::snippet).sorted().toList());
            }
        }
    }

    @Test
    void writesDistinctPdfsWhoseTextIsIndexedAndFound() throws Exception {
        List<Path> pdfs = SyntheticPdfs.write(tmp.resolve("pdfs"), 0, 3, 2, 7);
        assertEquals(3, pdfs.size());
        assertEquals(List.copyOf(pdfs), SyntheticPdfs.write(tmp.resolve("again"), 0, 3, 2, 7).stream()
                .map(p -> tmp.resolve("pdfs").resolve(p.getFileName())).toList());
        java.util.Set<String> hashes = new java.util.HashSet<>();
        for (Path p : pdfs) {
            hashes.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(p))));
        }
        assertEquals(3, hashes.size(), "each paper its own content, so its own id");
        dev.gloss.workspace.Workspace ws = dev.gloss.workspace.Workspace.open(tmp.resolve("ws"));
        for (Path p : pdfs) {
            TestLibrary.addPaper(ws, p, p.getFileName().toString(), List.of("A. Author"), 2026, List.of());
        }
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            index.awaitIdle();
            List<SearchHit> pages = index.search("attention", 50).stream().filter(h -> h.kind().equals("page")).toList();
            assertFalse(pages.isEmpty(), "the generated text is extracted and indexed");
            assertTrue(pages.stream().allMatch(h -> h.page() == 1 || h.page() == 2));
        }
    }

    @Test
    void measuresLatency() throws Exception {
        SyntheticLibrary.Result r = SyntheticLibrary.build(tmp.resolve("index"), 20, 4, 3);
        SyntheticLibrary.LatencyReport report = SyntheticLibrary.measure(r.folder(), SyntheticLibrary.queries(3, 40), 20);
        assertEquals(40, report.queries());
        assertTrue(report.p50Millis() <= report.p95Millis() && report.p95Millis() <= report.maxMillis());
        assertTrue(report.totalHits() > 0);
    }
}
