package dev.gloss.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.PaperImporter;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.Pacing;
import dev.gloss.net.Retry;
import dev.gloss.net.UserAgent;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PaperSource;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a link to a paper in the library: one paper whatever the road, the source's details, nothing half-added. */
class PaperFromLinkTest {
    @TempDir
    Path dir;

    private ScholarlyServer server;
    private Workspace ws;
    private PaperFromLink adder;

    @BeforeEach
    void start() {
        server = ScholarlyServer.start();
        ws = Workspace.open(dir.resolve("ws"));
        adder = adder(Retry.standard());
    }

    private PaperFromLink adder(Retry retry) {
        HttpTransport http = HttpTransport.builder().userAgent(UserAgent.of("reader@example.org")).pacing(new Pacing(Clock.systemUTC())).build();
        return new PaperFromLink(ws, new Sources(server.settings(Duration.ZERO, "reader@example.org"), http, retry));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PaperFromLink.Added add(String link) throws SourceException {
        return adder.add(Identifiers.parse(link), PaperFromLink.Progress.NONE, null);
    }

    @Test
    void anArxivLinkGivesAPaperWithArxivsDetailsAndWhereEachCameFrom() throws Exception {
        server.pdf("1706.03762v7", PaperPdfs.attention(7));
        PaperFromLink.Added a = add("https://arxiv.org/abs/1706.03762");
        Paper p = a.paper();
        assertFalse(a.alreadyPresent());
        assertEquals("arxiv", a.pdfFrom());
        assertEquals("Attention Is All You Need", p.title());
        assertEquals(8, p.authors().size());
        assertEquals("Ashish Vaswani", p.authors().get(0));
        assertEquals(2017, p.year());
        assertEquals("1706.03762", p.arxivId(), "the id without its version");
        assertTrue(p.abstractText().startsWith("The dominant sequence transduction models"));
        assertEquals("1706.03762v7.pdf", p.file());
        PaperSource s = p.source();
        assertEquals("https://arxiv.org/abs/1706.03762", s.link());
        assertEquals("arxiv", s.from());
        assertEquals(7, s.version());
        assertEquals(7, s.latestVersion());
        assertEquals("2017-06-12", s.published());
        assertEquals("2023-08-02", s.updated());
        assertEquals("cs.CL", s.primaryCategory());
        assertEquals("15 pages, 5 figures", s.comment());
        assertEquals("arxiv", s.fieldFrom("title").orElseThrow());
        assertEquals("1706.03762v7", s.pdf().arxivId(), "what the PDF said is kept beside");
        assertEquals("https://arxiv.org/abs/1706.03762", p.canonicalLink());
        assertTrue(Files.isRegularFile(ws.paperFile(p)));
        // the paper.json on disk says the same
        Paper reread = Workspace.open(dir.resolve("ws")).paper(p.id()).orElseThrow();
        assertEquals(p, reread);
        assertTmpEmpty();
    }

    @Test
    void anIdAlreadyInTheLibraryIsFoundWithoutTheNetwork() throws Exception {
        server.pdf("1706.03762v7", PaperPdfs.attention(7));
        Paper first = add("1706.03762").paper();
        int asked = server.requests().size();
        for (String again : List.of("arXiv:1706.03762", "https://arxiv.org/pdf/1706.03762v5", "https://doi.org/10.48550/arXiv.1706.03762")) {
            PaperFromLink.Added a = add(again);
            assertTrue(a.alreadyPresent(), again);
            assertEquals(first.id(), a.paper().id(), again);
        }
        assertEquals(asked, server.requests().size(), "nothing was asked");
        assertEquals(1, ws.papers().size());
    }

    @Test
    void theSamePdfByFileAndByLinkIsOnePaperWithTheSourcesDetails() throws Exception {
        byte[] pdf = PaperPdfs.attention(7);
        Path file = Files.write(dir.resolve("attention.pdf"), pdf);
        Paper byFile = PaperImporter.importFile(ws, file, null).paper();
        assertNull(byFile.source());
        String guessed = byFile.title();
        server.pdf("1706.03762v7", pdf);
        // the ids the PDF gave are cleared, so that only the content hash can tell it is the same paper
        ws.update(dev.gloss.workspace.Kind.PAPERS, byFile.id(), p -> p.withMetadata(p.title(), p.authors(), p.year(), p.venue(), null,
                null, p.tags()));
        PaperFromLink.Added a = add("https://arxiv.org/abs/1706.03762");
        assertTrue(a.alreadyPresent(), "the content hash decided");
        assertEquals(byFile.id(), a.paper().id());
        assertEquals(1, ws.papers().size());
        assertEquals("Attention Is All You Need", a.paper().title());
        assertEquals(guessed, a.paper().source().pdf().title(), "the PDF's guess is kept beside");
    }

    @Test
    void aDoiWithAnOpenCopyAtUnpaywall() throws Exception {
        server.file("/nature/articles/nature12373.pdf", "application/pdf", PaperPdfs.paper(null,
                List.of("Nanometre-scale thermometry in a living cell", "G. Kucsko, P. C. Maurer"), null));
        PaperFromLink.Added a = add("doi:10.1038/nature12373");
        Paper p = a.paper();
        assertEquals("unpaywall", a.pdfFrom());
        assertEquals("Nanometre-scale thermometry in a living cell", p.title());
        assertEquals("Nature", p.venue());
        assertEquals(2013, p.year());
        assertEquals("10.1038/nature12373", p.doi());
        assertEquals("crossref", p.source().from());
        assertEquals("2013-07-31", p.source().published());
        assertEquals("https://doi.org/10.1038/nature12373", p.canonicalLink());
        assertEquals(server.base() + "nature/articles/nature12373.pdf", p.source().pdfUrl());
    }

    @Test
    void aPdfAddressWhosePdfNamesItsArxivIdGetsArxivsDetails() throws Exception {
        server.file("/files/paper.pdf", "application/pdf", PaperPdfs.attention(7));
        PaperFromLink.Added a = add(server.base() + "files/paper.pdf");
        assertEquals("link", a.pdfFrom());
        assertEquals("Attention Is All You Need", a.paper().title());
        assertEquals("2017-06-12", a.paper().source().published());
        assertEquals(server.base() + "files/paper.pdf", a.paper().source().pdfUrl());
    }

    @Test
    void aPdfAddressThatNamesNoPaperKeepsThePdfsOwnWords() throws Exception {
        server.file("/files/notes.pdf", "application/pdf", PaperPdfs.paper("Lecture Notes on Probing", List.of("Lecture Notes on Probing"), null));
        Paper p = add(server.base() + "files/notes.pdf").paper();
        assertEquals("Lecture Notes on Probing", p.title());
        assertEquals("pdf", p.source().from());
        assertEquals("pdf", p.source().fieldFrom("title").orElseThrow());
        assertTrue(add(server.base() + "files/notes.pdf").alreadyPresent(), "the same address again is the same paper");
    }

    @Test
    void aDroppedConnectionLeavesNothingBehind() throws Exception {
        server.pdf("1706.03762v7", PaperPdfs.attention(7)).drop("/arxiv/pdf/", 10);
        adder = adder(new Retry(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1), d -> { }));
        SourceException e = assertThrows(SourceException.class, () -> add("1706.03762"));
        assertEquals(SourceException.Reason.UNREACHABLE, e.reason());
        assertEquals(List.of(), ws.papers());
        assertTrue(!Files.exists(ws.root().resolve("papers")) || isEmpty(ws.root().resolve("papers")));
        assertTmpEmpty();
    }

    @Test
    void offlineNothingIsAdded() throws Exception {
        server.close();
        SourceException e = assertThrows(SourceException.class, () -> add("https://arxiv.org/abs/1706.03762"));
        assertEquals("Could not reach arXiv: the connection was refused.", Phrases.of(e));
        assertEquals(List.of(), ws.papers());
        assertTmpEmpty();
    }

    @Test
    void citationsOfAnAddedPaper() throws Exception {
        server.pdf("1706.03762v7", PaperPdfs.attention(7));
        Paper p = add("1706.03762").paper();
        assertEquals("vaswani2017attention", Citations.key(p));
        String bib = Citations.bibtex(p);
        assertTrue(bib.startsWith("@misc{vaswani2017attention,\n  title = {{Attention Is All You Need}},"), bib);
        assertTrue(bib.contains("  author = {Vaswani, Ashish and Shazeer, Noam and "), bib);
        assertTrue(bib.contains("  eprint = {1706.03762},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.CL},"), bib);
        assertTrue(bib.contains("  url = {https://arxiv.org/abs/1706.03762}\n}"), bib);
        assertEquals("Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Lukasz Kaiser, and"
                + " Illia Polosukhin. 2017. Attention Is All You Need. arXiv:1706.03762. https://arxiv.org/abs/1706.03762", Citations.plain(p));
    }

    private boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    private void assertTmpEmpty() throws IOException {
        Path tmp = ws.derivedFolder().resolve("tmp");
        if (Files.exists(tmp)) {
            try (Stream<Path> s = Files.walk(tmp)) {
                assertEquals(List.of(tmp), s.toList(), "nothing left in the temporary folder");
            }
        }
    }
}
