package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moving a thread's links into its last post, where X charges one post with a link instead of many. */
class LinksToLastTest {
    private static final PlatformRules X = PlatformRules.of(Platform.X);

    private static PostThread thread(Post... posts) {
        return new PostThread("t1", "T", List.of("x"), null, List.of(posts), Instant.EPOCH, Instant.EPOCH);
    }

    private static List<String> texts(PostThread t) {
        return t.posts().stream().map(Post::text).toList();
    }

    @Test
    void linksOfEarlierPostsGoToTheEndOfTheLastOneInOrder() {
        PostThread t = thread(Post.of("A new paper (https://arxiv.org/abs/2401.01234) on sparse attention."),
                Post.of("Code at github.com/gloss/demo, data at https://zenodo.org/records/42 ."),
                Post.of("Thanks for reading!"));
        assertTrue(LinksToLast.beforeLast(t));

        PostThread moved = LinksToLast.apply(t, X, false);

        assertEquals(List.of("A new paper on sparse attention.", "Code at, data at.",
                "Thanks for reading!\n\nhttps://arxiv.org/abs/2401.01234\ngithub.com/gloss/demo\nhttps://zenodo.org/records/42"),
                texts(moved));
        assertFalse(LinksToLast.beforeLast(moved), "now only the last post holds links");
        assertEquals(List.of(), LinksToLast.links(moved.posts().get(0).text()));
    }

    @Test
    void aThreadWithLinksOnlyInItsLastPostIsLeftAsItIs() {
        PostThread t = thread(Post.of("No link here."), Post.of("Read it: https://example.org/paper"));
        assertFalse(LinksToLast.beforeLast(t));
        assertSame(t, LinksToLast.apply(t, X, true));
    }

    @Test
    void aLinkAlreadyInTheLastPostIsNotRepeatedAndAPostThatWasOnlyALinkGoes() {
        PostThread t = thread(Post.of("Intro 😀 https://example.org/a"), Post.of("https://example.org/b"),
                Post.of("More: https://example.org/a"));

        PostThread moved = LinksToLast.apply(t, X, false);

        assertEquals(List.of("Intro 😀", "More: https://example.org/a\n\nhttps://example.org/b"), texts(moved),
                "the index after an emoji (a surrogate pair) is cut right; the link-only post is gone");
    }

    @Test
    void aPostThatWasOnlyALinkKeepsItsImage() {
        PostImage img = new PostImage("images/fig1.png", "Figure 1");
        PostThread t = thread(new Post("https://example.org/fig", List.of(img), List.of()), Post.of("End."));

        PostThread moved = LinksToLast.apply(t, X, false);

        assertEquals(List.of("", "End.\n\nhttps://example.org/fig"), texts(moved));
        assertEquals(List.of(img), moved.posts().get(0).images());
    }

    @Test
    void linksThatDoNotFitTheLastPostFollowInNewPostsWithinTheLimit() {
        String longLast = "x".repeat(250);
        Post[] posts = new Post[11];
        for (int i = 0; i < 10; i++) {
            posts[i] = Post.of("Part " + i + " https://example.org/p" + i);
        }
        posts[10] = Post.of(longLast);

        PostThread moved = LinksToLast.apply(thread(posts), X, true);

        for (Post p : moved.posts()) {
            assertTrue(X.count(p.text()) + X.count(" 99/99") <= 280, "room for numbering kept: " + p.text());
        }
        List<String> all = moved.posts().stream().flatMap(p -> LinksToLast.links(p.text()).stream()).toList();
        assertEquals(10, all.size(), "every link kept, once");
        assertEquals("https://example.org/p0", all.get(0));
        assertEquals(longLast, moved.posts().get(10).text(), "a 250-character last post has no room for a 23-character link");
        assertEquals(12, moved.posts().size(), "ten links of 23 fit one new post of 280 (with newlines and numbering room)");
        for (int i = 0; i < 10; i++) {
            assertEquals("Part " + i, moved.posts().get(i).text());
        }
    }

    @Test
    void anAccountsOwnLimitAndNumberingAreUsed() {
        AccountRef x = new AccountRef("a1", "x", "https://api.x.com", "me", null, 25_000).withNumbering(false);
        PostThread t = thread(Post.of("See https://example.org/a"), Post.of("y".repeat(600)));

        PostThread moved = LinksToLast.apply(t, x);

        assertEquals(List.of("See", "y".repeat(600) + "\n\nhttps://example.org/a"), texts(moved),
                "an account allowed long posts takes the link in its long last post");
    }
}
