package dev.gloss.sources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.net.Cancel;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.Pacing;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.net.UserAgent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identifiers resolved and fetched against the local services, each road and each fault. */
class SourcesTest {
    @TempDir
    Path dir;

    private ScholarlyServer server;
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() {
        server = ScholarlyServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A small file with a PDF's header (the sources module checks no more than that). */
    static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n" + "x".repeat(120_000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private Sources sources(String contact, Duration arxivInterval) {
        HttpTransport http = HttpTransport.builder().userAgent(UserAgent.of(contact)).pacing(new Pacing(Clock.systemUTC())).build();
        return new Sources(server.settings(arxivInterval, contact), http,
                new Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofMinutes(2), waits::add));
    }

    private Sources sources() {
        return sources("reader@example.org", Duration.ZERO);
    }

    @Test
    void anArxivIdGivesArxivsDetailsAndTheLatestVersionsPdf() throws Exception {
        byte[] v7 = pdf("v7");
        server.pdf("1706.03762v7", v7);
        Sources s = sources();
        Sources.Resolved r = s.resolve(Identifiers.parse("https://arxiv.org/abs/1706.03762"), new Cancel());
        assertEquals("Attention Is All You Need", r.metadata().title());
        assertEquals("2017-06-12", r.metadata().published());
        assertEquals(7, r.metadata().version());
        Sources.Fetched f = s.fetch(r, dir, HttpTransport.Progress.NONE, new Cancel());
        assertEquals(dir.resolve("1706.03762v7.pdf"), f.pdf());
        assertArrayEquals(v7, Files.readAllBytes(f.pdf()));
        assertEquals("arxiv", f.pdfFrom());
        ScholarlyServer.Request api = server.requests("/arxiv/api/query").get(0);
        assertEquals("/arxiv/api/query?id_list=1706.03762", api.target());
        assertTrue(api.userAgent().startsWith("Gloss/") && api.userAgent().endsWith("(mailto:reader@example.org)"), api.userAgent());
    }

    @Test
    void anAskedVersionIsTheOneFetched() throws Exception {
        server.pdf("1706.03762v5", pdf("v5"));
        Sources s = sources();
        Sources.Fetched f = s.fetch(s.resolve(Identifiers.parse("arXiv:1706.03762v5"), null), dir, HttpTransport.Progress.NONE, null);
        assertEquals("1706.03762v5.pdf", f.pdf().getFileName().toString());
        SourceException e = assertThrows(SourceException.class, () -> s.resolve(Identifiers.parse("1706.03762v9"), null));
        assertEquals(SourceException.Reason.NO_SUCH_VERSION, e.reason());
        assertEquals(List.of("1706.03762", 9, 7), e.args());
    }

    @Test
    void anOldStyleIdWithAffiliations() throws Exception {
        server.pdf("cond-mat/0102536v1", pdf("old"));
        Sources s = sources();
        Sources.Fetched f = s.fetch(s.resolve(Identifiers.parse("cond-mat/0102536"), null), dir, HttpTransport.Progress.NONE, null);
        assertEquals("cond-mat_0102536v1.pdf", f.pdf().getFileName().toString());
        assertEquals("Department of Physics", f.metadata().authors().get(0).affiliations().get(0));
    }

    @Test
    void anUnknownArxivIdAndAMalformedOneAreClearSentences() {
        Sources s = sources();
        SourceException none = assertThrows(SourceException.class, () -> s.resolve(Identifiers.parse("2399.99999"), null));
        assertEquals(SourceException.Reason.NO_SUCH_ARXIV, none.reason());
        assertEquals("arXiv has no paper 2399.99999.", Phrases.of(none));
    }

    @Test
    void aCrossrefDoiByContentNegotiation() throws Exception {
        Sources s = sources();
        Sources.Resolved r = s.resolve(Identifiers.parse("https://doi.org/10.1109/TNSE.2021.3126021"), null);
        assertEquals(Origin.CROSSREF, r.metadata().origin());
        assertEquals("Resource-constrained Federated Learning with Heterogeneous Data: Formulation and Analysis", r.metadata().title());
        ScholarlyServer.Request asked = server.requests("/doi/").get(0);
        assertEquals("application/vnd.citationstyles.csl+json", asked.accept());
        assertEquals(1, server.requests("/crossref/v1/works/").size(), "the redirect to Crossref was followed with the same Accept");
        assertEquals(1, server.requests("/unpaywall/v2/10.1109/TNSE.2021.3126021?email=reader%40example.org").size());
        // IEEE's link is for similarity checking and Unpaywall knows no open copy: nothing to download
        SourceException e = assertThrows(SourceException.class, () -> s.fetch(r, dir, HttpTransport.Progress.NONE, null));
        assertEquals(SourceException.Reason.NO_OPEN_PDF, e.reason());
        assertEquals(List.of(), listed());
    }

    @Test
    void withoutAContactUnpaywallIsNotAskedAndTheSentenceSaysSo() throws Exception {
        Sources s = sources(null, Duration.ZERO);
        Sources.Resolved r = s.resolve(Identifiers.parse("10.1109/tnse.2021.3126021"), null);
        assertEquals(List.of(), server.requests("/unpaywall/"));
        SourceException e = assertThrows(SourceException.class, () -> s.fetch(r, dir, HttpTransport.Progress.NONE, null));
        assertEquals(SourceException.Reason.NO_OPEN_PDF_NO_CONTACT, e.reason());
        assertTrue(server.requests().get(0).userAgent().matches("Gloss/\\S+"), "no contact, no mailto");
    }

    @Test
    void unpaywallsOpenCopyIsFetchedThroughTheMirror() throws Exception {
        byte[] nature = pdf("nature");
        server.file("/nature/articles/nature12373.pdf", "application/pdf", nature);
        Sources s = sources();
        Sources.Resolved r = s.resolve(Identifiers.parse("https://doi.org/10.1038/nature12373"), null);
        assertEquals("Nanometre-scale thermometry in a living cell", r.metadata().title());
        assertEquals("unpaywall", r.pdfs().get(0).from());
        Sources.Fetched f = s.fetch(r, dir, HttpTransport.Progress.NONE, null);
        assertArrayEquals(nature, Files.readAllBytes(f.pdf()));
        assertEquals("10.1038_nature12373.pdf", f.pdf().getFileName().toString());
    }

    @Test
    void arxivsOwnDoiGoesThroughDataCiteAndArxiv() throws Exception {
        server.pdf("1706.03762v7", pdf("v7"));
        Sources s = sources();
        Sources.Resolved r = s.resolve(Identifiers.parse("https://doi.org/10.48550/arXiv.1706.03762"), null);
        assertEquals(1, server.requests("/datacite/dois/").size());
        assertEquals(Origin.ARXIV, r.metadata().origin());
        assertEquals("10.48550/ARXIV.1706.03762", r.metadata().doi());
        assertEquals("2017-06-12", r.metadata().published());
        assertEquals("arxiv", r.pdfs().get(0).from());
        assertEquals("1706.03762v7.pdf", s.fetch(r, dir, HttpTransport.Progress.NONE, null).pdf().getFileName().toString());
    }

    @Test
    void anUnknownDoiIsOneSentence() {
        SourceException e = assertThrows(SourceException.class, () -> sources().resolve(Identifiers.parse("10.9999/nothing.here"), null));
        assertEquals(SourceException.Reason.NO_SUCH_DOI, e.reason());
        assertEquals("No paper has the DOI 10.9999/nothing.here: doi.org does not know it.", Phrases.of(e));
    }

    @Test
    void aclAndOpenReviewPagesNameTheirPdfs() throws Exception {
        server.file("/acl/N19-1423.pdf", "application/pdf", pdf("bert"));
        server.file("/openreview/pdf?id=q3KSThy2GwB", "application/pdf", pdf("snap"));
        Sources s = new Sources(server.settings(Duration.ZERO, null).withMirror("https://aclanthology.org/", server.base() + "acl/")
                .withMirror("https://openreview.net/", server.base() + "openreview/"),
                HttpTransport.builder().pacing(new Pacing(Clock.systemUTC())).build(), Retry.standard());
        Sources.Fetched acl = s.fetch(s.resolve(Identifiers.parse("https://aclanthology.org/N19-1423/"), null), dir,
                HttpTransport.Progress.NONE, null);
        assertEquals("N19-1423.pdf", acl.pdf().getFileName().toString());
        assertEquals(Origin.ACL, acl.metadata().origin());
        assertEquals("https://aclanthology.org/N19-1423/", acl.metadata().link());
        Sources.Fetched or = s.fetch(s.resolve(Identifiers.parse("https://openreview.net/forum?id=q3KSThy2GwB"), null), dir,
                HttpTransport.Progress.NONE, null);
        assertEquals("openreview-q3KSThy2GwB.pdf", or.pdf().getFileName().toString());
        assertEquals("Jacob Menick", or.metadata().authorNames().get(0));
    }

    @Test
    void aDirectPdfAddressAndAPageThatNamesItsPdf() throws Exception {
        byte[] direct = pdf("direct");
        server.file("/files/sparse-probing.pdf", "application/pdf", direct);
        server.file("/files/landing", "text/html", ("<html><head><meta name=\"citation_title\" content=\"Sparse Probing\">"
                + "<meta name=\"citation_author\" content=\"Lovelace, Ada\"><meta name=\"citation_pdf_url\" content=\"/files/sparse-probing.pdf\">"
                + "</head></html>").getBytes(StandardCharsets.UTF_8));
        Sources s = sources();
        Sources.Fetched f = s.fetch(s.resolve(Identifiers.parse(server.base() + "files/sparse-probing.pdf"), null), dir,
                HttpTransport.Progress.NONE, null);
        assertArrayEquals(direct, Files.readAllBytes(f.pdf()));
        assertNull(f.metadata(), "a bare PDF says nothing more than itself");
        Path other = Files.createDirectories(dir.resolve("other"));
        Sources.Fetched viaPage = s.fetch(s.resolve(Identifiers.parse(server.base() + "files/landing"), null), other,
                HttpTransport.Progress.NONE, null);
        assertEquals("Sparse Probing", viaPage.metadata().title());
        assertEquals(List.of("Ada Lovelace"), viaPage.metadata().authorNames());
        assertEquals("page", viaPage.pdfFrom());
        try (var l = Files.list(other)) {
            assertEquals(List.of(other.resolve("sparse-probing.pdf")), l.toList(), "the page itself is not kept");
        }
    }

    @Test
    void aPageThatIsNoPaperAndA404() throws Exception {
        server.file("/files/blog", "text/html", "<html><head><title>A blog</title></head></html>".getBytes(StandardCharsets.UTF_8));
        Sources s = sources();
        SourceException page = assertThrows(SourceException.class, () -> s.fetch(s.resolve(Identifiers.parse(server.base() + "files/blog"), null),
                dir, HttpTransport.Progress.NONE, null));
        assertEquals(SourceException.Reason.NO_PAPER_ON_PAGE, page.reason());
        SourceException missing = assertThrows(SourceException.class, () -> s.fetch(s.resolve(Identifiers.parse(server.base() + "files/gone.pdf"), null),
                dir, HttpTransport.Progress.NONE, null));
        assertEquals(SourceException.Reason.NOT_FOUND, missing.reason());
        assertEquals(List.of(), listed());
    }

    @Test
    void arxivsRateLimitIsWaitedOutAsItAsks() throws Exception {
        server.rateLimit("/arxiv/api/query", 3, 1);
        Sources.Resolved r = sources().resolve(Identifiers.parse("1706.03762"), null);
        assertEquals("Attention Is All You Need", r.metadata().title());
        assertEquals(List.of(Duration.ofSeconds(3)), waits, "Retry-After, not the backoff");
        assertEquals(2, server.requests("/arxiv/api/query").size());
    }

    @Test
    void aRateLimitThatOutlastsTheRetriesIsOneSentenceWithTheWait() {
        server.rateLimit("/arxiv/api/query", 30, 5);
        SourceException e = assertThrows(SourceException.class, () -> sources().resolve(Identifiers.parse("1706.03762"), null));
        assertEquals(SourceException.Reason.UNREACHABLE, e.reason());
        assertEquals("Could not reach arXiv: Rate exceeded. (HTTP 429); the server asks to wait 30 s.", Phrases.of(e));
    }

    @Test
    void aConnectionDroppedMidPdfIsRetriedAndAPersistentOneLeavesNothing() throws Exception {
        byte[] v7 = pdf("v7");
        server.pdf("1706.03762v7", v7).drop("/arxiv/pdf/", 1);
        Sources s = sources();
        Sources.Fetched f = s.fetch(s.resolve(Identifiers.parse("1706.03762"), null), dir, HttpTransport.Progress.NONE, null);
        assertArrayEquals(v7, Files.readAllBytes(f.pdf()), "the second attempt got it whole");
        Files.delete(f.pdf());

        server.drop("/arxiv/pdf/", 3);
        SourceException e = assertThrows(SourceException.class,
                () -> s.fetch(s.resolve(Identifiers.parse("1706.03762"), null), dir, HttpTransport.Progress.NONE, null));
        assertEquals(SourceException.Reason.UNREACHABLE, e.reason());
        assertEquals(RemoteException.Reason.INCOMPLETE, ((RemoteException) e.args().get(1)).reason());
        assertEquals(List.of(), listed(), "no PDF and no part of one");
    }

    @Test
    void aServerThatIsGoneIsOneSentence() {
        Sources s = sources();
        server.close();
        SourceException e = assertThrows(SourceException.class, () -> s.resolve(Identifiers.parse("1706.03762"), null));
        assertEquals("Could not reach arXiv: the connection was refused.", Phrases.of(e));
    }

    @Test
    void aCancelStopsTheWorkAndSaysNothingMore() throws Exception {
        Cancel cancel = new Cancel();
        cancel.cancel();
        SourceException e = assertThrows(SourceException.class, () -> sources().resolve(Identifiers.parse("1706.03762"), cancel));
        assertTrue(e.isCancelled());
    }

    @Test
    void arxivIsAskedAtMostOncePerInterval() throws Exception {
        server.pdf("1706.03762v7", pdf("v7"));
        Sources s = sources("reader@example.org", Duration.ofMillis(600));
        s.fetch(s.resolve(Identifiers.parse("1706.03762"), null), dir, HttpTransport.Progress.NONE, null);
        s.details(Identifiers.parse("1706.03762"), null);
        List<ScholarlyServer.Request> all = server.requests();
        assertEquals(3, all.size());
        long whole = TimeUnit.NANOSECONDS.toMillis(all.get(2).nanos() - all.get(0).nanos());
        assertTrue(whole >= 1100, "three requests over at least two intervals: " + whole + " ms");
        for (int i = 1; i < all.size(); i++) {
            long gap = TimeUnit.NANOSECONDS.toMillis(all.get(i).nanos() - all.get(i - 1).nanos());
            // measured where they arrive: a loaded machine may delay one request's arrival, not its departure
            assertTrue(gap >= 450, "gap " + gap + " ms between " + all.get(i - 1).target() + " and " + all.get(i).target());
        }
        assertEquals(Duration.ofSeconds(3), SourceSettings.defaults().arxivInterval(), "arXiv's own rule by default");
    }

    @Test
    void everyReasonHasASentence() throws IOException {
        Properties p = new Properties();
        try (var in = SourceException.class.getResourceAsStream("Reasons.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (SourceException.Reason r : SourceException.Reason.values()) {
            String line = p.getProperty("SourceException." + r.name());
            assertTrue(line != null && !line.isBlank(), r.name());
            new java.text.MessageFormat(line);
        }
    }

    private List<Path> listed() throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
