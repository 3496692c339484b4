package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.threads.Platform;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposerModelTest {
    @TempDir
    Path dir;

    private final ManualScheduler clock = new ManualScheduler();
    private Workspace ws;
    private ComposerModel model;
    private int switches;

    @BeforeEach
    void setUp() {
        ws = Workspace.open(dir);
        model = new ComposerModel(ws, clock);
        model.addSwitchListener(() -> switches++);
    }

    private PostThread reread(String id) {
        return Workspace.open(dir).get(Kind.THREADS, id).orElse(null);
    }

    @Test
    void quotingWithNoThreadOpenStartsOneOnThePaper() throws Exception {
        Paper p = Fixtures.paper(ws, "p1", "2406.04093", null);
        Annotation a = Fixtures.highlight(ws, p, 2, "Features steer behaviour.");
        Annotation clip = Fixtures.clip(ws, p, 4);
        model.quote(List.of(a, clip), -1);
        PostThread t = model.editor().thread();
        assertEquals("p1", t.paperId());
        assertEquals("Sparse Features in Practice", t.title());
        assertEquals(List.of("bluesky", "mastodon"), t.platforms());
        assertEquals(2, t.posts().size(), "the new thread holds the quotes and no empty post");
        assertEquals("\u201CFeatures steer behaviour.\u201D (p. 2)\nhttps://arxiv.org/abs/2406.04093", t.posts().get(0).text());
        assertEquals(clip.clip(), t.posts().get(1).images().get(0).file());
        assertEquals(1, switches);
        clock.advance(500);
        assertEquals(t.posts(), reread(t.id()).posts(), "the new thread is on disk after the pause");
    }

    @Test
    void quotingIntoAnOpenThreadInsertsWhereDroppedAndUndoes() {
        Paper p = Fixtures.paper(ws, "p1", null, "10.1/abc");
        PostThread t = model.newThread(null, List.of(Post.of("Intro"), Post.of("Outro")));
        model.quote(List.of(Fixtures.highlight(ws, p, 7, "Middle quote.")), 1);
        assertEquals(List.of("Intro", "\u201CMiddle quote.\u201D (p. 7)\nhttps://doi.org/10.1/abc", "Outro"),
                model.editor().thread().posts().stream().map(Post::text).toList());
        assertEquals("p1", model.editor().thread().paperId());
        assertSame(t.id(), model.editor().thread().id());
        model.undo().undo();
        assertEquals(2, model.editor().size());
        model.insertText("Dropped text", -1);
        assertEquals("Dropped text", model.editor().post(2).text());
    }

    @Test
    void aNewThreadIsForThePlatformsTheUserHasAccountsFor() {
        model.setDefaultPlatforms(List.of("bluesky", "mastodon"));
        assertEquals(List.of("bluesky", "mastodon"), model.newThread(null, List.of()).platforms(), "no account yet: the last choice");
        ws.save(Kind.ACCOUNTS, new AccountRef("a1", "mastodon", "https://mastodon.social", "reader"));
        ws.save(Kind.ACCOUNTS, new AccountRef("a2", "x", null, "@reader"));
        ws.save(Kind.ACCOUNTS, new AccountRef("a3", "mastodon", "https://fediscience.org", "reader"));
        ws.save(Kind.ACCOUNTS, new AccountRef("a4", "friendica", null, "reader"));
        assertEquals(List.of("x", "mastodon"), model.newThread(null, List.of()).platforms(),
                "each platform with an account once, in the chips' order; an unknown kind left out");
    }

    @Test
    void anUntouchedNewThreadIsNotSavedButTypingIs() {
        PostThread t = model.newThread(null, List.of());
        clock.advance(1000);
        assertNull(reread(t.id()));
        model.editor().setText(0, "First words");
        clock.advance(500);
        assertEquals("First words", reread(t.id()).posts().get(0).text());
        // emptying it again is a change worth saving too
        model.editor().setText(0, "");
        clock.advance(500);
        assertEquals("", reread(t.id()).posts().get(0).text());
    }

    @Test
    void openingAnotherThreadSavesThePreviousAndStartsAFreshHistory() {
        PostThread first = model.newThread(null, List.of(Post.of("One")));
        model.editor().setText(0, "One, edited");
        assertTrue(model.undo().canUndo());
        PostThread second = ws.save(Kind.THREADS, new PostThread("second00000000000000", "B", List.of("x"), null,
                List.of(Post.of("Two")), Instant.now(), Instant.now()));
        model.open(second);
        clock.runReady();
        assertEquals("One, edited", reread(first.id()).posts().get(0).text(), "saved when switching, without waiting");
        assertFalse(model.undo().canUndo());
        assertEquals(List.of(Platform.X), model.editor().platforms());
        assertEquals(List.of(280), model.rules().stream().map(r -> r.limit()).toList());
        model.open(null);
        assertNull(model.editor());
        assertTrue(model.rules().isEmpty());
    }

    @Test
    void aThreadDeletedElsewhereIsClosedAndNotSavedAgain() {
        PostThread t = model.newThread(null, List.of(Post.of("Draft")));
        clock.advance(500);
        model.editor().setText(0, "Draft, edited");   // pending when the other window deletes it
        PostThread onDisk = reread(t.id());
        ws.addListener(model::externalChange);
        ws.delete(Kind.THREADS, onDisk);
        assertNull(model.editor());
        clock.advance(1000);
        model.flush();
        clock.runReady();
        assertNull(reread(t.id()), "a deleted thread stays deleted");
    }

    @Test
    void aThreadChangedElsewhereIsShownWhenNothingHereIsUnsaved() {
        PostThread t = model.newThread(null, List.of(Post.of("Mine")));
        clock.advance(500);
        ws.addListener(model::externalChange);
        model.editor().setText(0, "Mine, typed on"); // saved below, so our own save is not "theirs"
        clock.advance(500);
        assertEquals("Mine, typed on", model.editor().post(0).text());
        ws.update(Kind.THREADS, t.id(), x -> x.withTitle("Renamed in another window", Instant.now()));
        assertEquals("Renamed in another window", model.editor().thread().title());
        assertEquals("Mine, typed on", model.editor().post(0).text());
    }

    @Test
    void threadsAreListedNewestFirst() {
        Instant t0 = Instant.parse("2025-03-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            ws.save(Kind.THREADS, new PostThread("thread" + i + "0000000000000", "T" + i, List.of(), null, List.of(),
                    t0.plusSeconds(i * 60L), t0));
        }
        assertEquals(List.of("T2", "T1", "T0"), model.threads().stream().map(PostThread::title).toList());
    }
}
