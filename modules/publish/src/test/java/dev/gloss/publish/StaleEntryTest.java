package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop keeps its {@link Workspace} open for hours while cron's {@code gloss queue publish}
 * opens another on the same folder and rewrites entries: the desktop must never act on the entry
 * it read before. Two workspaces on one folder, each with its own queue service.
 */
class StaleEntryTest {
    @TempDir
    Path tmp;
    Workspace desktopWs;
    Workspace cronWs;
    QueueService desktop;
    QueueService cron;
    AccountRef x;
    PostThread thread;

    @BeforeEach
    void setUp() {
        Path dir = tmp.resolve("ws");
        desktopWs = Workspace.open(dir);
        MutableClock clock = new MutableClock(Instant.parse("2025-03-25T10:00:00Z"), ZoneId.of("Europe/Berlin"));
        Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
        x = new Accounts(desktopWs, secrets, Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits())).addExport("x", "@gloss");
        thread = Fixtures.numbered(desktopWs, 2);
        desktop = QueueService.builder(desktopWs).clock(clock).secrets(secrets).http(Fixtures.transport()).build();
        cronWs = Workspace.open(dir);
        cron = QueueService.builder(cronWs).clock(clock).secrets(secrets).http(Fixtures.transport()).build();
    }

    @Test
    void anEntryPublishedByCronIsSeenAndNotDeletedByTheDesktop() {
        QueueEntry e = desktop.add(thread.id(), x.id(), When.parse("now", desktop.clock()));
        assertEquals(QueueState.SCHEDULED, desktop.list().get(0).state(), "the desktop has read it");
        List<WorkspaceEvent> told = new ArrayList<>();
        desktopWs.addListener(told::add);

        assertEquals(1, cron.publishDue().size());

        assertEquals(QueueState.PUBLISHED, desktop.get(e.id()).state(), "read from its file, not the desktop's copy");
        assertTrue(told.stream().anyMatch(ev -> ev.kind() == Kind.QUEUE && ev.change() == WorkspaceEvent.Change.CHANGED),
                "the queue window is told it changed");
        assertEquals(QueueState.PUBLISHED, desktop.list().get(0).state(), "the list shows it published too");
    }

    @Test
    void theDesktopDoesNotDeleteWhatCronPublishedAfterItListedIt() {
        QueueEntry e = desktop.add(thread.id(), x.id(), When.parse("now", desktop.clock()));
        desktop.list();
        assertEquals(1, cron.publishDue().size());
        // the desktop's cached copy says nothing is out; the file says it is published
        PublishSetupException refused = assertThrows(PublishSetupException.class, () -> deleteFromCache(e.id()));
        assertEquals(PublishSetupException.Reason.ALREADY_PUBLISHED, refused.reason());
        assertTrue(Files.exists(desktopWs.root().resolve("queue").resolve(e.id() + ".json")));
    }

    /** Undo of Add to Queue: the desktop calls delete with the id it shows. */
    private void deleteFromCache(String id) {
        desktop.delete(id);
    }

    @Test
    void anEntryCronQueuedAfterTheDesktopLoadedCanBePublishedFromTheDesktop() {
        desktop.list();
        QueueEntry e = cron.add(thread.id(), x.id(), When.parse("2025-03-30T12:00", cron.clock()));

        Outcome out = desktop.publishNow(e.id());

        assertEquals("published " + e.id(), out.line());
        assertEquals(QueueState.PUBLISHED, cron.get(e.id()).state());
    }

    @Test
    void theDesktopCannotCancelWhatCronPublishedAfterItListedIt() {
        QueueEntry e = desktop.add(thread.id(), x.id(), When.parse("now", desktop.clock()));
        desktop.list();
        assertEquals(1, cron.publishDue().size());

        PublishSetupException refused = assertThrows(PublishSetupException.class, () -> desktop.cancel(e.id()));

        assertEquals(PublishSetupException.Reason.ALREADY_PUBLISHED, refused.reason());
        assertEquals(QueueState.PUBLISHED, cronWs.reread(Kind.QUEUE, e.id()).orElseThrow().state());
    }

    @Test
    void anEntryCronRemovedIsGoneForTheDesktop() {
        QueueEntry e = desktop.add(thread.id(), x.id(), When.parse("2025-03-30T12:00", desktop.clock()));
        desktop.list();
        cron.delete(e.id());

        PublishSetupException gone = assertThrows(PublishSetupException.class, () -> desktop.get(e.id()));
        assertEquals(PublishSetupException.Reason.NO_SUCH_ENTRY, gone.reason());
        assertEquals(List.of(), desktop.list());
    }
}
