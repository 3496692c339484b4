package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.threads.Facet;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.AccountRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostCountsTest {
    private static final List<PlatformRules> X_AND_BLUESKY = List.of(PlatformRules.of(Platform.X), PlatformRules.of(Platform.BLUESKY));

    @Test
    void eachPlatformCountsItsOwnWay() {
        String text = "See https://arxiv.org/abs/2406.04093 now";
        PostCounts c = PostCounts.of(text, X_AND_BLUESKY);
        assertEquals("31/280", c.counts().get(0).label(), "X counts the URL as 23");
        assertEquals(text.length() + "/300", c.counts().get(1).label(), "Bluesky counts it in full");
        assertTrue(c.fitsAll());
        assertEquals(-1, c.overflowStart());
    }

    @Test
    void theOverflowStartsWhereTheStrictestPlatformStopsFitting() {
        String text = "a".repeat(290) + " \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 " + "b".repeat(20);
        PostCounts c = PostCounts.of(text, X_AND_BLUESKY);
        assertFalse(c.counts().get(0).fits());
        assertFalse(c.counts().get(1).fits());
        // X: 290 a + space = 291 > 280, so X overflows first, after 280 characters
        assertEquals(280, c.overflowStart());
        int bluesky = PostCounts.fittingPrefix(text, PlatformRules.of(Platform.BLUESKY));
        assertTrue(PlatformRules.of(Platform.BLUESKY).fits(text.substring(0, bluesky)));
        assertFalse(PlatformRules.of(Platform.BLUESKY).fits(text.substring(0, bluesky + 1)));
        assertFalse(Character.isLowSurrogate(text.charAt(bluesky)), "never inside a surrogate pair");
    }

    @Test
    void aNumberedPlatformCountsTheNumberingItsPostIsPublishedWith() {
        String text = "Attention is all you need.  ";
        PostCounts c = PostCounts.of(text, X_AND_BLUESKY, java.util.Set.of(Platform.BLUESKY), " 2/4");
        assertEquals(text.length() + "/280", c.counts().get(0).label(), "X's account does not number: the text as written");
        assertEquals((text.stripTrailing() + " 2/4").length() + "/300", c.counts().get(1).label(),
                "Bluesky counts the text as published: trailing spaces dropped, \" 2/4\" added");
        assertEquals(PlatformRules.of(Platform.BLUESKY).count(dev.gloss.threads.Numbering.numbered(
                List.of("a", text, "c", "d")).get(1)), c.counts().get(1).length(), "what the publisher sends");

        // 298 characters fit Bluesky's 300 as written, not with " 2/4": the overflow starts 4 earlier
        String full = "a".repeat(298);
        PostCounts plain = PostCounts.of(full, List.of(PlatformRules.of(Platform.BLUESKY)));
        assertTrue(plain.fitsAll());
        PostCounts numbered = PostCounts.of(full, List.of(PlatformRules.of(Platform.BLUESKY)), java.util.Set.of(Platform.BLUESKY), " 2/4");
        assertEquals("302/300", numbered.counts().get(0).label());
        assertEquals(296, numbered.overflowStart());
        assertTrue(PostCounts.of(full.substring(0, 296), List.of(PlatformRules.of(Platform.BLUESKY)), java.util.Set.of(Platform.BLUESKY),
                " 2/4").fitsAll(), "the part before the mark fits with its numbering");
    }

    @Test
    void accountLimitsOverrideTheDefault() {
        List<AccountRef> accounts = List.of(new AccountRef("a1", "mastodon", "https://m.example", "me", null, 1000),
                new AccountRef("a2", "mastodon", "https://n.example", "me", null, 800),
                new AccountRef("a3", "bluesky", "https://bsky.social", "me.bsky.social"));
        assertEquals(800, dev.gloss.threads.ThreadChecks.rules(Platform.MASTODON, accounts).limit());
        assertEquals(300, dev.gloss.threads.ThreadChecks.rules(Platform.BLUESKY, accounts).limit());
        assertEquals("me.bsky.social", dev.gloss.threads.ThreadChecks.handle(Platform.BLUESKY, accounts));
    }

    @Test
    void facetSpansAreCharacterRanges() {
        String text = "\uD83D\uDE80 Read https://example.com/x and #AI, @alice.bsky.social!";
        List<FacetSpans.Span> spans = FacetSpans.of(text);
        assertEquals(3, spans.size());
        FacetSpans.Span link = spans.get(0);
        assertEquals(Facet.Kind.LINK, link.kind());
        assertEquals("https://example.com/x", text.substring(link.start(), link.end()));
        assertEquals("#AI", text.substring(spans.get(1).start(), spans.get(1).end()));
        assertEquals("@alice.bsky.social", text.substring(spans.get(2).start(), spans.get(2).end()));
    }
}
