package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotePostsTest {
    @TempDir
    Path dir;

    @Test
    void aHighlightBecomesQuotePageAndArxivLink() {
        Workspace ws = Workspace.open(dir);
        Paper p = Fixtures.paper(ws, "p1", "arXiv:2406.04093v2", "10.1000/xyz");
        Annotation a = Fixtures.highlight(ws, p, 3, "Sparse features\nsteer   the model.");
        Post post = QuotePosts.posts(List.of(a), ws::paper).get(0);
        assertEquals("\u201CSparse features steer the model.\u201D (p. 3)\nhttps://arxiv.org/abs/2406.04093v2", post.text());
        assertEquals(List.of(a.id()), post.sources());
        assertTrue(post.images().isEmpty());
    }

    @Test
    void theLinkFallsBackToTheDoiThenToNothing() {
        Workspace ws = Workspace.open(dir);
        Paper doiOnly = Fixtures.paper(ws, "p2", null, "https://doi.org/10.1145/3442188.3445922");
        assertEquals("https://doi.org/10.1145/3442188.3445922", QuotePosts.link(doiOnly));
        Paper none = Fixtures.paper(ws, "p3", " ", null);
        assertNull(QuotePosts.link(none));
        Annotation a = Fixtures.highlight(ws, none, 1, "\u201CAlready quoted.\u201D");
        assertEquals("\u201CAlready quoted.\u201D (p. 1)", QuotePosts.post(a, none).text());
    }

    @Test
    void aClipBringsItsPictureWithEmptyAltText() throws Exception {
        Workspace ws = Workspace.open(dir);
        Paper p = Fixtures.paper(ws, "p4", "2401.00001", null);
        Annotation clip = Fixtures.clip(ws, p, 5);
        Post post = QuotePosts.posts(List.of(clip), ws::paper).get(0);
        assertEquals("Figure 2: the steering results (p. 5)\nhttps://arxiv.org/abs/2401.00001", post.text());
        assertEquals(List.of(new PostImage(clip.clip(), "")), post.images());
        assertTrue(Files.isRegularFile(MediaStore.resolve(ws.root(), post.images().get(0).file())));
    }

    @Test
    void plainTextIsOnePostAndBlankTextNone() {
        assertEquals("Some words", QuotePosts.fromText("  Some words \n").text());
        assertNull(QuotePosts.fromText(" \n "));
    }
}
