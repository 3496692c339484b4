package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openide.awt.UndoRedo;

class ThreadEditorTest {
    private ThreadEditor editor;
    private UndoRedo.Manager undo;
    private final List<ThreadChange> changes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Instant t0 = Instant.parse("2025-01-06T09:00:00Z");
        PostThread thread = new PostThread("t1", "Title", List.of("bluesky"), null,
                List.of(new Post("Hello world", List.of(new PostImage("a.png", "")), List.of("ann1")), Post.of("Second")),
                t0, t0);
        editor = new ThreadEditor(thread);
        undo = new UndoRedo.Manager();
        editor.addUndoableEditListener(undo);
        editor.addListener(changes::add);
    }

    private List<String> texts() {
        return editor.thread().posts().stream().map(Post::text).toList();
    }

    @Test
    void typingInOnePostIsOneUndoStep() {
        editor.setText(1, "Second!");
        editor.setText(1, "Second!!");
        editor.setText(1, "Second!!!");
        assertEquals(List.of(ThreadChange.post(1), ThreadChange.post(1), ThreadChange.post(1)), changes);
        undo.undo();
        assertEquals(List.of("Hello world", "Second"), texts());
        assertFalse(undo.canUndo());
        undo.redo();
        assertEquals("Second!!!", editor.post(1).text());
    }

    @Test
    void typingElsewhereOrAfterABreakIsANewStep() {
        editor.setText(1, "Second a");
        editor.setText(0, "Hello world b");
        editor.setText(0, "Hello world bc");
        editor.breakCoalescing();
        editor.setText(0, "Hello world bcd");
        undo.undo();
        assertEquals("Hello world bc", editor.post(0).text());
        undo.undo();
        assertEquals("Hello world", editor.post(0).text());
        assertEquals("Second a", editor.post(1).text());
        undo.undo();
        assertEquals("Second", editor.post(1).text());
        // typing after an undo does not extend the undone step
        editor.setText(1, "Other");
        undo.undo();
        assertEquals("Second", editor.post(1).text());
    }

    @Test
    void unchangedTextIsNoEdit() {
        editor.setText(0, "Hello world");
        assertFalse(undo.canUndo());
        assertTrue(changes.isEmpty());
    }

    @Test
    void splitAtCursorKeepsImagesOnTheFirstPartAndSourcesOnBoth() {
        editor.splitAt(0, 5);
        assertEquals(List.of("Hello", "world", "Second"), texts());
        assertEquals(1, editor.post(0).images().size());
        assertTrue(editor.post(1).images().isEmpty());
        assertEquals(List.of("ann1"), editor.post(1).sources());
        assertEquals(ThreadChange.structure(), changes.get(changes.size() - 1));
        undo.undo();
        assertEquals(List.of("Hello world", "Second"), texts());
        assertEquals(ThreadChange.structure(), changes.get(changes.size() - 1));
    }

    @Test
    void mergeJoinsParagraphsImagesAndSources() {
        editor.addImage(1, new PostImage("b.png", "B"));
        editor.mergeWithNext(0);
        assertEquals(List.of("Hello world\n\nSecond"), texts());
        assertEquals(List.of("a.png", "b.png"), editor.post(0).images().stream().map(PostImage::file).toList());
        assertEquals(List.of("ann1"), editor.post(0).sources());
        undo.undo();
        assertEquals(List.of("Hello world", "Second"), texts());
        undo.undo();
        assertTrue(editor.post(1).images().isEmpty());
    }

    @Test
    void moveDeleteAndAddUndoInOrder() {
        editor.add(Post.of("Third"));
        editor.move(2, 0);
        assertEquals(List.of("Third", "Hello world", "Second"), texts());
        editor.delete(1);
        assertEquals(List.of("Third", "Second"), texts());
        undo.undo();
        assertEquals(List.of("Third", "Hello world", "Second"), texts());
        undo.undo();
        assertEquals(List.of("Hello world", "Second", "Third"), texts());
        undo.undo();
        assertEquals(List.of("Hello world", "Second"), texts());
        undo.redo();
        undo.redo();
        assertEquals(List.of("Third", "Hello world", "Second"), texts());
    }

    @Test
    void imagesAreLimitedToFourAndAltTextCoalesces() {
        for (int i = 0; i < 3; i++) {
            editor.addImage(0, new PostImage("x" + i + ".png", ""));
        }
        ComposerException e = assertThrows(ComposerException.class, () -> editor.addImage(0, new PostImage("y.png", "")));
        assertEquals("A post can have at most 4 images.", e.getMessage());
        editor.setAlt(0, 0, "A");
        editor.setAlt(0, 0, "A chart");
        assertEquals("A chart", editor.post(0).images().get(0).alt());
        undo.undo();
        assertEquals("", editor.post(0).images().get(0).alt());
        editor.removeImage(0, 3);
        assertEquals(3, editor.post(0).images().size());
    }

    @Test
    void postsDroppedIntoAnEmptyThreadReplaceItsBlankPost() {
        PostThread blank = new PostThread("t2", null, List.of(), null, List.of(Post.of("")), Instant.EPOCH, Instant.EPOCH);
        ThreadEditor e = new ThreadEditor(blank);
        e.insert(1, List.of(Post.of("A"), Post.of("B")), "paper1");
        assertEquals(List.of("A", "B"), e.thread().posts().stream().map(Post::text).toList());
        assertEquals("paper1", e.thread().paperId());
        e.insert(1, List.of(Post.of("C")), "paper2");
        assertEquals(List.of("A", "C", "B"), e.thread().posts().stream().map(Post::text).toList());
        assertEquals("paper1", e.thread().paperId(), "the paper of a thread is not replaced");
    }

    @Test
    void platformsKeepAStableOrderAndUndo() {
        editor.setPlatform(Platform.X, true);
        editor.setPlatform(Platform.MASTODON, true);
        assertEquals(List.of("x", "bluesky", "mastodon"), editor.thread().platforms());
        assertEquals(List.of(Platform.X, Platform.BLUESKY, Platform.MASTODON), editor.platforms());
        editor.setPlatform(Platform.BLUESKY, false);
        assertEquals(List.of("x", "mastodon"), editor.thread().platforms());
        undo.undo();
        assertEquals(List.of("x", "bluesky", "mastodon"), editor.thread().platforms());
        assertEquals(ThreadChange.meta(), changes.get(changes.size() - 1));
    }

    @Test
    void splitToFitMakesEveryPartFitEveryPlatformAndKeepsTheWords() {
        String sentence = "Large language models can be steered with sparse autoencoder features "
                + "(see https://arxiv.org/abs/2406.04093 for details), which we test on #interpretability tasks. ";
        String text = sentence.repeat(9).strip();
        editor.setText(0, text);
        List<PlatformRules> rules = List.of(PlatformRules.of(Platform.X), PlatformRules.of(Platform.BLUESKY));
        int n = editor.splitToFit(0, rules);
        assertTrue(n > 3, "a 1,600-character text needs several posts, got " + n);
        assertEquals(n + 1, editor.size());
        for (int i = 0; i < n; i++) {
            for (PlatformRules r : rules) {
                assertTrue(r.fits(editor.post(i).text()), "post " + i + " fits " + r.platform());
            }
        }
        assertEquals(1, editor.post(0).images().size(), "images stay on the first part");
        String joined = editor.thread().posts().subList(0, n).stream().map(Post::text).collect(Collectors.joining(" "));
        assertEquals(text.replaceAll("\\s+", " "), joined.replaceAll("\\s+", " "));
        undo.undo();
        assertEquals(text, editor.post(0).text());
        assertEquals(1, editor.splitToFit(1, rules), "a fitting post stays whole");
    }
}
