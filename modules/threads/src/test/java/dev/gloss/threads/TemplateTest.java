package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    static Paper paper(List<String> authors, String arxiv, String doi, List<String> tags) {
        return new Paper("0123456789abcdef", "Attention Is All You Need", authors, 2017, "NeurIPS", arxiv, doi,
                null, tags, "attention.pdf", 15, "0123456789abcdef0123", Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void requiredAndOptionalFields() {
        assertEquals("Hello Ada", Template.render("Hello {{name}}", Map.of("name", "Ada")));
        assertEquals("A\nC", Template.render("A\n{{b?}}\nC", Map.of()));
        assertEquals("A\nx  y\nC", Template.render("A\nx {{b?}} y\nC", Map.of()));
        assertEquals("$1 \\n", Template.render("{{v}}", Map.of("v", "$1 \\n")));
        ThreadsException e = assertThrows(ThreadsException.class, () -> Template.render("Hi {{who}}", Map.of()));
        assertEquals(ThreadsException.Reason.TEMPLATE_FIELD_MISSING, e.reason());
        assertEquals(List.of("who"), e.args());
        assertEquals(List.of("a", "b"), Template.fields("{{a}} {{ b? }} {{a}}"));
    }

    @Test
    void researchMondayOpener() {
        Paper p = paper(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"), "1706.03762",
                "10.5555/3295222.3295349", List.of("machine learning", "NLP", "ResearchMonday", "nlp"));
        String opener = Templates.researchMonday(p);
        assertEquals("#ResearchMonday: Attention Is All You Need\n"
                + "by Ashish Vaswani, Noam Shazeer et al.\n"
                + "https://arxiv.org/abs/1706.03762\n"
                + "#MachineLearning #NLP #Nlp", opener);
        assertTrue(PlatformRules.of(Platform.BLUESKY).fits(opener));
        List<Facet> facets = Facets.detect(opener);
        assertEquals(List.of(Facet.Kind.TAG, Facet.Kind.LINK, Facet.Kind.TAG, Facet.Kind.TAG, Facet.Kind.TAG),
                facets.stream().map(Facet::kind).toList());
        assertEquals("ResearchMonday", facets.get(0).value());
    }

    @Test
    void openerWithoutArxivUsesDoiAndDropsEmptyLines() {
        Paper p = paper(List.of("Ada Lovelace", "Alan Turing"), null, "doi:10.1000/xyz", List.of());
        assertEquals("#ResearchMonday: Attention Is All You Need\nby Ada Lovelace and Alan Turing\n"
                + "https://doi.org/10.1000/xyz", Templates.researchMonday(p));
        Paper bare = paper(List.of(), null, null, List.of());
        assertEquals("#ResearchMonday: Attention Is All You Need", Templates.researchMonday(bare));
    }

    @Test
    void quotePost() {
        Paper p = paper(List.of("A"), "1706.03762", null, List.of());
        assertEquals("“Attention  weights\nmatter.” (p. 3)\nhttps://arxiv.org/abs/1706.03762".replace("  weights\n", " weights "),
                Templates.quote(" Attention  weights\nmatter. ", 3, p));
    }

    @Test
    void theLinkNamesThePaperNotOneVersionOfIt() {
        Paper p = paper(List.of("A"), "2206.10883v3", null, List.of());
        assertEquals("https://arxiv.org/abs/2206.10883", Templates.fields(p).get("link"));
        assertTrue(Templates.researchMonday(p).contains("https://arxiv.org/abs/2206.10883\n") || Templates.researchMonday(p)
                .endsWith("https://arxiv.org/abs/2206.10883"));
    }

    @Test
    void aThreadGivesThePapersLinkOnce() {
        Paper p = paper(List.of("A"), "2206.10883v3", null, List.of());
        String opener = Templates.researchMonday(p);
        assertFalse(Templates.needsLink(List.of(opener), p), "the opener has it");
        assertEquals("\u201Cquoted\u201D (p. 2)", Templates.quote("quoted", 2, p, Templates.needsLink(List.of(opener), p)));
        assertTrue(Templates.needsLink(List.of("a post about something else"), p), "a thread without the link gets it once");
        assertFalse(Templates.needsLink(List.of(), paper(List.of("A"), null, null, List.of())), "a paper without a link has none to give");
    }
}
