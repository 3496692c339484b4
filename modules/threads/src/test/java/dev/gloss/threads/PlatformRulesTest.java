package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformRulesTest {

    static final String FAMILY = "👨‍👩‍👧‍👦"; // man ZWJ woman ZWJ girl ZWJ boy: 7 code points, 11 UTF-16 units
    static final String THUMBS_MEDIUM = "👍🏽"; // skin-tone modifier
    static final String FLAGS = "🇫🇷🇩🇪";
    static final String E_ACUTE_COMBINING = "e\u0301";

    private static int count(Platform p, String text) {
        return PlatformRules.of(p).count(text);
    }

    @Test
    void idsLimitsAndNames() {
        assertEquals(280, Platform.X.defaultLimit());
        assertEquals(300, Platform.BLUESKY.defaultLimit());
        assertEquals(500, Platform.MASTODON.defaultLimit());
        assertEquals(3000, Platform.LINKEDIN.defaultLimit());
        assertEquals(500, Platform.THREADS.defaultLimit());
        for (Platform p : Platform.values()) {
            assertEquals(p, Platform.fromId(p.id()));
        }
        assertEquals(Platform.BLUESKY, Platform.fromId(" BlueSky "));
        assertEquals("LinkedIn", Platform.LINKEDIN.displayName());
        ThreadsException e = assertThrows(ThreadsException.class, () -> Platform.fromId("myspace"));
        assertEquals(ThreadsException.Reason.UNKNOWN_PLATFORM, e.reason());
        assertEquals(List.of("myspace", "x, bluesky, mastodon, linkedin, threads"), e.args());
        assertEquals("UNKNOWN_PLATFORM [myspace, x, bluesky, mastodon, linkedin, threads]", e.getMessage(), "a line for the log");
        assertThrows(ThreadsException.class, () -> PlatformRules.of(Platform.X).withLimit(0));
    }

    @Test
    void xWeightedLength() {
        assertEquals(5, count(Platform.X, "hello"));
        assertEquals(23, count(Platform.X, "https://example.com/a/very/long/path/that/is/longer/than/23"));
        assertEquals(23, count(Platform.X, "example.com"));
        assertEquals(6, count(Platform.X, "日本語"));
        assertEquals(2, count(Platform.X, "😀"));
        assertEquals(2, count(Platform.X, FAMILY));
        assertEquals(2, count(Platform.X, THUMBS_MEDIUM));
        assertEquals(4, count(Platform.X, FLAGS));
        assertEquals(1, count(Platform.X, E_ACUTE_COMBINING)); // twitter-text normalises to NFC first: é
        PlatformRules x = PlatformRules.of(Platform.X);
        assertTrue(x.fits("a".repeat(280)));
        assertFalse(x.fits("a".repeat(281)));
        assertEquals(281, x.count("a".repeat(281)));
        assertTrue(x.withLimit(25_000).fits("a".repeat(4000)));
    }

    @Test
    void blueskyCountsIcuGraphemes() {
        assertEquals(1, count(Platform.BLUESKY, FAMILY));
        assertEquals(1, count(Platform.BLUESKY, THUMBS_MEDIUM));
        assertEquals(2, count(Platform.BLUESKY, FLAGS));
        assertEquals(1, count(Platform.BLUESKY, E_ACUTE_COMBINING));
        assertEquals(3, count(Platform.BLUESKY, "日本語"));
        assertEquals(1, count(Platform.BLUESKY, "\u1100\u1161\u11A8")); // Hangul jamo syllable
        assertEquals(40, count(Platform.BLUESKY, "https://example.com/a/very/long/path/xyz"));
        // Why not the JDK: its BreakIterator splits the ZWJ family into several clusters.
        BreakIterator jdk = BreakIterator.getCharacterInstance();
        jdk.setText(FAMILY);
        int jdkCount = 0;
        while (jdk.next() != BreakIterator.DONE) {
            jdkCount++;
        }
        assertTrue(jdkCount > 1, "JDK counted " + jdkCount);
    }

    @Test
    void blueskyAlsoLimitsUtf8Bytes() {
        PlatformRules b = PlatformRules.of(Platform.BLUESKY);
        assertTrue(b.fits("a".repeat(300)));
        assertFalse(b.fits("a".repeat(301)));
        String families = FAMILY.repeat(150); // 150 graphemes but 3750 bytes
        assertEquals(150, b.count(families));
        assertFalse(b.fits(families));
        assertTrue(b.fits(FAMILY.repeat(120))); // 3000 bytes exactly
    }

    @Test
    void mastodonUrlsAndMentions() {
        assertEquals(23, count(Platform.MASTODON, "https://example.com/a/very/long/path/that/is/longer/than/23"));
        assertEquals(23, count(Platform.MASTODON, "http://x.co"));
        assertEquals(11, count(Platform.MASTODON, "example.com")); // no scheme: counted as typed
        assertEquals("@alice hi".length(), count(Platform.MASTODON, "@alice@mastodon.social hi"));
        assertEquals("hi @bob".length(), count(Platform.MASTODON, "hi @bob"));
        assertEquals(23, count(Platform.MASTODON, "https://mastodon.social/@alice"));
        assertEquals(1, count(Platform.MASTODON, FAMILY));
        assertEquals(2, count(Platform.MASTODON, FLAGS));
        assertEquals(1, count(Platform.MASTODON, E_ACUTE_COMBINING));
        assertEquals(4 + 23 + 1 + 6, count(Platform.MASTODON, "see https://example.org/long/path/here/x @carol@fosstodon.org"));
        PlatformRules m = PlatformRules.of(Platform.MASTODON).withLimit(5000);
        assertTrue(m.fits("a".repeat(5000)));
        assertFalse(m.fits("a".repeat(5001)));
    }

    @Test
    void linkedInCountsUtf16Units() {
        assertEquals(2, count(Platform.LINKEDIN, "😀"));
        assertEquals(11, count(Platform.LINKEDIN, FAMILY));
        assertEquals(3, count(Platform.LINKEDIN, "日本語"));
        assertEquals(2, count(Platform.LINKEDIN, E_ACUTE_COMBINING));
    }

    /** What LinkedIn counts is the commentary sent: reserved characters escaped, hashtags as templates. */
    @Test
    void linkedInCountsTheEscapedCommentary() {
        assertEquals(4, count(Platform.LINKEDIN, "a_b"));
        assertEquals(5, count(Platform.LINKEDIN, "(x)"));
        assertEquals(16, count(Platform.LINKEDIN, "#tag"), "{hashtag|\\#|tag}");
        PlatformRules l = PlatformRules.of(Platform.LINKEDIN);
        assertTrue(l.fits("a".repeat(3000)));
        assertFalse(l.fits("a".repeat(2990) + "(x)".repeat(3)), "2,999 as written, 3,005 as sent");
    }

    @Test
    void threadsCountsEmojiByUtf8Bytes() {
        assertEquals(3, count(Platform.THREADS, "abc"));
        assertEquals(4, count(Platform.THREADS, "😀"));
        assertEquals(25, count(Platform.THREADS, FAMILY));
        assertEquals(16, count(Platform.THREADS, FLAGS)); // two flags of 8 bytes each
        assertEquals(1, count(Platform.THREADS, E_ACUTE_COMBINING));
        assertEquals(3, count(Platform.THREADS, "日本語"));
    }

    @Test
    void nullAndEmptyCountZero() {
        for (Platform p : Platform.values()) {
            assertEquals(0, count(p, ""));
            assertEquals(0, count(p, null));
        }
    }
}
