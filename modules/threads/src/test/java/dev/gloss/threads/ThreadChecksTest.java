package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.threads.ThreadChecks.Problem;
import dev.gloss.threads.ThreadChecks.Reason;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One checker for every caller: structured problems, per platform, before anything is queued. */
class ThreadChecksTest {
    @TempDir
    Path root;

    static PostThread thread(Post... posts) {
        return new PostThread("t", null, List.of(), null, List.of(posts), null, null);
    }

    static AccountRef account(String kind, Integer max) {
        return new AccountRef("a", kind, null, "me", null, max);
    }

    @Test
    void threadsRefusesMoreThanFiveDistinctLinks() {
        String five = "a.com b.com c.com d.com e.com a.com";
        assertTrue(ThreadChecks.check(thread(Post.of(five)), account("threads", null), root).isEmpty(), "a repeated link counts once");
        assertEquals(List.of(new Problem(Reason.TOO_MANY_LINKS, 1, List.of(6, "Threads", 5))),
                ThreadChecks.check(thread(Post.of(five + " f.com")), account("threads", null), root));
        assertTrue(ThreadChecks.check(thread(Post.of(five + " f.com")), account("bluesky", null), root).isEmpty());
    }

    @Test
    void imagesAltTextAndSizesPerPlatform() throws Exception {
        Files.write(root.resolve("big.png"), new byte[1_000_001]);
        Files.write(root.resolve("ok.png"), new byte[10]);
        Post five = new Post("five", List.of(img("ok.png", "a"), img("ok.png", "b"), img("ok.png", "c"), img("ok.png", "d"),
                img("ok.png", "e")), List.of());
        Post longAlt = new Post("alt", List.of(img("ok.png", "x".repeat(1501))), List.of());
        Post big = new Post("big", List.of(img("big.png", "a"), img("gone.png", "b")), List.of());
        List<Problem> masto = ThreadChecks.check(thread(five, longAlt, big), account("mastodon", 800), root);
        assertEquals(List.of(new Problem(Reason.TOO_MANY_IMAGES, 1, List.of(5, "Mastodon", 4)),
                new Problem(Reason.ALT_TOO_LONG, 2, List.of(1, 1501, "Mastodon", 1500)),
                new Problem(Reason.IMAGE_MISSING, 3, List.of("gone.png"))), masto);
        List<Problem> bsky = ThreadChecks.check(thread(big), account("bluesky", null), root);
        assertEquals(List.of(new Problem(Reason.IMAGE_TOO_BIG, 1, List.of("big.png", 1_000_001L, "Bluesky", 1_000_000L)),
                new Problem(Reason.IMAGE_MISSING, 1, List.of("gone.png"))), bsky);
        assertEquals(List.of(2, 1, 1501, "Mastodon", 1500), masto.get(1).args(), "the post first, then the values");
        assertEquals(Reason.ALT_TOO_LONG, ThreadChecks.check(thread(new Post("x", List.of(img("ok.png", "y".repeat(1001))), List.of())),
                account("x", null), root).get(0).reason());
    }

    @Test
    void lengthsUseTheAccountsOwnLimit() {
        Post p = Post.of("x".repeat(600));
        assertEquals(List.of(new Problem(Reason.TOO_LONG, 1, List.of(600, "Mastodon", 500))),
                ThreadChecks.check(thread(p), account("mastodon", null), root));
        assertTrue(ThreadChecks.check(thread(p), account("mastodon", 1000), root).isEmpty());
        assertEquals(List.of(new Problem(Reason.NO_POSTS, 0, List.of())), ThreadChecks.check(thread(), account("x", null), root));
        assertEquals(Reason.EMPTY_POST, ThreadChecks.check(thread(Post.of(" ")), account("x", null), root).get(0).reason());
        assertEquals("TOO_LONG [1, 600, Mastodon, 500]", ThreadChecks.check(thread(p), account("mastodon", null), root).get(0).toString());
    }

    @Test
    void theComposerIsHeldToTheSmallestLimitOfTheAccounts() {
        List<AccountRef> accounts = List.of(account("mastodon", 800), new AccountRef("b", "mastodon", null, "two", null, 1000),
                new AccountRef("c", "bluesky", null, "me.bsky.social", null, null));
        assertEquals(800, ThreadChecks.rules(Platform.MASTODON, accounts).limit());
        assertEquals(300, ThreadChecks.rules(Platform.BLUESKY, accounts).limit());
        assertEquals("me.bsky.social", ThreadChecks.handle(Platform.BLUESKY, accounts));
    }

    private static PostImage img(String f, String alt) {
        return new PostImage(f, alt);
    }
}
