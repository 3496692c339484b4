package dev.gloss.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.anchor.Annotator;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.Pacing;
import dev.gloss.net.Retry;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newer arXiv version noticed, and fetched as an update that keeps the annotations. */
class ArxivUpdatesTest {
    @TempDir
    Path dir;

    private ScholarlyServer server;
    private Workspace ws;
    private Sources sources;

    @BeforeEach
    void start() {
        server = ScholarlyServer.start();
        ws = Workspace.open(dir.resolve("ws"));
        sources = new Sources(server.settings(Duration.ZERO, "reader@example.org"),
                HttpTransport.builder().pacing(new Pacing(Clock.systemUTC())).build(), Retry.standard());
        server.pdf("1706.03762v5", PaperPdfs.attention(5)).pdf("1706.03762v7", PaperPdfs.attention(7));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Paper addV5() throws SourceException {
        return new PaperFromLink(ws, sources).add(Identifiers.parse("arXiv:1706.03762v5"), PaperFromLink.Progress.NONE, null).paper();
    }

    @Test
    void aNewerVersionIsNoticedAndKept() throws Exception {
        Paper v5 = addV5();
        assertEquals(5, v5.source().version());
        ArxivUpdates updates = new ArxivUpdates(ws, sources);
        ArxivUpdates.Check c = updates.check(v5, null);
        assertTrue(c.newer());
        assertEquals(5, c.version());
        assertEquals(7, c.latest());
        Paper kept = ws.paper(v5.id()).orElseThrow();
        assertTrue(kept.source().newerVersion(), "the answer is in paper.json");
        assertTrue(kept.source().checked() != null);
    }

    @Test
    void aPaperImportedFromAFileIsCheckedByTheVersionItsIdCarries() throws Exception {
        Path file = Files.write(dir.resolve("1706.03762v5.pdf"), PaperPdfs.attention(5));
        Paper p = dev.gloss.library.PaperImporter.importFile(ws, file, null).paper();
        assertEquals(5, ArxivUpdates.versionOf(p));
        ArxivUpdates.Check c = new ArxivUpdates(ws, sources).check(p, null);
        assertTrue(c.newer());
        assertEquals("pdf", ws.paper(p.id()).orElseThrow().source().from(), "the check adds no details it did not fetch");
    }

    @Test
    void theUpdateKeepsTheAnnotationsReanchoredAndListsTheOrphans() throws Exception {
        Paper v5 = addV5();
        ws.update(Kind.PAPERS, v5.id(), p -> p.withMetadata(p.title(), p.authors(), p.year(), p.venue(), p.arxivId(), p.doi(),
                List.of("transformers")));
        Annotation kept = Annotator.annotateQuote(ws, v5.id(), 2, "firmly established as state of the art approaches", "yellow",
                "the claim", List.of("claim"), null);
        Annotation orphan = Annotator.annotateQuote(ws, v5.id(), 2, "This line only version five has.", "red", null, List.of(), null);
        PostThread thread = ws.save(Kind.THREADS, new PostThread("t1", "Monday", List.of("bluesky"), v5.id(),
                List.of(new Post("quoting it", List.of(), List.of(kept.id()))), Instant.now(), Instant.now()));

        ArxivUpdates.Updated u = new ArxivUpdates(ws, sources).update(v5, PaperFromLink.Progress.NONE, null);

        assertTrue(u.changed());
        Paper v7 = u.paper();
        assertNotEquals(v5.id(), v7.id(), "another PDF, another content hash");
        assertEquals(7, v7.source().version());
        assertEquals("1706.03762v7.pdf", v7.file());
        assertEquals(List.of("transformers"), v7.tags());
        assertEquals(List.of(kept.id()), u.moved().stream().map(Annotation::id).toList());
        assertEquals(List.of(orphan.id()), u.orphans().stream().map(Annotation::id).toList());
        List<Annotation> onV7 = ws.annotations(v7.id());
        assertEquals(2, onV7.size(), "the orphan is kept too");
        Annotation moved = onV7.stream().filter(a -> a.id().equals(kept.id())).findFirst().orElseThrow();
        assertEquals("the claim", moved.note());
        assertEquals(2, moved.page());
        assertEquals(kept.exact(), moved.exact());
        assertEquals(v7.id(), ws.get(Kind.THREADS, thread.id()).orElseThrow().paperId(), "the thread follows the paper");
        assertFalse(ws.paper(v5.id()).isPresent(), "the old version is in the trash");
        assertTrue(Files.isDirectory(u.trashed()));
        assertEquals(List.of(v7.id()), ws.papers().stream().map(Paper::id).toList());
        try (var s = Files.list(ws.derivedFolder().resolve("tmp"))) {
            assertEquals(0, s.count(), "no download left behind");
        }
    }

    @Test
    void anUpdateThatCannotDownloadChangesNothing() throws Exception {
        Paper v5 = addV5();
        Annotator.annotateQuote(ws, v5.id(), 2, "firmly established", "yellow", null, List.of(), null);
        server.drop("/arxiv/pdf/1706.03762v7", 10);
        Sources impatient = new Sources(server.settings(Duration.ZERO, null), HttpTransport.builder()
                .pacing(new Pacing(Clock.systemUTC())).build(), new Retry(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, d -> { }));
        SourceException e = org.junit.jupiter.api.Assertions.assertThrows(SourceException.class,
                () -> new ArxivUpdates(ws, impatient).update(v5, PaperFromLink.Progress.NONE, null));
        assertEquals(SourceException.Reason.UNREACHABLE, e.reason());
        assertEquals(List.of(v5.id()), ws.papers().stream().map(Paper::id).toList());
        assertEquals(1, ws.annotations(v5.id()).size());
    }
}
