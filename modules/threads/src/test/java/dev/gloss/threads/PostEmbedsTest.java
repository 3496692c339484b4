package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One embed per post, as the lexicon allows: images win over the card; a quote combines with either. */
class PostEmbedsTest {
    static final Paper PAPER = new Paper("p1", "Shallow Edits, Deep Effects", List.of("Mara Lindqvist", "Tomás Ferreira",
            "Aiko Tanaka", "Someone Else"), 2026, null, "2611.04217v1", null, "Fine-tuning changes little. " + "x".repeat(400),
            List.of(), "p.pdf", 12, "ab", null);

    static PostThread thread(Post... posts) {
        return new PostThread("t", "t", List.of("bluesky"), "p1", List.of(posts), null, null);
    }

    @Test
    void theCardGoesOnTheFirstPostThatLinksToThePaperWithoutImages() {
        Post image = new Post("See https://arxiv.org/abs/2611.04217", List.of(new PostImage("a.png", "alt")), List.of());
        List<PostEmbeds.Plan> plans = PostEmbeds.of(thread(Post.of("No link here."), image,
                Post.of("Read it: arxiv.org/pdf/2611.04217v2"), Post.of("Again https://arxiv.org/abs/2611.04217")), PAPER);
        assertTrue(plans.get(0).isEmpty());
        assertTrue(plans.get(1).images());
        assertNull(plans.get(1).card(), "a post has one embed: its images stay");
        PostEmbeds.Card card = plans.get(2).card();
        assertEquals("https://arxiv.org/pdf/2611.04217v2", card.uri(), "the card is for the link as the post writes it");
        assertEquals("Shallow Edits, Deep Effects", card.title());
        assertTrue(card.description().startsWith("Mara Lindqvist, Tomás Ferreira et al. · 2026 · Fine-tuning changes little."),
                card.description());
        assertTrue(card.description().length() <= PostEmbeds.DESCRIPTION_LENGTH + 1 && card.description().endsWith("…"));
        assertNull(plans.get(3).card(), "one card per thread");
        assertTrue(PostEmbeds.of(thread(Post.of("https://arxiv.org/abs/2611.04217")), null).get(0).isEmpty(), "no paper, no card");
    }

    @Test
    void aDoiLinkMakesTheCardToo() {
        Paper doi = new Paper("p2", "T", List.of(), null, null, null, "10.18653/v1/2020.acl-main.447", null, List.of(), "p.pdf", 1, "ab", null);
        assertEquals("https://doi.org/10.18653/v1/2020.acl-main.447",
                PostEmbeds.of(thread(Post.of("https://doi.org/10.18653/v1/2020.acl-main.447")), doi).get(0).card().uri());
        assertFalse(PostEmbeds.card(new Paper("p3", "T", List.of(), null, null, null, null, null, List.of(), "p.pdf", 1, "ab", null)).isPresent());
    }

    @Test
    void aBlueskyPostLinkIsAQuote() {
        Optional<PostEmbeds.Quote> q = PostEmbeds.quote("As https://bsky.app/profile/alice.bsky.social/post/3kabcdefghij2 said");
        assertEquals("alice.bsky.social", q.orElseThrow().actor());
        assertEquals("3kabcdefghij2", q.get().rkey());
        assertEquals("did:plc:abc", PostEmbeds.quote("https://bsky.app/profile/did:plc:abc/post/3kabcdefghij2").orElseThrow().actor());
        assertFalse(PostEmbeds.quote("https://bsky.app/profile/alice.bsky.social").isPresent());
    }
}
