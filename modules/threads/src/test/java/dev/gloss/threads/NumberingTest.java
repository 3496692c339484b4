package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An account that wants numbering gets {@code " n/N"} at the end of each post, counted by each
 * platform's own rules: a post that fits without its number may not fit with it.
 */
class NumberingTest {
    @TempDir
    Path ws;

    private static PostThread thread(String... texts) {
        return new PostThread("t1", "T", List.of("bluesky"), null, List.of(texts).stream().map(Post::of).toList(),
                Instant.EPOCH, Instant.EPOCH);
    }

    private static AccountRef account(String kind, Integer max, boolean numbering) {
        return new AccountRef("a1", kind, "https://example.org", "me", null, max).withNumbering(numbering);
    }

    @Test
    void eachPostEndsWithItsNumberAndTrailingSpaceGoes() {
        assertEquals(List.of("One 1/3", "Two 2/3", "Three https://example.com 3/3"),
                Numbering.numbered(List.of("One  ", "Two", "Three https://example.com")));
        assertEquals(List.of("Alone"), Numbering.numbered(List.of("Alone")), "a thread of one post is not numbered");
    }

    @Test
    void onlyAnAccountThatWantsItGetsNumbers() {
        PostThread t = thread("A", "B");
        assertEquals(t, Numbering.forAccount(t, account("bluesky", null, false)));
        assertEquals(List.of("A 1/2", "B 2/2"), Numbering.forAccount(t, account("bluesky", null, true)).posts().stream()
                .map(Post::text).toList());
        assertTrue(Numbering.wanted(Platform.BLUESKY, List.of(account("bluesky", null, true))));
        assertFalse(Numbering.wanted(Platform.MASTODON, List.of(account("bluesky", null, true))));
    }

    @Test
    void blueskyCountsTheNumberInItsThreeHundredGraphemes() {
        String full = "é".repeat(298); // 298 graphemes: fits alone, " 1/2" makes it 302
        PostThread t = thread(full, "end");
        assertTrue(ThreadChecks.check(t, account("bluesky", null, false), ws).isEmpty());
        List<ThreadChecks.Problem> p = ThreadChecks.check(t, account("bluesky", null, true), ws);
        assertEquals(1, p.size(), p::toString);
        assertEquals(ThreadChecks.Reason.TOO_LONG, p.get(0).reason());
        assertEquals(1, p.get(0).post());
        assertEquals(302, p.get(0).details().get(0));
    }

    @Test
    void mastodonCountsTheNumberAgainstTheInstanceLimit() {
        PostThread t = thread("x".repeat(497), "y".repeat(10), "z");
        assertTrue(ThreadChecks.check(t, account("mastodon", 500, false), ws).isEmpty());
        List<ThreadChecks.Problem> p = ThreadChecks.check(t, account("mastodon", 500, true), ws);
        assertEquals(1, p.size(), p::toString);
        assertEquals(501, p.get(0).details().get(0), "497 and \" 1/3\"");
    }

    @Test
    void xCountsTheNumberWithItsWeights() {
        // CJK weighs 2 on X: 139 of them are 278 of 280; " 1/2" adds 4
        PostThread t = thread("漢".repeat(139), "end");
        assertTrue(ThreadChecks.check(t, account("x", null, false), ws).isEmpty());
        List<ThreadChecks.Problem> p = ThreadChecks.check(t, account("x", null, true), ws);
        assertEquals(1, p.size(), p::toString);
        assertEquals(282, p.get(0).details().get(0));
    }

    @Test
    void theSplitterCountsTheNumberSoEveryNumberedPostFits() {
        String text = "Word ".repeat(70).strip(); // 349 characters: two posts on Bluesky
        List<String> posts = Splitter.split(text, PlatformRules.of(Platform.BLUESKY), true);
        for (String p : posts) {
            assertTrue(PlatformRules.of(Platform.BLUESKY).fits(p), p);
        }
        assertTrue(posts.get(0).endsWith(" 1/" + posts.size()), posts.get(0));
    }
}
