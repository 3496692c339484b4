package dev.gloss.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.RawPdf;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work the index does for one paper is bounded (issue 23, item 2: a 1.2 MB PDF whose page
 * tree claims 200,000 pages, all the same page object, made every search run for minutes and the
 * index stay empty). Past a bound the rest of that paper is left out with a sentence, the other
 * papers are indexed as usual, and queries never wait for it.
 */
class IndexBoundsTest {
    @TempDir
    Path tmp;
    Workspace ws;
    Paper normal;

    @BeforeEach
    void library() throws Exception {
        ws = Workspace.open(tmp.resolve("ws"));
        Path a = TestLibrary.pdf(tmp.resolve("in/lighthouse.pdf"), "The keeper lamp of the lighthouse burns all night.");
        normal = TestLibrary.addPaper(ws, a, "Lighthouses", List.of("A. Keeper"), 2020, List.of());
    }

    /** A PDF of {@code pages} pages, all one page object saying "the same page again". */
    static Path manyPages(Path file, int pages) throws Exception {
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append("3 0 R ");
        }
        Files.createDirectories(file.getParent());
        return new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>")
                .stream(4, "", "BT /F1 12 Tf 20 100 Td (the same page again) Tj ET")
                .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
                .write(file, 1);
    }

    private static long pageHits(SearchIndex index, String query) {
        return index.search(query, 50).stream().filter(h -> h.kind().equals("page")).count();
    }

    @Test
    void twoHundredThousandPagesAreCutAtThePageBound() throws Exception {
        Paper huge = TestLibrary.addPaper(ws, manyPages(tmp.resolve("in/huge.pdf"), 200_000), "Huge", List.of(), 2024, List.of());
        IndexLimit.Bounds bounds = new IndexLimit.Bounds(300, 16_000_000L, 1_000_000, 60);
        try (SearchIndex index = SearchIndex.open(ws, new PdfPageSource(ws), false, bounds)) {
            IndexStats stats = index.sync().await(120, TimeUnit.SECONDS);
            assertEquals(2, stats.papers());
            assertEquals(1 + 300, stats.pages());
            assertEquals(1, stats.failures().size(), stats.failures().toString());
            IndexStats.Failure f = stats.failures().get(0);
            assertEquals(huge.id(), f.paperId());
            assertEquals(new IndexLimit(IndexLimit.Reason.PAGES_LEFT_OUT, List.of("huge.pdf", 300, 200_000)), f.reason());
            assertEquals("Only 300 of the 200000 pages of huge.pdf are searchable: Gloss indexes at most 300 pages of one paper.",
                    Phrasebook.MODULES.phrase(f.reason()));
            assertEquals(1, pageHits(index, "keeper lamp"));
            assertTrue(pageHits(index, "\"same page again\"") > 0);
            // kept as it is: the next sync does not read it again
            IndexStats again = index.sync().await(60, TimeUnit.SECONDS);
            assertEquals(0, again.papers());
            assertEquals(List.of(), again.failures());
        }
    }

    @Test
    void tooMuchTextIsCut() throws Exception {
        Path big = TestLibrary.pdf(tmp.resolve("in/big.pdf"), "alpha ".repeat(200), "beta ".repeat(200), "gamma ".repeat(200));
        TestLibrary.addPaper(ws, big, "Big", List.of(), 2024, List.of());
        IndexLimit.Bounds bounds = new IndexLimit.Bounds(5_000, 1_500, 1_000_000, 60);
        try (SearchIndex index = SearchIndex.open(ws, new PdfPageSource(ws), false, bounds)) {
            IndexStats stats = index.sync().await(60, TimeUnit.SECONDS);
            IndexStats.Failure f = stats.failures().get(0);
            assertEquals(IndexLimit.Reason.TEXT_LEFT_OUT, f.reason().reason());
            assertEquals(3, f.reason().args().get(2), "pages in the file");
            assertTrue((int) f.reason().args().get(1) < 3, "pages indexed " + f.reason().args());
            assertEquals(1, pageHits(index, "keeper lamp"));
            assertEquals(0, pageHits(index, "gamma"));
        }
    }

    /**
     * A paper whose pages are slow to read is cut at the time bound, and a query about another
     * paper is answered while it is still being read.
     */
    @Test
    void aSlowPaperIsCutAtTheTimeBoundAndQueriesDoNotWaitForIt() throws Exception {
        Paper slowPaper = TestLibrary.addPaper(ws, manyPages(tmp.resolve("in/slow.pdf"), 40), "Slow", List.of(), 2024, List.of());
        PageTextSource pdfs = new PdfPageSource(ws);
        CountDownLatch reading = new CountDownLatch(1);
        PageTextSource slow = new PageTextSource() {
            @Override
            public Pages open(Paper paper) throws Exception {
                Pages real = pdfs.open(paper);
                boolean isSlow = paper.id().equals(slowPaper.id());
                return new Pages() {
                    @Override
                    public int count() {
                        return real.count();
                    }

                    @Override
                    public String text(int page) throws Exception {
                        if (isSlow) {
                            reading.countDown();
                            Thread.sleep(200);
                        }
                        return real.text(page);
                    }

                    @Override
                    public void close() {
                        real.close();
                    }
                };
            }

            @Override
            public String stamp(Paper paper) {
                return pdfs.stamp(paper);
            }
        };
        IndexLimit.Bounds bounds = new IndexLimit.Bounds(5_000, 16_000_000L, 1_000_000, 1);
        try (SearchIndex index = SearchIndex.open(ws, slow, false, bounds)) {
            IndexRun run = index.sync();
            assertTrue(reading.await(30, TimeUnit.SECONDS));
            // the slow paper is still being read: a query is answered from what is indexed
            assertFalse(run.isDone());
            assertEquals(1, index.search("Lighthouses type:paper", 10).size());
            IndexStats stats = run.await(60, TimeUnit.SECONDS);
            IndexStats.Failure f = stats.failures().get(0);
            assertEquals(IndexLimit.Reason.TOO_SLOW, f.reason().reason());
            assertEquals(1L, f.reason().args().get(3));
            assertTrue((int) f.reason().args().get(1) < 40, f.reason().toString());
            assertEquals(1, pageHits(index, "keeper lamp"));
        }
    }
}
