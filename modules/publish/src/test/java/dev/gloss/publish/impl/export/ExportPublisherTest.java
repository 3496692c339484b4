package dev.gloss.publish.impl.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.Accounts;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.MutableClock;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.When;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** X, LinkedIn and Threads get ready-to-paste files and a checklist. */
class ExportPublisherTest {
    @TempDir
    Path tmp;

    @Test
    void aThreadForXIsWrittenAsFilesWithAChecklist() throws Exception {
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        MutableClock clock = new MutableClock(Instant.parse("2025-10-27T08:00:00Z"), ZoneId.of("Europe/Berlin"));
        Accounts accounts = new Accounts(ws, Fixtures.secrets(tmp.resolve("s")), Fixtures.transport(),
                Fixtures.fastRetry(new Fixtures.Waits()));
        AccountRef x = accounts.addExport("x", "gloss_dev");
        Path png = Fixtures.png(ws.root().resolve("clips/fig.png"), 40, 30);
        PostThread thread = Fixtures.thread(ws, "Attention, again", List.of(
                Post.of("1/3 A thread about attention. https://arxiv.org/abs/1706.03762"),
                Fixtures.withImage("2/3 The figure.", "clips/fig.png", "Figure 1: the architecture."),
                Post.of("3/3 The end.")));
        QueueService q = QueueService.builder(ws).clock(clock).secrets(Fixtures.secrets(tmp.resolve("s"))).build();

        QueueEntry e = q.add(thread.id(), x.id(), When.now());
        Outcome o = q.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        Path dir = ws.root().resolve("exports").resolve(e.id()).resolve("x");
        assertEquals("1/3 A thread about attention. https://arxiv.org/abs/1706.03762", Files.readString(dir.resolve("01.txt")));
        assertEquals("2/3 The figure.", Files.readString(dir.resolve("02.txt")));
        assertEquals("3/3 The end.", Files.readString(dir.resolve("03.txt")));
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(dir.resolve("02-1.png")));
        String checklist = Files.readString(dir.resolve("CHECKLIST.md"));
        assertTrue(checklist.startsWith("# Attention, again — post to X\n"), checklist);
        assertTrue(checklist.contains("Scheduled for Monday 27 October 2025, 09:00 CET as gloss_dev."), checklist);
        assertTrue(checklist.contains("- [ ] Post 1: paste `01.txt` (53 of 280 characters)\n"), checklist);
        assertTrue(checklist.contains("- [ ] Post 2: paste `02.txt` (15 of 280 characters) as a reply to post 1\n"), checklist);
        assertTrue(checklist.contains("  - [ ] attach `02-1.png` with alt text: Figure 1: the architecture.\n"), checklist);
        assertEquals("1/3 A thread about attention. https://arxiv.org/abs/1706.03762\n---\n2/3 The figure.\n---\n3/3 The end.\n",
                Files.readString(dir.resolve("thread.txt")));
        QueueEntry done = q.get(e.id());
        assertEquals("exports/" + e.id() + "/x/02.txt", Fixtures.only(done).posts().get(1).remoteId());
    }

    @Test
    void aPostTooLongForThePlatformIsRefusedWhenQueued() {
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        Accounts accounts = new Accounts(ws, Fixtures.secrets(tmp.resolve("s")), Fixtures.transport(),
                Fixtures.fastRetry(new Fixtures.Waits()));
        AccountRef threads = accounts.addExport("threads", null);
        PostThread thread = Fixtures.thread(ws, "long", List.of(Post.of("word ".repeat(120))));
        QueueService q = QueueService.builder(ws).secrets(Fixtures.secrets(tmp.resolve("s"))).build();

        PublishSetupException e = org.junit.jupiter.api.Assertions.assertThrows(PublishSetupException.class,
                () -> q.add(thread.id(), threads.id(), When.now()));
        assertEquals(List.of(new dev.gloss.threads.ThreadChecks.Problem(dev.gloss.threads.ThreadChecks.Reason.TOO_LONG, 1,
                List.of(600, "Threads", 500))), e.problems());
    }
}
