package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.pdf.Citation.Kind;
import dev.gloss.pdf.Citation.Source;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference lists cut into entries and citations resolved by text, on papers made for the test and on corpus papers. */
class CrossReferencesTest {
    @TempDir
    Path dir;

    private static List<Citation> of(List<Citation> cs, String text) {
        return cs.stream().filter(c -> c.text().equals(text)).collect(Collectors.toList());
    }

    /** The box of the first occurrence of a text on a page. */
    private static Rect boxOf(PdfDocument pdf, int page, String text) throws PdfException {
        PageText t = pdf.text(page);
        TextRange r = t.find(text).get(0);
        Quad q = t.quads(r.start(), r.end()).get(0);
        return new Rect(q.minX(), q.minY(), q.maxX(), q.maxY());
    }

    @Test
    void aNumberedPaperWithoutLinksReadsAsAPaper() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(PaperPdf.numbered(dir.resolve("numbered.pdf"), false))) {
            CrossReferences x = CrossReferences.read(pdf);
            List<Reference> refs = x.references();
            assertEquals(List.of("1", "2", "3", "4", "5"), refs.stream().map(Reference::label).collect(Collectors.toList()));
            Reference gal = refs.get(0);
            assertEquals(List.of("A. Gal", "C. W. Probst", "M. Franz"), gal.authors());
            assertEquals("HotpathVM: An effective JIT compiler for resource-constrained devices", gal.title());
            assertEquals("2006", gal.year());
            assertEquals(2, gal.page());
            assertTrue(gal.text().endsWith("pages 144-153, 2006."), gal.text());
            assertEquals("2106.01234", refs.get(1).arxivId());
            assertEquals("10.1145/1234567.890123", refs.get(2).doi());
            assertTrue(refs.get(3).text().contains("needs more than one line to say what it is about"), refs.get(3).text());
            assertTrue(pdf.links(1).isEmpty());

            List<Citation> cs = x.textCitations(1);
            Citation one = of(cs, "1").get(0);
            assertEquals(Source.TEXT, one.source());
            assertEquals(Kind.REFERENCE, one.kind());
            assertEquals(gal, one.target().reference());
            assertEquals(boxOf(pdf, 1, "[1]").top(), one.area().top(), 0.5);
            assertEquals(refs.get(1), of(cs, "2").get(0).target().reference());
            // "3-4" is one marker box for two entries
            List<Citation> range = of(cs, "3-4");
            assertEquals(List.of(refs.get(2), refs.get(3)), range.stream().map(c -> c.target().reference()).collect(Collectors.toList()));

            Citation figure = of(cs, "Figure 1").get(0);
            assertEquals(Kind.FIGURE, figure.kind());
            assertEquals(1, figure.target().page());
            Rect fig = figure.target().areas().get(0).box();
            // the figure above its caption: the drawn box (150..450 x 420..570) and the caption
            assertTrue(fig.bottom() < 400 && fig.top() >= 570 && fig.top() < 600, fig.toString());
            assertTrue(figure.target().text().startsWith("Figure 1: Speedup"));

            Citation table = of(cs, "Table 1").get(0);
            assertEquals(2, table.target().page());
            Citation eq = of(cs, "Eq. (2)").get(0);
            assertEquals(Kind.EQUATION, eq.kind());
            assertEquals(1, eq.target().page());
            assertTrue(eq.target().text().contains("x = a + b"), eq.target().text());
            Citation section = of(cs, "Section 2.1").get(0);
            assertEquals("2.1 Details", section.target().text());
            assertEquals(2, section.target().page());
            Citation appendix = of(cs, "Appendix A").get(0);
            assertEquals(Kind.APPENDIX, appendix.kind());
            assertEquals("A Proofs", appendix.target().text());

            // nothing in the reference list itself is taken for a citation, and the caption is not a reference to itself
            assertTrue(x.textCitations(2).stream().noneMatch(c -> c.kind() == Kind.REFERENCE), x.textCitations(2).toString());
            assertTrue(x.textCitations(1).stream().filter(c -> c.kind() == Kind.FIGURE).count() == 1);
            // without links, what the reader shows is what the text gives
            assertEquals(x.textCitations(1), x.citations(1));
        }
    }

    @Test
    void linksWinOverTheTextTheyCoverAndLeadToTheEntryAtTheirTarget() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(PaperPdf.numbered(dir.resolve("linked.pdf"), true))) {
            CrossReferences x = CrossReferences.read(pdf);
            List<Citation> links = x.linkCitations(1);
            assertEquals(2, links.size(), links.toString());
            assertEquals(x.references().get(0), links.get(0).target().reference());
            assertEquals("[1]", links.get(0).text());
            assertEquals(x.references().get(1), links.get(1).target().reference());
            assertEquals(Source.LINK, links.get(1).source());
            List<Citation> all = x.citations(1);
            // "[1]" and "2" come from the links, "3-4" (two entries) from the text
            assertEquals(2, all.stream().filter(c -> c.source() == Source.LINK).count());
            assertEquals(2, all.stream().filter(c -> c.source() == Source.TEXT && c.kind() == Kind.REFERENCE).count());
            assertTrue(all.stream().noneMatch(c -> c.source() == Source.TEXT && c.text().equals("1")));
        }
    }

    @Test
    void authorYearMarkersResolveByTheFirstAuthorsSurnameAndTheYear() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(PaperPdf.authorYear(dir.resolve("ay.pdf")))) {
            CrossReferences x = CrossReferences.read(pdf);
            List<Reference> refs = x.references();
            assertEquals(List.of("Kirk et al., 2023", "Smith and Lee, 2021", "Wu, 2019", "Wu, 2020"),
                    refs.stream().map(Reference::label).collect(Collectors.toList()));
            assertEquals("2310.07629", refs.get(0).arxivId());
            assertEquals("The past, present and better future of feedback learning", refs.get(0).title());
            assertEquals(List.of("Hannah Kirk", "Bertie Vidgen", "Paul Röttger"), refs.get(0).authors());
            assertEquals("10.1000/xyz123", refs.get(3).doi());
            List<Citation> cs = x.textCitations(1);
            assertEquals(refs.get(0), of(cs, "Kirk et al. (2023)").get(0).target().reference());
            assertEquals(refs.get(1), of(cs, "Smith and Lee, 2021").get(0).target().reference());
            assertEquals(refs.get(3), of(cs, "Wu, 2020").get(0).target().reference());
            assertEquals(refs.get(2), of(cs, "Wu (2019)").get(0).target().reference());
            assertEquals(4, cs.stream().filter(c -> c.kind() == Kind.REFERENCE).count(), cs.toString());
        }
    }

    @Test
    void superscriptNumbersCiteANumberedList() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(PaperPdf.superscripts(dir.resolve("sup.pdf")))) {
            CrossReferences x = CrossReferences.read(pdf);
            assertEquals(3, x.references().size());
            assertEquals("2006", x.references().get(0).year());
            List<Citation> cs = x.textCitations(1).stream().filter(c -> c.kind() == Kind.REFERENCE).collect(Collectors.toList());
            assertEquals(List.of(x.references().get(0), x.references().get(1)), cs.stream().map(c -> c.target().reference()).collect(Collectors.toList()));
        }
    }

    @Test
    void aPageWithoutAListHasNoReferencesAndNoCitations() throws Exception {
        try (TestPdf t = new TestPdf()) {
            t.page().text(72, 700, 12, "Just a letter [1] written in 2020 by Smith (2020).");
            try (PdfDocument pdf = PdfDocument.open(t.save(dir.resolve("letter.pdf")))) {
                CrossReferences x = CrossReferences.read(pdf);
                assertTrue(x.references().isEmpty());
                assertTrue(x.citations(1).isEmpty(), x.citations(1).toString());
            }
        }
    }

    @Test
    void anAclPaperHasItsFiftyFiveEntriesWithTheirFields() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/2020.acl-main.447.pdf"))) {
            CrossReferences x = CrossReferences.read(pdf);
            List<Reference> refs = x.references();
            assertEquals(55, refs.size());
            Reference first = refs.get(0);
            assertEquals("Ahmad and Afzal, 2018", first.label());
            assertEquals("Cad: an algorithm for citation-anchors detection in research papers", first.title());
            assertEquals(9, first.page());
            Reference tang = refs.stream().filter(r -> "Tang et al., 2008".equals(r.label())).findFirst().orElseThrow();
            assertEquals(12, tang.page());
            Reference beltagy = refs.stream().filter(r -> "Beltagy et al., 2019".equals(r.label())).findFirst().orElseThrow();
            assertEquals("10.18653/v1/D19-1371", beltagy.doi()); // from the entry's link
            Reference wu = refs.stream().filter(r -> "Wu et al., 2016".equals(r.label())).findFirst().orElseThrow();
            assertEquals("1609.08144", wu.arxivId()); // printed: "arXiv, abs/1609.08144"
            // "Liu et al. 2019a/b": the letters keep two papers apart
            assertEquals(2, refs.stream().filter(r -> r.year() != null && r.year().startsWith("2019") && r.label().startsWith("Liu")).count());
        }
    }

    @Test
    void tracemonkeyCitesItsBracketedListWithParenthesizedNumbers() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("research/tracemonkey.pdf"))) {
            CrossReferences x = CrossReferences.read(pdf);
            assertEquals(19, x.references().size());
            assertEquals("8", x.references().get(7).label());
            assertTrue(x.references().get(7).text().startsWith("M. Berndl, B. Vitale"));
            List<Citation> cs = x.citations(13);
            Citation eight = cs.stream().filter(c -> c.text().equals("8")).findFirst().orElseThrow(() -> new AssertionError(cs.toString()));
            assertEquals(Source.TEXT, eight.source());
            assertEquals(x.references().get(7), eight.target().reference());
            assertNull(cs.stream().filter(c -> c.source() == Source.LINK).findFirst().orElse(null));
            assertNotNull(cs.stream().filter(c -> c.text().equals("19")).findFirst().orElse(null));
        }
    }
}
