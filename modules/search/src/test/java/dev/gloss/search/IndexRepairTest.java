package dev.gloss.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing, damaged or half-built index, and unreadable PDFs: never an error, always repaired. */
class IndexRepairTest {
    @TempDir
    Path tmp;
    Workspace ws;
    Paper good;
    Paper other;

    @BeforeEach
    void library() throws Exception {
        ws = Workspace.open(tmp.resolve("ws"));
        good = TestLibrary.addPaper(ws, TestLibrary.pdf(tmp.resolve("in/good.pdf"),
                "Lighthouses guide ships along the rocky coast.", "The keeper trims the lamp every evening."),
                "Lighthouses", List.of("Ada Keeper"), 1900, List.of("sea"));
        other = TestLibrary.addPaper(ws, TestLibrary.pdf(tmp.resolve("in/other.pdf"),
                "Glaciers carve valleys over thousands of years."), "Glaciers", List.of("Ice Person"), 1950, List.of());
    }

    private static int pageHits(SearchIndex index, String q) {
        return (int) index.search(q, 20).stream().filter(h -> h.kind().equals("page")).count();
    }

    @Test
    void deletedIndexIsRebuilt() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            assertEquals(1, pageHits(index, "keeper lamp"));
        }
        Path folder = SearchIndex.folderOf(ws);
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertFalse(Files.exists(folder));
        try (SearchIndex index = SearchIndex.open(Workspace.open(ws.root()))) {
            IndexStats stats = index.initialSync().await();
            assertEquals(2, stats.papers());
            assertEquals(1, pageHits(index, "keeper lamp"));
            assertEquals(1, pageHits(index, "glaciers"));
        }
    }

    @Test
    void corruptedIndexIsRebuiltSilently() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
        }
        // truncate every segment file to half its length
        try (Stream<Path> files = Files.list(SearchIndex.folderOf(ws))) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (!n.equals("write.lock") && !n.startsWith("segments")) {
                    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                        raf.setLength(raf.length() / 2);
                    }
                }
            }
        }
        try (SearchIndex index = SearchIndex.open(Workspace.open(ws.root()))) {
            IndexStats stats = index.initialSync().await();
            assertEquals(2, stats.papers(), "everything indexed again");
            assertEquals(1, pageHits(index, "keeper lamp"));
            assertEquals(1, index.search("author:keeper type:paper", 10).size());
        }
    }

    @Test
    void garbageInTheIndexFolderIsRebuiltSilently() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
        }
        try (Stream<Path> files = Files.list(SearchIndex.folderOf(ws))) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("segments")) {
                    Files.write(f, "not a segments file".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        try (SearchIndex index = SearchIndex.open(Workspace.open(ws.root()))) {
            index.initialSync().await();
            assertEquals(1, pageHits(index, "rocky coast"));
        }
    }

    @Test
    void unreadablePdfIsSkippedAndTheRestIndexed() throws Exception {
        Path junk = tmp.resolve("in/broken.pdf");
        Files.write(junk, "%PDF-1.7\nthis is not really a PDF at all\n%%EOF".getBytes(StandardCharsets.UTF_8));
        Paper broken = TestLibrary.addPaper(ws, junk, "Broken", List.of(), null, List.of());
        try (SearchIndex index = SearchIndex.open(ws)) {
            IndexStats stats = index.initialSync().await();
            assertEquals(2, stats.papers());
            assertEquals(3, stats.pages());
            assertEquals(1, stats.failures().size());
            assertEquals(broken.id(), stats.failures().get(0).paperId());
            assertEquals("broken.pdf", stats.failures().get(0).file());
            assertTrue(stats.failures().get(0).reason() instanceof dev.gloss.pdf.PdfException, "the PDF's own reason");
            assertTrue(stats.failures().get(0).reason().reason() instanceof dev.gloss.pdf.PdfException.Reason r && r.isDamaged(),
                    stats.failures().get(0).reason().toString());
            assertEquals(1, pageHits(index, "glaciers valleys"));
            // its metadata is still searchable
            assertEquals(1, index.search("broken type:paper", 10).size());
        }
        // not retried while the file is unchanged...
        try (SearchIndex index = SearchIndex.open(Workspace.open(ws.root()))) {
            IndexStats stats = index.initialSync().await();
            assertTrue(stats.failures().isEmpty());
            assertEquals(0, stats.papers());
        }
        // ...but once it is replaced by a readable file
        Path fixed = ws.paperFolder(broken.id()).resolve("broken.pdf");
        TestLibrary.pdf(fixed, "Repaired documents become searchable.");
        Files.setLastModifiedTime(fixed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        try (SearchIndex index = SearchIndex.open(Workspace.open(ws.root()))) {
            IndexStats stats = index.initialSync().await();
            assertEquals(1, stats.papers());
            assertEquals(1, pageHits(index, "repaired"));
        }
    }

    @Test
    void cancelledRunKeepsNothingHalfDoneAndTheNextSyncFinishes() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PageTextSource pdfs = new PdfPageSource(ws);
        // a source that holds the first page read until the test has cancelled
        PageTextSource slow = new PageTextSource() {
            @Override
            public Pages open(Paper paper) throws Exception {
                Pages real = pdfs.open(paper);
                return new Pages() {
                    @Override
                    public int count() {
                        return real.count();
                    }

                    @Override
                    public String text(int page) throws Exception {
                        started.countDown();
                        release.await(30, TimeUnit.SECONDS);
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
        try (SearchIndex index = SearchIndex.open(ws, slow, false)) {
            IndexRun run = index.sync();
            assertTrue(started.await(30, TimeUnit.SECONDS));
            run.cancel();
            release.countDown();
            IndexStats stats = run.await();
            assertTrue(stats.cancelled());
            assertEquals(0, stats.papers(), "papers interrupted between pages are not written");
            assertEquals(0, pageHits(index, "lighthouses"));
            assertEquals(1, index.search("lighthouses type:paper", 10).size(), "metadata is in at once");

            IndexStats next = index.sync().await();
            assertFalse(next.cancelled());
            assertEquals(2, next.papers());
            assertEquals(1, pageHits(index, "lighthouses"));
        }
    }

    @Test
    void secondOpenWhileTheFirstWritesIsReadOnly() throws Exception {
        try (SearchIndex writer = SearchIndex.open(ws)) {
            writer.initialSync().await();
            writer.close(); // commit
        }
        try (SearchIndex writer = SearchIndex.open(ws); SearchIndex reader = SearchIndex.open(Workspace.open(ws.root()))) {
            writer.initialSync().await();
            assertFalse(writer.isReadOnly());
            assertTrue(reader.isReadOnly());
            assertEquals(1, pageHits(reader, "keeper lamp"));
            try {
                reader.rebuild();
                throw new AssertionError("a read-only index cannot be rebuilt");
            } catch (SearchException e) {
                assertEquals(SearchException.Reason.IN_USE, e.reason(), e.getMessage());
            }
        }
    }
}
