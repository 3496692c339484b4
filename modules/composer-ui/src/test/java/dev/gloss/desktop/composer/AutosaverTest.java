package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
    @TempDir
    Path dir;

    private final ManualScheduler clock = new ManualScheduler();
    private final List<PostThread> saved = new ArrayList<>();
    private final List<WorkspaceException> failed = new ArrayList<>();

    private static PostThread thread(String text) {
        return new PostThread("draft1", null, List.of("bluesky"), null, List.of(Post.of(text)), Instant.EPOCH, Instant.EPOCH);
    }

    /** What a fresh process would read from disk. */
    private String onDisk() {
        return Workspace.open(dir).get(Kind.THREADS, "draft1").map(t -> t.posts().get(0).text()).orElse(null);
    }

    @Test
    void typingIsSavedOnceAfterThePause() {
        Workspace ws = Workspace.open(dir);
        Autosaver saver = new Autosaver(ws, clock, Duration.ofMillis(500), saved::add, failed::add);
        saver.changed(thread("H"));
        clock.advance(300);
        saver.changed(thread("He"));
        clock.advance(300);
        saver.changed(thread("Hel"));
        clock.advance(499);
        assertEquals(null, onDisk(), "nothing is written while typing goes on");
        assertTrue(saver.isDirty());
        assertEquals(1, clock.waiting(), "each keystroke replaces the pending save");
        clock.advance(1);
        assertEquals("Hel", onDisk());
        assertEquals(1, saved.size());
        assertFalse(saver.isDirty());
        assertEquals("Hel", saver.lastSaved().posts().get(0).text());
    }

    @Test
    void typingDuringASaveDoesNotBreakIt() throws Exception {
        Workspace ws = Workspace.open(dir);
        List<WorkspaceException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<PostThread> written = java.util.Collections.synchronizedList(new ArrayList<>());
        // the composer's own processor, with no wait: each keystroke cancels while a save is written
        Autosaver saver = new Autosaver(ws, ComposerTopComponent.SAVER, Duration.ZERO, written::add, failures::add);
        String big = "A long draft that takes a moment to write. ".repeat(20_000);
        for (int i = 0; i < 200; i++) {
            saver.changed(thread(big + i));
            Thread.sleep(1);
        }
        saver.flush().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of(), failures, "no save was interrupted");
        assertTrue(onDisk().endsWith("199"), "the last keystroke is on disk");
    }

    @Test
    void flushWritesAtOnceAndCancelsTheWait() throws Exception {
        Workspace ws = Workspace.open(dir);
        Autosaver saver = new Autosaver(ws, clock, Duration.ofMillis(500), saved::add, failed::add);
        saver.changed(thread("Typed then focus left"));
        var done = saver.flush();
        clock.runReady();
        assertTrue(done.isDone());
        assertEquals("Typed then focus left", onDisk());
        clock.advance(1000);
        assertEquals(1, saved.size(), "the cancelled debounce does not save again");
    }

    @Test
    void aFailedSaveIsReportedAndRetriedWithoutLosingTheDraft() throws Exception {
        Workspace ws = Workspace.open(dir);
        Autosaver saver = new Autosaver(ws, clock, Duration.ofMillis(500), saved::add, failed::add);
        // a file where the threads folder should be makes every save fail
        Files.writeString(dir.resolve("threads"), "not a folder");
        saver.changed(thread("Precious words"));
        clock.advance(500);
        assertEquals(1, failed.size());
        assertEquals("Cannot save thread draft1", dev.gloss.desktop.core.Sentences.of(failed.get(0)).split(":")[0], failed.get(0).getMessage());
        assertTrue(saver.isDirty(), "the draft is kept for the next attempt");
        Files.delete(dir.resolve("threads"));
        saver.flush();
        clock.runReady();
        assertEquals("Precious words", onDisk());
        assertFalse(saver.isDirty());
    }
}
