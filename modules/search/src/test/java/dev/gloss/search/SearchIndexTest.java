package dev.gloss.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.TextQuoteSelector;
import dev.gloss.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index over a real workspace with real (generated) PDFs: pages, metadata, annotations, threads. */
class SearchIndexTest {
    @TempDir
    Path tmp;
    Workspace ws;
    Paper transformers;
    Paper tracing;

    @BeforeEach
    void library() throws Exception {
        ws = Workspace.open(tmp.resolve("ws"));
        Path a = TestLibrary.pdf(tmp.resolve("in/attention.pdf"),
                "Attention Is All You Need. We propose a new simple network architecture, the Transformer, "
                        + "based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.",
                "Fine-tuning the pretrained models on downstream tasks takes a few hours. "
                        + "The encoder maps an input sequence of symbol representations to continuous representations.",
                "Multi-head attention allows the model to jointly attend to information from different "
                        + "representation subspaces at different positions.");
        Path b = TestLibrary.pdf(tmp.resolve("in/tracing.pdf"),
                "Trace-based just-in-time type specialization for dynamic languages. Dynamic languages such as "
                        + "JavaScript are more difficult to compile than statically typed ones.",
                "The tracing compiler records hot loops. Fine-tuned guards protect type specialization on the trace.");
        transformers = TestLibrary.addPaper(ws, a, "Attention Is All You Need",
                List.of("Ashish Vaswani", "Noam Shazeer"), 2017, List.of("ml", "nlp"));
        tracing = TestLibrary.addPaper(ws, b, "Trace-based Just-in-Time Type Specialization",
                List.of("Andreas Gal", "Brendan Eich"), 2009, List.of("compilers"));
    }

    private Annotation annotate(String paperId, int page, String quote, String color, String note, List<String> tags) {
        Annotation a = new Annotation(Ids.newId(), paperId, AnnotationType.HIGHLIGHT, page, color,
                new TextQuoteSelector(quote, null, null), null, null, null, null, note, tags, "me", null,
                Instant.now(), Instant.now());
        return ws.save(Kind.ANNOTATIONS, a);
    }

    private static List<SearchHit> pages(List<SearchHit> hits) {
        return hits.stream().filter(h -> h.kind().equals("page")).toList();
    }

    @Test
    void findsPageTextWithSnippetsMarked() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            IndexStats stats = index.initialSync().await();
            assertEquals(2, stats.papers());
            assertEquals(5, stats.pages());
            assertTrue(stats.failures().isEmpty());

            List<SearchHit> hits = pages(index.search("\"jointly attend to information\"", 10));
            assertEquals(1, hits.size(), hits.toString());
            SearchHit h = hits.get(0);
            assertEquals(transformers.id(), h.paperId());
            assertEquals(3, h.page());
            assertEquals("Attention Is All You Need", h.title());
            assertTrue(h.snippet().contains("«jointly attend to information»"), h.snippet());
            assertEquals(List.of("jointly attend to information"), h.matchedText());
            assertTrue(h.score() > 0);

            // stemming: "networks" finds "network", "compiling" finds "compile"
            assertEquals(1, pages(index.search("networks architectures", 10)).size());
            assertTrue(pages(index.search("compiling", 10)).stream().anyMatch(x -> x.paperId().equals(tracing.id())));
            // all words must match
            assertTrue(pages(index.search("attention javascript", 10)).isEmpty());
        }
    }

    @Test
    void prefixesAcrossHyphensAndPlainPrefixes() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            List<SearchHit> hits = pages(index.search("fine-tun*", 10));
            Set<String> found = hits.stream().map(h -> h.paperId() + "/" + h.page()).collect(Collectors.toSet());
            assertEquals(Set.of(transformers.id() + "/2", tracing.id() + "/2"), found);
            assertTrue(hits.stream().allMatch(h -> h.snippet().contains("«Fine-tun")), hits.toString());

            assertEquals(Set.of(tracing.id()), pages(index.search("specializ*", 10)).stream()
                    .map(SearchHit::paperId).collect(Collectors.toSet()));
        }
    }

    @Test
    void metadataFilters() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            // author: selects the paper and everything of it
            List<SearchHit> vaswani = index.search("author:vaswani", 50);
            assertFalse(vaswani.isEmpty());
            assertTrue(vaswani.stream().allMatch(h -> h.paperId().equals(transformers.id())), vaswani.toString());
            assertEquals("paper", vaswani.get(0).kind(), "the paper itself ranks first");
            // filter plus words: only that author's pages with the word
            List<SearchHit> typed = pages(index.search("type author:gal", 10));
            assertEquals(Set.of(1, 2), typed.stream().map(SearchHit::page).collect(Collectors.toSet()));
            assertTrue(pages(index.search("type author:vaswani", 10)).isEmpty());
            // tag:, year:, paper:, page:
            assertTrue(index.search("tag:compilers", 50).stream().allMatch(h -> h.paperId().equals(tracing.id())));
            assertEquals(1, pages(index.search("attention tag:nlp page:3", 10)).size());
            assertEquals(Set.of(transformers.id()), index.search("year:[2015 TO 2020]", 50).stream()
                    .map(SearchHit::paperId).collect(Collectors.toSet()));
            assertTrue(index.search("representations paper:" + tracing.id(), 10).isEmpty());
            assertFalse(index.search("representations paper:" + transformers.id(), 10).isEmpty());
            assertTrue(index.search("tag:nonexistent", 10).isEmpty());
            List<SearchHit> papers = index.search("type:paper", 10);
            assertEquals(2, papers.size());
            assertTrue(papers.stream().allMatch(h -> h.kind().equals("paper") && h.page() == 0));
        }
    }

    @Test
    void annotationFiltersAndThreads() throws Exception {
        Annotation yellow = annotate(transformers.id(), 1, "dispensing with recurrence and convolutions entirely",
                "yellow", "the key claim", List.of("claim"));
        annotate(transformers.id(), 3, "Multi-head attention", "green", null, List.of());
        PostThread thread = ws.save(Kind.THREADS, new PostThread(Ids.newId(), "Why transformers won", List.of("bluesky"),
                transformers.id(), List.of(Post.of("Recurrence was dropped entirely."), Post.of("Attention scales.")),
                Instant.now(), Instant.now()));
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            List<SearchHit> hits = index.search("recurrence type:annotation", 10);
            assertEquals(1, hits.size(), hits.toString());
            SearchHit h = hits.get(0);
            assertEquals("annotation", h.kind());
            assertEquals(yellow.id(), h.targetId());
            assertEquals(1, h.page());
            assertEquals(transformers.id(), h.paperId());
            assertEquals("Attention Is All You Need", h.title());
            assertTrue(h.snippet().contains("«recurrence»"), h.snippet());

            assertEquals(List.of(yellow.id()), index.search("color:yellow", 10).stream().map(SearchHit::targetId).toList());
            assertEquals(1, index.search("color:green type:highlight", 10).size());
            assertEquals(List.of(yellow.id()), index.search("tag:claim", 10).stream().map(SearchHit::targetId).toList());
            assertEquals(List.of(yellow.id()), index.search("\"key claim\"", 10).stream().map(SearchHit::targetId).toList());
            assertTrue(index.search("color:yellow page:3", 10).isEmpty());

            List<SearchHit> threads = index.search("type:thread", 10);
            assertEquals(1, threads.size());
            assertEquals(thread.id(), threads.get(0).targetId());
            assertEquals("Why transformers won", threads.get(0).title());
            assertEquals(transformers.id(), threads.get(0).paperId());
            assertEquals(0, threads.get(0).page());
            // the thread is about a tagged paper, so it is in tag:nlp as well
            assertTrue(index.search("scales tag:nlp", 10).stream().anyMatch(x -> thread.id().equals(x.targetId())));
        }
    }

    @Test
    void changesAreVisibleToTheNextQuery() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            // add
            Annotation a = annotate(tracing.id(), 2, "records hot loops", "red", "loops matter", List.of());
            assertEquals(List.of(a.id()), ids(index.search("color:red", 10)));
            // edit
            ws.update(Kind.ANNOTATIONS, a.id(), x -> x.withNote("hot paths are what counts", List.of("perf"), Instant.now()));
            assertTrue(index.search("\"loops matter\"", 10).isEmpty());
            assertEquals(List.of(a.id()), ids(index.search("\"hot paths\" type:annotation", 10)));
            assertEquals(List.of(a.id()), ids(index.search("tag:perf", 10)));
            // delete
            ws.delete(Kind.ANNOTATIONS, ws.get(Kind.ANNOTATIONS, a.id()).orElseThrow());
            assertTrue(index.search("color:red", 10).isEmpty());

            // threads: add, edit, delete
            PostThread t = ws.save(Kind.THREADS, new PostThread(Ids.newId(), "Draft", List.of("x"), null,
                    List.of(Post.of("zeppelin airships")), Instant.now(), Instant.now()));
            assertEquals(List.of(t.id()), ids(index.search("zeppelin", 10)));
            ws.update(Kind.THREADS, t.id(), x -> x.withPosts(List.of(Post.of("hovercraft")), Instant.now()));
            assertTrue(index.search("zeppelin", 10).isEmpty());
            assertEquals(List.of(t.id()), ids(index.search("hovercraft", 10)));
            ws.delete(Kind.THREADS, ws.get(Kind.THREADS, t.id()).orElseThrow());
            assertTrue(index.search("hovercraft", 10).isEmpty());

            // paper metadata edit: filters follow without touching the pages
            ws.update(Kind.PAPERS, tracing.id(), p -> p.withMetadata(p.title(), List.of("Grace Hopper"), p.year(),
                    p.venue(), p.arxivId(), p.doi(), List.of("history")));
            assertTrue(index.search("author:gal", 10).isEmpty());
            assertEquals(Set.of(tracing.id()), paperIds(index.search("loops author:hopper tag:history", 10)));

            // a new paper: its pages are indexed in the background
            Path c = TestLibrary.pdf(tmp.resolve("in/new.pdf"), "Quasicrystals exhibit aperiodic order.");
            Paper added = TestLibrary.addPaper(ws, c, "Quasicrystals", List.of("Dan Shechtman"), 1984, List.of());
            index.awaitIdle();
            List<SearchHit> q = pages(index.search("aperiodic", 10));
            assertEquals(1, q.size());
            assertEquals(added.id(), q.get(0).paperId());

            // paper removed: its pages and document go
            ws.trash().movePaper(added.id());
            assertTrue(index.search("aperiodic", 10).isEmpty());
            assertTrue(index.search("quasicrystals", 10).isEmpty());
        }
    }

    @Test
    void syncOnOpenPicksUpChangesOfAnotherProcess() throws Exception {
        Annotation kept = annotate(transformers.id(), 2, "downstream tasks", "blue", null, List.of());
        Annotation gone = annotate(transformers.id(), 2, "a few hours", "purple", null, List.of());
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            assertEquals(1, index.search("color:purple", 10).size());
        }
        // another process, with its own Workspace instance, changes the workspace meanwhile
        Workspace other = Workspace.open(ws.root());
        other.update(Kind.ANNOTATIONS, kept.id(), x -> x.withNote("walrus", List.of(), Instant.now()));
        other.delete(Kind.ANNOTATIONS, gone);
        Annotation fresh = other.save(Kind.ANNOTATIONS, new Annotation(Ids.newId(), tracing.id(), AnnotationType.UNDERLINE,
                1, "orange", new TextQuoteSelector("dynamic languages", null, null), null, null, null, null, null,
                List.of(), "me", null, Instant.now(), Instant.now()));

        Workspace restarted = Workspace.open(ws.root());
        try (SearchIndex index = SearchIndex.open(restarted)) {
            IndexStats stats = index.initialSync().await();
            assertEquals(0, stats.papers(), "unchanged papers are not extracted again");
            assertEquals(3, stats.documents(), "only the three changes are written");
            assertEquals(List.of(kept.id()), ids(index.search("walrus", 10)));
            assertTrue(index.search("color:purple", 10).isEmpty());
            assertEquals(List.of(fresh.id()), ids(index.search("type:underline", 10)));
            assertFalse(pages(index.search("jointly attend", 10)).isEmpty(), "pages are still there");
        }
    }

    @Test
    void reloadAfterAnOutsideChangeSyncs() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            Workspace other = Workspace.open(ws.root());
            Annotation a = other.save(Kind.ANNOTATIONS, new Annotation(Ids.newId(), tracing.id(), AnnotationType.NOTE,
                    1, "yellow", null, null, null, null, null, "platypus", List.of(), "me", null, Instant.now(), Instant.now()));
            assertTrue(index.search("platypus", 10).isEmpty(), "not seen before the workspace notices");
            ws.reload();
            index.awaitIdle();
            assertEquals(List.of(a.id()), ids(index.search("platypus", 10)));
        }
    }

    @Test
    void rebuildIndexesEverythingAgain() throws Exception {
        annotate(transformers.id(), 1, "Transformer", "yellow", null, List.of());
        try (SearchIndex index = SearchIndex.open(ws, false)) {
            IndexStats stats = index.rebuild().await();
            assertEquals(2, stats.papers());
            assertEquals(5, stats.pages());
            assertEquals(3, stats.documents(), "two papers and one annotation");
            assertEquals(1, pages(index.search("\"jointly attend\"", 10)).size());
            assertEquals(1, index.search("color:yellow", 10).size());
            IndexStats again = index.sync().await();
            assertEquals(0, again.papers());
            assertEquals(0, again.documents());
        }
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::targetId).toList();
    }

    private static Set<String> paperIds(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::paperId).collect(Collectors.toSet());
    }

    @Test
    void progressIsReported() throws Exception {
        List<long[]> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch idle = new java.util.concurrent.CountDownLatch(1);
        try (SearchIndex index = SearchIndex.open(ws, false)) {
            index.addProgressListener(new IndexProgress() {
                @Override
                public void progress(long done, long total) {
                    seen.add(new long[]{done, total});
                }

                @Override
                public void idle() {
                    idle.countDown();
                }
            });
            index.sync().await();
            idle.await();
        }
        assertFalse(seen.isEmpty());
        long[] last = seen.get(seen.size() - 1);
        assertEquals(5, last[0]);
        assertEquals(5, last[1]);
        assertTrue(seen.stream().allMatch(p -> p[0] <= p[1]), "done never exceeds total");
    }

    @Test
    void badQueriesAreSearchedAsWords() throws Exception {
        try (SearchIndex index = SearchIndex.open(ws)) {
            index.initialSync().await();
            // unbalanced quote: the quote is dropped
            assertFalse(pages(index.search("\"jointly attend", 10)).isEmpty());
            // syntax errors fall back to the words
            assertFalse(index.search("attention AND (", 10).isEmpty());
            assertFalse(index.search("*attention mechanisms", 10).isEmpty(), "a leading wildcard is taken literally");
            assertFalse(index.search("recurrence]", 10).isEmpty());
            assertTrue(index.search("   ", 10).isEmpty());
            assertTrue(index.search("the of and", 10).isEmpty(), "only stop words");
            // unknown field: read as words
            assertFalse(index.search("mechanisms:attention", 10).isEmpty());
            assertNotNull(index.search("type:nonsense", 10));
        }
    }
}
