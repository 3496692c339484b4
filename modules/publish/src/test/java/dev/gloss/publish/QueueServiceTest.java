package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.gloss.publish.impl.export.ExportPublisher;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.StoredReason;
import dev.gloss.workspace.WorkspaceException;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.ObjectLock;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's life cycle with the export publisher (no network): times, states, locks. */
class QueueServiceTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path tmp;
    Workspace ws;
    MutableClock clock;
    QueueService queue;
    Accounts accounts;
    AccountRef x;
    PostThread thread;

    @BeforeEach
    void setUp() {
        ws = Workspace.open(tmp.resolve("ws"));
        clock = new MutableClock(Instant.parse("2025-03-25T10:00:00Z"), BERLIN); // a Tuesday
        Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
        queue = QueueService.builder(ws).clock(clock).secrets(secrets).http(Fixtures.transport())
                .retry(Fixtures.fastRetry(new Fixtures.Waits())).build();
        accounts = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits()));
        x = accounts.addExport("x", "@gloss");
        thread = Fixtures.numbered(ws, 3);
    }

    @Test
    void anEntryWaitsForItsTimeThenPublishes() {
        QueueEntry e = queue.add(thread.id(), x.id(), When.parse("2025-03-25T12:00", clock));
        assertEquals(Instant.parse("2025-03-25T11:00:00Z"), e.at());
        assertEquals("Europe/Berlin", e.zone());
        assertEquals(QueueState.SCHEDULED, e.state());

        assertEquals(List.of(), queue.publishDue(), "not due yet");
        clock.advance(Duration.ofHours(1));
        List<Outcome> out = queue.publishDue();

        assertEquals(1, out.size());
        assertEquals("published " + e.id(), out.get(0).line());
        QueueEntry done = queue.get(e.id());
        assertEquals(QueueState.PUBLISHED, done.state());
        assertEquals(1, done.attempts());
        assertEquals(3, done.posts().size());
        assertEquals(List.of(), queue.publishDue(), "published once");
    }

    @Test
    void nextSlotTakesTheNextFreeSlotOfTheSameAccount() {
        new SlotPlan(List.of(WeeklySlot.parse("MONDAY", "09:00", "Europe/Berlin"))).save(ws);
        AccountRef other = accounts.addExport("linkedin", "me");
        assertEquals(Instant.parse("2025-03-31T07:00:00Z"), queue.nextFreeSlot(x.id()).orElseThrow().toInstant(),
                "what the dialog offers is where the entry goes");

        QueueEntry a = queue.add(thread.id(), x.id(), When.nextSlot());
        assertEquals(Instant.parse("2025-04-07T07:00:00Z"), queue.nextFreeSlot(x.id()).orElseThrow().toInstant());
        assertEquals(a.at(), queue.nextFreeSlot(other.id()).orElseThrow().toInstant());
        QueueEntry b = queue.add(thread.id(), x.id(), When.nextSlot());
        QueueEntry c = queue.add(thread.id(), other.id(), When.nextSlot());

        assertEquals(Instant.parse("2025-03-31T07:00:00Z"), a.at(), "Monday 09:00 CEST");
        assertEquals(Instant.parse("2025-04-07T07:00:00Z"), b.at(), "the week after: the first is taken");
        assertEquals(a.at(), c.at(), "another account may use the same slot");
        assertEquals("Europe/Berlin", a.zone());
    }

    @Test
    void nextSlotWithoutSlotsSaysHowToAddOne() {
        assertTrue(queue.nextFreeSlot(x.id()).isEmpty());
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> queue.add(thread.id(), x.id(), When.nextSlot()));
        assertEquals(PublishSetupException.Reason.NO_SLOTS, e.reason());
    }

    @Test
    void unknownThreadsAndAccountsAreNamed() {
        assertEquals("NO_SUCH_THREAD [nothere]", assertThrows(PublishSetupException.class,
                () -> queue.add("nothere", x.id(), When.now())).getMessage());
        assertEquals("NO_SUCH_ACCOUNT [nobody]", assertThrows(PublishSetupException.class,
                () -> queue.add(thread.id(), "nobody", When.now())).getMessage());
        assertEquals("NO_SUCH_ENTRY [zzz]", assertThrows(PublishSetupException.class, () -> queue.cancel("zzz")).getMessage());
    }

    @Test
    void cancelledEntriesAreNotPublishedAndPublishedOnesCannotBeCancelled() {
        QueueEntry a = queue.add(thread.id(), x.id(), When.now());
        QueueEntry b = queue.add(thread.id(), x.id(), When.now());
        assertEquals(QueueState.CANCELLED, queue.cancel(a.id()).state());

        List<Outcome> out = queue.publishDue();

        assertEquals(1, out.size());
        assertEquals(b.id(), out.get(0).entryId());
        assertEquals(QueueState.CANCELLED, queue.get(a.id()).state());
        assertEquals("ALREADY_PUBLISHED [cancel, " + b.id() + "]",
                assertThrows(PublishSetupException.class, () -> queue.cancel(b.id())).getMessage());
    }

    @Test
    void rescheduleMovesTheTime() {
        QueueEntry a = queue.add(thread.id(), x.id(), When.now());
        QueueEntry moved = queue.reschedule(a.id(), When.parse("2025-04-01T08:30", clock));
        assertEquals(Instant.parse("2025-04-01T06:30:00Z"), moved.at());
        assertEquals(List.of(), queue.publishDue());
    }

    @Test
    void anEntryHeldByAnotherPublisherIsSkippedAndCannotBeChanged() throws Exception {
        QueueEntry a = queue.add(thread.id(), x.id(), When.now());
        Workspace other = Workspace.open(ws.root());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (ObjectLock l = other.tryLock(QueueService.lockName(a.id())).orElseThrow()) {
                held.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holder.start();
        try {
            held.await();
            List<Outcome> out = queue.publishDue();
            assertEquals(Outcome.Result.SKIPPED, out.get(0).result());
            assertEquals(new Outcome.Skipped(Outcome.Skipped.Reason.BEING_PUBLISHED_ELSEWHERE), out.get(0).reason());
            assertEquals("BEING_PUBLISHED [" + a.id() + "]",
                    assertThrows(PublishSetupException.class, () -> queue.cancel(a.id())).getMessage());
        } finally {
            release.countDown();
            holder.join();
        }
        assertEquals(QueueState.SCHEDULED, queue.get(a.id()).state());
        assertEquals(Outcome.Result.PUBLISHED, queue.publishDue().get(0).result());
    }

    @Test
    void anEntryLeftPublishingByADeadRunIsResumed() {
        QueueEntry a = queue.add(thread.id(), x.id(), When.now());
        ws.update(Kind.QUEUE, a.id(), e -> e.withState(QueueState.PUBLISHING, clock.instant()));

        assertEquals(Outcome.Result.PUBLISHED, queue.publishDue().get(0).result());
    }

    @Test
    void aThreadDeletedBeforeItsTimeFailsTheEntryWithTheReasonAndRetryReschedulesIt() {
        QueueEntry a = queue.add(thread.id(), x.id(), When.now());
        ws.delete(Kind.THREADS, thread);

        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(PublishException.Reason.THREAD_GONE, o.reason().reason());
        assertEquals(List.of(thread.id()), o.reason().args());
        Reasoned kept = QueueFailures.of(queue.get(a.id())).orElseThrow();
        assertEquals(PublishException.Reason.THREAD_GONE, kept.reason(), "kept in the entry, for the CLI and the desktop to phrase");
        assertEquals(List.of(thread.id()), kept.args());
        clock.advance(Duration.ofMinutes(5));
        QueueEntry again = queue.retry(a.id());
        assertEquals(QueueState.SCHEDULED, again.state());
        assertEquals(clock.instant(), again.at());
        assertEquals(null, again.reason());
        assertEquals(null, again.failure());
    }

    @Test
    void publishNowIgnoresTheTime() {
        QueueEntry a = queue.add(thread.id(), x.id(), When.parse("2025-06-01T09:00", clock));
        assertEquals(Outcome.Result.PUBLISHED, queue.publishNow(a.id()).result());
        assertNotEquals(QueueState.SCHEDULED, queue.get(a.id()).state());
        assertTrue(queue.due().isEmpty());
        assertEquals(clock.instant(), queue.get(a.id()).at(), "listed when it went out, not at its slot");
    }

    @Test
    void anEntryWhoseFileCannotBeReadIsSkippedForThatReasonAndLeftUntouched() throws Exception {
        QueueEntry a = queue.add(thread.id(), x.id(), When.now());
        Path file = ws.root().resolve("queue").resolve(a.id() + ".json");
        Files.writeString(file, Files.readString(file) + ">>>>>>> theirs\n"); // a merge left this behind
        byte[] before = Files.readAllBytes(file);

        Outcome o = queue.publishNow(a.id());

        assertEquals(Outcome.Result.SKIPPED, o.result());
        assertEquals(WorkspaceException.Reason.UNREADABLE, o.reason().reason(), "not \"it no longer exists\": " + o.line());
        assertEquals(FileFailure.Reason.NOT_JSON_AT_LINE, ((Reasoned) o.reason().args().get(2)).reason());
        assertArrayEquals(before, Files.readAllBytes(file), "left as it was");
        assertTrue(Files.notExists(ws.root().resolve(ExportPublisher.folder(a.id()))), "nothing was published");
    }

    @Test
    void aFailureIsKeptAsItsReasonAndAnOldSentenceStillShows() throws Exception {
        QueueEntry a = queue.add(thread.id(), x.id(), When.now());
        ws.update(Kind.THREADS, thread.id(), t -> t.withPosts(List.of(Post.of("x".repeat(400))), clock.instant()));

        Outcome o = queue.publishDue().get(0);

        assertEquals(PublishException.Reason.NO_LONGER_FITS, o.reason().reason(), o::line);
        String json = Files.readString(ws.root().resolve("queue").resolve(a.id() + ".json"));
        assertTrue(json.contains("\"reason\" : \"PublishException.NO_LONGER_FITS\""), json);
        assertTrue(json.contains("\"reason\" : \"ThreadChecks.TOO_LONG\""), "the problem kept as its reason: " + json);
        Reasoned kept = QueueFailures.of(Workspace.open(ws.root()).get(Kind.QUEUE, a.id()).orElseThrow()).orElseThrow();
        assertEquals(Reasoned.line(o.reason().reason(), o.reason().args()), Reasoned.line(kept.reason(), kept.args()),
                "read back from the file by another Gloss");

        QueueEntry old = new QueueEntry("old", thread.id(), x.id(), clock.instant(), "UTC", QueueState.FAILED,
                "The server did not answer.", List.of(), 1, clock.instant(), clock.instant());
        ws.save(Kind.QUEUE, old);
        QueueEntry read = Workspace.open(ws.root()).get(Kind.QUEUE, "old").orElseThrow();
        assertEquals(java.util.Optional.empty(), QueueFailures.of(read), "an older Gloss kept only a sentence");
        assertEquals("The server did not answer.", read.reason(), "shown as it is");
    }

    @Test
    void aReasonFromANewerGlossIsNamedAsUnknown() {
        QueueEntry a = queue.add(thread.id(), x.id(), When.parse("2025-06-01T09:00", clock));
        QueueEntry newer = ws.update(Kind.QUEUE, a.id(), e -> e.withFailure(new StoredReason("PublishException.FROM_THE_FUTURE",
                List.of(new StoredReason.Value("x", null, null, null, null))), clock.instant()));
        Reasoned why = QueueFailures.of(newer).orElseThrow();
        assertEquals(PublishException.Reason.UNKNOWN_REASON, why.reason());
        assertTrue(String.valueOf(why.args().get(0)).contains("FROM_THE_FUTURE"), why.args().toString());
    }
}
