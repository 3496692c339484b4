package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.TextQuoteSelector;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotePostsTest {
    private static final Instant WHEN = Instant.parse("2025-01-01T00:00:00Z");

    private static Paper paper(String id, String arxivId, String doi) {
        return new Paper(id, "Sparse Features in Practice", List.of("Ada Lovelace"), 2024, null, arxivId, doi,
                null, List.of(), "paper.pdf", 12, "00", WHEN);
    }

    private static Annotation highlight(Paper p, int page, String exact) {
        return new Annotation("a-" + page, p.id(), AnnotationType.HIGHLIGHT, page, "yellow",
                new TextQuoteSelector(exact, "", ""), null, List.of(), null, null, null, List.of(), null, null, WHEN, WHEN);
    }

    @Test
    void aHighlightBecomesQuotePageAndCanonicalArxivLink() {
        Paper p = paper("p1", "arXiv:2406.04093v2", "10.1000/xyz");
        Annotation a = highlight(p, 3, "Sparse features\nsteer   the model.");
        Post post = QuotePosts.posts(List.of(a), id -> Optional.of(p)).get(0);
        assertEquals("\u201CSparse features steer the model.\u201D (p. 3)\nhttps://arxiv.org/abs/2406.04093", post.text());
        assertEquals(List.of(a.id()), post.sources());
        assertTrue(post.images().isEmpty());
    }

    @Test
    void theLinkFallsBackToTheDoiThenToNothing() {
        Paper doiOnly = paper("p2", null, "https://doi.org/10.1145/3442188.3445922");
        assertEquals("https://doi.org/10.1145/3442188.3445922", QuotePosts.link(doiOnly));
        Paper none = paper("p3", " ", null);
        assertNull(QuotePosts.link(none));
        Annotation a = highlight(none, 1, "\u201CAlready quoted.\u201D");
        assertEquals("\u201CAlready quoted.\u201D (p. 1)", QuotePosts.post(a, none).text());
    }

    @Test
    void withoutItsPaperAHighlightKeepsQuoteAndPage() {
        Paper p = paper("p5", "2401.00001", null);
        Annotation a = highlight(p, 2, "A claim.");
        Map<String, Paper> none = Map.of();
        assertEquals("\u201CA claim.\u201D (p. 2)", QuotePosts.posts(List.of(a), id -> Optional.ofNullable(none.get(id))).get(0).text());
    }

    @Test
    void aClipBringsItsPictureWithEmptyAltText() {
        Paper p = paper("p4", "2401.00001", null);
        Annotation clip = new Annotation("c1", p.id(), AnnotationType.CLIP, 5, "yellow", null, null, List.of(),
                new Rect(10, 10, 110, 90), "papers/p4/clips/c1.png", "Figure 2: the steering results", List.of(), null, null,
                WHEN, WHEN);
        Post post = QuotePosts.posts(List.of(clip), id -> Optional.of(p)).get(0);
        assertEquals("Figure 2: the steering results (p. 5)\nhttps://arxiv.org/abs/2401.00001", post.text());
        assertEquals(List.of(new PostImage(clip.clip(), "")), post.images());
    }

    @Test
    void plainTextIsOnePostAndBlankTextNone() {
        assertEquals("Some words", QuotePosts.fromText("  Some words \n").text());
        assertNull(QuotePosts.fromText(" \n "));
    }

    @Test
    void aThreadGivesThePapersCanonicalLinkOnce() {
        Paper p = new Paper("p1", "Attention Is All You Need", List.of("A"), 2017, null, "2206.10883v3", null, null, List.of(),
                "x.pdf", 3, null, null);
        Annotation first = new Annotation("a1", "p1", dev.gloss.workspace.AnnotationType.HIGHLIGHT, 2, "yellow",
                new dev.gloss.workspace.TextQuoteSelector("One claim.", "", ""), null, List.of(), null, null, null, List.of(), null,
                null, null, null);
        Annotation second = new Annotation("a2", "p1", dev.gloss.workspace.AnnotationType.HIGHLIGHT, 3, "yellow",
                new dev.gloss.workspace.TextQuoteSelector("Another claim.", "", ""), null, List.of(), null, null, null, List.of(),
                null, null, null, null);
        List<Post> fresh = QuotePosts.posts(List.of(first, second), id -> Optional.of(p));
        assertEquals("\u201COne claim.\u201D (p. 2)\nhttps://arxiv.org/abs/2206.10883", fresh.get(0).text(), "no version in the link");
        assertEquals("\u201CAnother claim.\u201D (p. 3)", fresh.get(1).text(), "not in every post");
        List<Post> afterOpener = QuotePosts.posts(List.of(first), id -> Optional.of(p), List.of(Templates.researchMonday(p)));
        assertEquals("\u201COne claim.\u201D (p. 2)", afterOpener.get(0).text(), "the opener gives it already");
    }
}
