package dev.gloss.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Json;
import dev.gloss.workspace.PaperSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real answers (fixtures) read field by field. */
class ParsersTest {

    @Test
    void arxivsCurrentFeed() throws Exception {
        SourceMetadata m = ArxivFeed.parse(ScholarlyServer.fixture("arxiv-1706.03762.atom"), "1706.03762");
        assertEquals(Origin.ARXIV, m.origin());
        assertEquals("Attention Is All You Need", m.title());
        assertEquals(8, m.authors().size());
        assertEquals("Ashish Vaswani", m.authors().get(0).name());
        assertEquals("Illia Polosukhin", m.authors().get(7).name());
        assertTrue(m.abstractText().startsWith("The dominant sequence transduction models are based on complex recurrent"));
        assertEquals("2017-06-12", m.published());
        assertEquals("2023-08-02", m.updated());
        assertEquals(2017, m.year());
        assertEquals(7, m.version());
        assertEquals("1706.03762", m.arxivId());
        assertEquals("cs.CL", m.primaryCategory());
        assertEquals(List.of("cs.CL", "cs.LG"), m.categories());
        assertEquals("15 pages, 5 figures", m.comment());
        assertNull(m.doi());
        assertEquals("https://arxiv.org/abs/1706.03762", m.link());
    }

    @Test
    void arxivsOlderFeedWithAffiliationsDoiAndJournal() throws Exception {
        SourceMetadata m = ArxivFeed.parse(ScholarlyServer.fixture("arxiv-cond-mat-0102536.atom"), "cond-mat/0102536");
        assertEquals("Impact of Electron-Electron Cusp on Configuration Interaction Energies", m.title());
        assertEquals(new PaperSource.Author("M. Nolan", List.of("NMRC, University College, Cork, Ireland")), m.authors().get(1));
        assertEquals("10.1063/1.1383585", m.doi());
        assertEquals("J. Chem. Phys. 115, 1626 (2001)", m.journalRef());
        assertEquals("11 pages, 6 figures, 3 tables, LaTeX209, submitted to The Journal of Chemical Physics", m.comment());
        assertEquals("cond-mat.str-el", m.primaryCategory());
        assertEquals(1, m.version());
        assertEquals("2001-02-28", m.published());
        assertTrue(m.abstractText().endsWith("factor, to within chemical accuracy, for CI calculations."), m.abstractText());
        assertTrue(!m.abstractText().contains("\n") && !m.abstractText().contains("  "));
    }

    @Test
    void anUnknownIdAndAnErrorEntryAreTheirOwnReasons() {
        byte[] empty = new String(ScholarlyServer.fixture("arxiv-empty.atom"), StandardCharsets.UTF_8).replace("{ID}", "2399.99999")
                .getBytes(StandardCharsets.UTF_8);
        SourceException none = assertThrows(SourceException.class, () -> ArxivFeed.parse(empty, "2399.99999"));
        assertEquals(SourceException.Reason.NO_SUCH_ARXIV, none.reason());
        byte[] error = new String(ScholarlyServer.fixture("arxiv-error.atom"), StandardCharsets.UTF_8).replace("{ID}", "1234.12345")
                .getBytes(StandardCharsets.UTF_8);
        SourceException said = assertThrows(SourceException.class, () -> ArxivFeed.parse(error, "1234.12345"));
        assertEquals(SourceException.Reason.ARXIV_SAID, said.reason());
        assertEquals(List.of("1234.12345", "incorrect id format for 1234.12345"), said.args());
        SourceException doctype = assertThrows(SourceException.class, () -> ArxivFeed.parse(
                "<?xml version='1.0'?><!DOCTYPE feed [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><feed>&x;</feed>"
                        .getBytes(StandardCharsets.UTF_8), "1706.03762"));
        assertEquals(SourceException.Reason.UNREADABLE_ANSWER, doctype.reason());
    }

    @Test
    void crossrefsCsl() throws Exception {
        SourceMetadata m = Csl.parse(Json.MAPPER.readTree(ScholarlyServer.fixture("crossref-10.1109-tnse.2021.3126021.json")),
                "10.1109/tnse.2021.3126021", URI.create("https://api.crossref.org/v1/works/10.1109/tnse.2021.3126021/transform"));
        assertEquals(Origin.CROSSREF, m.origin());
        assertEquals("Resource-constrained Federated Learning with Heterogeneous Data: Formulation and Analysis", m.title());
        assertEquals(List.of("Yi Liu", "Yuanshao Zhu", "James J.Q. Yu"), m.authorNames());
        assertEquals("IEEE Transactions on Network Science and Engineering", m.venue());
        assertEquals("Institute of Electrical and Electronics Engineers (IEEE)", m.publisher());
        assertEquals("2021", m.published());
        assertEquals(2021, m.year());
        assertEquals("10.1109/tnse.2021.3126021", m.doi());
        assertEquals("https://doi.org/10.1109/tnse.2021.3126021", m.link());
        assertEquals(List.of(), Csl.pdfLinks(Json.MAPPER.readTree(ScholarlyServer.fixture("crossref-10.1109-tnse.2021.3126021.json"))),
                "a link for similarity checking is not an open PDF");
    }

    @Test
    void dataCitesCslForArxivsOwnDoi() throws Exception {
        SourceMetadata m = Csl.parse(Json.MAPPER.readTree(ScholarlyServer.fixture("datacite-10.48550-arxiv.1706.03762.json")),
                "10.48550/arXiv.1706.03762",
                URI.create("https://api.datacite.org/dois/application/vnd.citationstyles.csl+json/10.48550/arxiv.1706.03762"));
        assertEquals(Origin.DATACITE, m.origin());
        assertEquals("Attention Is All You Need", m.title());
        assertEquals("Aidan N. Gomez", m.authorNames().get(5));
        assertEquals(2017, m.year());
        assertEquals("arXiv", m.publisher());
        assertEquals("10.48550/ARXIV.1706.03762", m.doi());
        assertEquals("Computation and Language (cs.CL)", m.categories().get(0));
    }

    @Test
    void aJatsAbstractLosesItsMarkup() {
        assertEquals("Lice & salmon: a review.", Csl.plain("<jats:title>Abstract</jats:title><jats:p>Lice &amp; salmon:\n a review.</jats:p>"));
    }

    @Test
    void theAclAnthologysPage() {
        String html = new String(ScholarlyServer.fixture("acl-N19-1423.html"), StandardCharsets.UTF_8);
        LandingPage p = LandingPage.read(html, URI.create("https://aclanthology.org/N19-1423/"), Origin.ACL);
        SourceMetadata m = p.metadata();
        assertEquals("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", m.title());
        assertEquals(List.of("Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"), m.authorNames());
        assertEquals("2019-06", m.published());
        assertEquals(2019, m.year());
        assertEquals("10.18653/v1/N19-1423", m.doi());
        assertTrue(m.venue().startsWith("Proceedings of the 2019 Conference of the North American Chapter"));
        assertEquals(URI.create("https://aclanthology.org/N19-1423.pdf"), p.pdf());
    }

    @Test
    void anOpenReviewPageAndNamesWrittenLastFirst() {
        String html = new String(ScholarlyServer.fixture("openreview-q3KSThy2GwB.html"), StandardCharsets.UTF_8);
        LandingPage p = LandingPage.read(html, URI.create("https://openreview.net/forum?id=q3KSThy2GwB"), Origin.OPENREVIEW);
        assertEquals(6, p.metadata().authors().size());
        assertEquals("2021-01-12", p.metadata().published());
        assertEquals(URI.create("https://openreview.net/pdf?id=q3KSThy2GwB"), p.pdf());
        assertEquals("Jacob Devlin", LandingPage.firstLast("Devlin, Jacob"));
        assertEquals("Ada Lovelace", LandingPage.firstLast("Ada Lovelace"));
        LandingPage relative = LandingPage.read("<meta name='citation_title' content='T &amp; U'><meta name=\"citation_pdf_url\" content=\"/doi/pdf/10.1145/x\">",
                URI.create("https://dl.example.org/doi/10.1145/x"), Origin.WEB);
        assertEquals("T & U", relative.metadata().title());
        assertEquals(URI.create("https://dl.example.org/doi/pdf/10.1145/x"), relative.pdf());
    }

    @Test
    void mergedMetadataKeepsWhereEachFieldCameFrom() throws Exception {
        SourceMetadata arxiv = ArxivFeed.parse(ScholarlyServer.fixture("arxiv-1706.03762.atom"), "1706.03762");
        SourceMetadata datacite = Csl.parse(Json.MAPPER.readTree(ScholarlyServer.fixture("datacite-10.48550-arxiv.1706.03762.json")),
                "10.48550/arXiv.1706.03762", URI.create("https://api.datacite.org/x"));
        SourceMetadata m = arxiv.orElse(datacite);
        assertEquals("10.48550/ARXIV.1706.03762", m.doi());
        assertEquals(List.of(new PaperSource.Field("title", "arxiv"), new PaperSource.Field("authors", "arxiv"),
                new PaperSource.Field("year", "arxiv"), new PaperSource.Field("arxivId", "arxiv"),
                new PaperSource.Field("doi", "datacite"), new PaperSource.Field("abstract", "arxiv")), m.fieldOrigins());
    }
}
