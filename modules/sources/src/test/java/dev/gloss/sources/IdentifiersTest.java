package dev.gloss.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a link to a paper is written in a post. */
class IdentifiersTest {

    private static Identifier parse(String s) throws SourceException {
        return Identifiers.parse(s);
    }

    @Test
    void arxivIdsInEveryForm() throws Exception {
        Identifier.Arxiv plain = new Identifier.Arxiv("2311.12786", null);
        assertEquals(plain, parse("2311.12786"));
        assertEquals(plain, parse("arXiv:2311.12786"));
        assertEquals(plain, parse("  ARXIV: 2311.12786 "));
        assertEquals(new Identifier.Arxiv("2311.12786", 2), parse("arXiv:2311.12786v2"));
        assertEquals(plain, parse("https://arxiv.org/abs/2311.12786"));
        assertEquals(new Identifier.Arxiv("2206.10883", 3), parse("https://arxiv.org/pdf/2206.10883v3"));
        assertEquals(new Identifier.Arxiv("2206.10883", 3), parse("https://arxiv.org/pdf/2206.10883v3.pdf"));
        assertEquals(plain, parse("http://export.arxiv.org/abs/2311.12786"));
        assertEquals(plain, parse("www.arxiv.org/abs/2311.12786"));
        assertEquals(plain, parse("arxiv.org/abs/2311.12786"));
        assertEquals(plain, parse("<https://arxiv.org/abs/2311.12786>."));
        assertEquals(new Identifier.Arxiv("0704.0001", null), parse("0704.0001"));
        assertEquals(new Identifier.Arxiv("2401.00001", 1), parse("https://arxiv.org/html/2401.00001v1"));
    }

    @Test
    void oldStyleArxivIds() throws Exception {
        assertEquals(new Identifier.Arxiv("hep-th/9901001", null), parse("hep-th/9901001"));
        assertEquals(new Identifier.Arxiv("hep-th/9901001", 2), parse("arXiv:hep-th/9901001v2"));
        assertEquals(new Identifier.Arxiv("hep-th/9901001", null), parse("https://arxiv.org/abs/hep-th/9901001"));
        assertEquals(new Identifier.Arxiv("cond-mat/0102536", 1), parse("https://arxiv.org/pdf/cond-mat/0102536v1"));
        assertEquals(new Identifier.Arxiv("math.GT/0309136", null), parse("math.GT/0309136"));
        assertEquals(new Identifier.Arxiv("math.GT/0309136", null), parse("Math.gt/0309136"));
        assertEquals("arXiv:hep-th/9901001v2", parse("hep-th/9901001v2").shown());
        assertEquals("https://arxiv.org/abs/hep-th/9901001", ((Identifier.Arxiv) parse("hep-th/9901001v2")).canonicalLink());
    }

    @Test
    void doisAndTheirLinks() throws Exception {
        Identifier.Doi d = new Identifier.Doi("10.18653/v1/N19-1423");
        assertEquals(d, parse("10.18653/v1/N19-1423"));
        assertEquals(d, parse("doi:10.18653/v1/N19-1423"));
        assertEquals(d, parse("https://doi.org/10.18653/v1/N19-1423"));
        assertEquals(d, parse("http://dx.doi.org/10.18653/v1/N19-1423"));
        assertEquals(d, parse("https://doi.org/10.18653%2Fv1%2FN19-1423"));
        assertEquals(d, parse("(doi:10.18653/v1/N19-1423)."));
        assertEquals(new Identifier.Doi("10.1016/0001-8708(91)90072-F"), parse("10.1016/0001-8708(91)90072-F"));
        Identifier.Doi arxivDoi = (Identifier.Doi) parse("https://doi.org/10.48550/arXiv.1706.03762");
        assertEquals("1706.03762", arxivDoi.arxivId());
        assertEquals("10.48550/arxiv.1706.03762", arxivDoi.key());
    }

    @Test
    void openReviewAclAndOtherPages() throws Exception {
        assertEquals(new Identifier.OpenReview("q3KSThy2GwB"), parse("https://openreview.net/forum?id=q3KSThy2GwB"));
        assertEquals(new Identifier.OpenReview("q3KSThy2GwB"), parse("https://openreview.net/pdf?id=q3KSThy2GwB"));
        assertEquals(new Identifier.Acl("N19-1423"), parse("https://aclanthology.org/N19-1423/"));
        assertEquals(new Identifier.Acl("N19-1423"), parse("https://aclanthology.org/N19-1423.pdf"));
        assertEquals(new Identifier.Acl("2020.acl-main.447"), parse("https://aclanthology.org/2020.acl-main.447"));
        assertEquals(new Identifier.Acl("P18-1031"), parse("https://www.aclweb.org/anthology/P18-1031"));
        assertEquals(new Identifier.Acl("2020.acl-main.447"), parse("2020.acl-main.447"));
        assertEquals(new Identifier.Web(URI.create("https://example.org/papers/sparse.pdf")), parse("https://example.org/papers/sparse.pdf"));
        assertEquals(new Identifier.Web(URI.create("http://127.0.0.1:8080/files/a.pdf")), parse("http://127.0.0.1:8080/files/a.pdf"));
    }

    @Test
    void whatNamesNoPaperIsOneSentenceWithTheText() {
        for (String bad : List.of("hello", "2311", "ftp://example.org/a.pdf", "10.12/", "")) {
            SourceException e = assertThrows(SourceException.class, () -> parse(bad), bad);
            assertEquals(SourceException.Reason.NOT_AN_IDENTIFIER, e.reason());
        }
    }

    @Test
    void severalAtOnceOnePerLineDuplicatesOnce() {
        List<Identifiers.Parsed> all = Identifiers.parseAll("""
                https://arxiv.org/abs/1706.03762

                10.1109/tnse.2021.3126021   arXiv:1706.03762
                not a paper
                """);
        assertEquals(3, all.size(), all.toString());
        assertEquals(new Identifier.Arxiv("1706.03762", null), all.get(0).identifier());
        assertEquals(new Identifier.Doi("10.1109/tnse.2021.3126021"), all.get(1).identifier());
        assertFalse(all.get(2).ok());
        assertEquals("not a paper", all.get(2).text(), "a line of words is one failure, not three");
        assertTrue(Identifiers.looksLikeOne("https://arxiv.org/abs/2311.12786\n10.1000/xyz"));
        assertFalse(Identifiers.looksLikeOne("some words pasted by mistake"));
    }
}
