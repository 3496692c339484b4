package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.threads.LinkedInLayout.Shape;
import dev.gloss.threads.LinkedInLayout.Unit;
import dev.gloss.threads.ThreadChecks.Problem;
import dev.gloss.threads.ThreadChecks.Reason;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a thread becomes on LinkedIn, and what is checked for it before it is queued. */
class LinkedInLayoutTest {
    @TempDir
    Path root;

    static AccountRef native_(String shape) {
        AccountRef a = new AccountRef("a", "linkedin", "https://api.linkedin.com", "Alice", "782bbtaQ", null);
        return shape == null ? a : a.withOption(LinkedInLayout.OPTION, shape);
    }

    static PostThread thread(List<Post> posts) {
        return new PostThread("t", null, List.of(), null, posts, null, null);
    }

    static Post chars(int n) {
        return Post.of("x".repeat(n));
    }

    @Test
    void theFirstPostsThatFitGoInOnePostAndTheRestInCommentsOfWholePosts() {
        List<Unit> plan = LinkedInLayout.plan(List.of(chars(1000), chars(1000), chars(1100), chars(600), chars(600), chars(1250)),
                Shape.POST_AND_COMMENTS);
        assertEquals(List.of("post 0-2 2002", "comment 2-3 1100", "comment 3-5 1202", "comment 5-6 1250"),
                plan.stream().map(u -> (u.comment() ? "comment " : "post ") + u.from() + "-" + u.to() + " " + u.text().length()).toList());
        assertEquals(1, LinkedInLayout.plan(List.of(Post.of("Short."), Post.of("Also short.")), Shape.POST_AND_COMMENTS).size(),
                "a thread that fits is one post, with no comment");
    }

    @Test
    void aPostIsMeasuredAsTheCommentaryLinkedInCounts() {
        // 1,400 + 2 + 1,400 characters fit 3,000, but escaped (each "(" becomes "\(") they do not
        Post parens = Post.of("(".repeat(1400));
        assertEquals(2, LinkedInLayout.plan(List.of(parens, parens), Shape.POST_AND_COMMENTS).size());
        assertEquals(1, LinkedInLayout.plan(List.of(chars(1400), chars(1400)), Shape.POST_AND_COMMENTS).size());
    }

    @Test
    void moreThanOneFigureClipOrTheAccountsChoiceMakesADocument() {
        Post clip1 = new Post("a", List.of(new PostImage("papers/p1/clips/c1.png", "Figure 1.")), List.of());
        Post clip2 = new Post("b", List.of(new PostImage("papers/p1/clips/c2.png", "Figure 2.")), List.of());
        Post photo = new Post("c", List.of(new PostImage("images/photo.png", "A photo.")), List.of());
        assertTrue(LinkedInLayout.document(List.of(clip1, clip2), Shape.POST_AND_COMMENTS));
        assertTrue(!LinkedInLayout.document(List.of(clip1, photo), Shape.POST_AND_COMMENTS), "one clip: images");
        assertTrue(!LinkedInLayout.document(List.of(clip1, clip2), Shape.POSTS), "one post each: each shows its own");
        assertTrue(LinkedInLayout.document(List.of(photo), Shape.DOCUMENT));
        assertTrue(!LinkedInLayout.document(List.of(Post.of("text only")), Shape.DOCUMENT), "no images: no document");
        assertEquals(Shape.DOCUMENT, LinkedInLayout.shape(native_("document")));
    }

    @Test
    void anAccountCanChooseOnePostPerThreadPost() {
        assertEquals(Shape.POST_AND_COMMENTS, LinkedInLayout.shape(native_(null)), "the default");
        assertEquals(Shape.POSTS, LinkedInLayout.shape(native_("posts")));
        assertEquals(Shape.POST_AND_COMMENTS, LinkedInLayout.shape(native_("carousel")), "a shape this Gloss does not know");
        List<Unit> plan = LinkedInLayout.plan(List.of(Post.of("a"), Post.of("b")), Shape.POSTS);
        assertEquals(List.of(new Unit(false, 0, 1, "a"), new Unit(false, 1, 2, "b")), plan);
    }

    @Test
    void aPostBoundForACommentMustFitOneAndTheImagesOneLinkedInPost() throws Exception {
        Files.write(root.resolve("fig.png"), new byte[10]);
        PostImage fig = new PostImage("fig.png", "A figure.");
        Post withImages = new Post("x".repeat(2500), Collections.nCopies(12, fig), List.of());
        PostThread t = thread(List.of(withImages, new Post("y".repeat(1300), Collections.nCopies(9, fig), List.of())));
        assertEquals(List.of(new Problem(Reason.COMMENT_TOO_LONG, 2, List.of(1300, 1250)),
                new Problem(Reason.TOO_MANY_IMAGES_ON_POST, 0, List.of(21, 20))), ThreadChecks.check(t, native_(null), root));
        assertTrue(ThreadChecks.check(t, native_("posts"), root).isEmpty(), "one LinkedIn post each: both fit");
        assertTrue(ThreadChecks.check(t, new AccountRef("e", "linkedin", null, "me", null, null), root).isEmpty(),
                "an export target is pasted by hand");
        List<Post> many = new ArrayList<>(List.of(new Post("z", Collections.nCopies(21, fig), List.of())));
        assertEquals(new Problem(Reason.TOO_MANY_IMAGES, 1, List.of(21, "LinkedIn", 20)),
                ThreadChecks.check(thread(many), native_("posts"), root).get(0));
        Post longAlt = new Post("a", List.of(new PostImage("fig.png", "w".repeat(4087))), List.of());
        assertEquals(new Problem(Reason.ALT_TOO_LONG, 1, List.of(1, 4087, "LinkedIn", 4086)),
                ThreadChecks.check(thread(List.of(longAlt)), native_(null), root).get(0));
    }
}
