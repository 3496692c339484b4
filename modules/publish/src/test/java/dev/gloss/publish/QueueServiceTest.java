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
import dev.gloss.workspace.QueueTarget;
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
        assertEquals(1, Fixtures.only(done).attempts());
        assertEquals(3, Fixtures.only(done).posts().size());
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
        ws.update(Kind.QUEUE, a.id(), e -> Fixtures.withOnly(e, t -> t.withState(QueueState.PUBLISHING, clock.instant())));

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
        Reasoned kept = QueueFailures.of(Fixtures.only(queue.get(a.id()))).orElseThrow();
        assertEquals(PublishException.Reason.THREAD_GONE, kept.reason(), "kept in the entry, for the CLI and the desktop to phrase");
        assertEquals(List.of(thread.id()), kept.args());
        clock.advance(Duration.ofMinutes(5));
        QueueEntry again = queue.retry(a.id());
        assertEquals(QueueState.SCHEDULED, again.state());
        assertEquals(clock.instant(), again.timeOf(Fixtures.only(again)), "due now: its time had gone by");
        assertEquals(a.at(), again.at(), "the entry keeps its time");
        assertEquals(null, Fixtures.only(again).reason());
        assertEquals(null, Fixtures.only(again).failure());
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
        assertTrue(Files.notExists(ws.root().resolve(ExportPublisher.folder(a.id(), "x"))), "nothing was published");
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
        Reasoned kept = QueueFailures.of(Fixtures.only(Workspace.open(ws.root()).get(Kind.QUEUE, a.id()).orElseThrow())).orElseThrow();
        assertEquals(Reasoned.line(o.reason().reason(), o.reason().args()), Reasoned.line(kept.reason(), kept.args()),
                "read back from the file by another Gloss");

        Files.writeString(ws.root().resolve("queue").resolve("old.json"), "{\"id\":\"old\",\"threadId\":\"" + thread.id()
                + "\",\"accountId\":\"" + x.id() + "\",\"at\":\"" + clock.instant() + "\",\"zone\":\"UTC\",\"state\":\"FAILED\","
                + "\"reason\":\"The server did not answer.\",\"posts\":[],\"attempts\":1}");
        QueueEntry read = Workspace.open(ws.root()).get(Kind.QUEUE, "old").orElseThrow();
        assertEquals(java.util.Optional.empty(), QueueFailures.of(Fixtures.only(read)), "an older Gloss kept only a sentence");
        assertEquals("The server did not answer.", Fixtures.only(read).reason(), "shown as it is");
    }

    @Test
    void aReasonFromANewerGlossIsNamedAsUnknown() {
        QueueEntry a = queue.add(thread.id(), x.id(), When.parse("2025-06-01T09:00", clock));
        QueueEntry newer = ws.update(Kind.QUEUE, a.id(), e -> Fixtures.withOnly(e, t -> t.withFailure(new StoredReason(
                "PublishException.FROM_THE_FUTURE", List.of(new StoredReason.Value("x", null, null, null, null))), clock.instant())));
        Reasoned why = QueueFailures.of(Fixtures.only(newer)).orElseThrow();
        assertEquals(PublishException.Reason.UNKNOWN_REASON, why.reason());
        assertTrue(String.valueOf(why.args().get(0)).contains("FROM_THE_FUTURE"), why.args().toString());
    }

    @Test
    void aThreadIsQueuedOnceForOneAccountPerPlatform() throws Exception {
        AccountRef linkedin = accounts.addExport("linkedin", "me");
        AccountRef threads = accounts.addExport("threads", "@me");
        QueueEntry e = queue.add(thread.id(), List.of(x.id(), linkedin.id(), threads.id()), When.parse("2025-03-25T12:00", clock));

        assertEquals(List.of("x", "linkedin", "threads"), e.targets().stream().map(QueueTarget::platform).toList());
        assertEquals(List.of(e.id() + "-x", e.id() + "-linkedin", e.id() + "-threads"),
                e.targets().stream().map(QueueTarget::keyBase).toList(), "each target's keys are its own");
        assertEquals(List.of(), queue.publishDue());
        clock.advance(Duration.ofHours(1));

        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertEquals(List.of("x", "linkedin", "threads"), o.targets().stream().map(Outcome.Target::platform).toList());
        for (String p : List.of("x", "linkedin", "threads")) {
            Path dir = ws.root().resolve(ExportPublisher.folder(e.id(), p));
            assertTrue(Files.isRegularFile(dir.resolve("03.txt")), "exported for " + p);
            assertEquals(QueueState.PUBLISHED, queue.get(e.id()).target(p).orElseThrow().state());
        }
        assertTrue(Files.readString(ws.root().resolve(ExportPublisher.folder(e.id(), "linkedin")).resolve("CHECKLIST.md"))
                .contains("post to LinkedIn"));
        assertEquals(List.of(), queue.publishDue(), "published once");
    }

    @Test
    void twoAccountsOfOnePlatformAreRefused() {
        AccountRef another = accounts.addExport("x", "@other");
        PublishSetupException e = assertThrows(PublishSetupException.class,
                () -> queue.add(thread.id(), List.of(x.id(), another.id()), When.now()));
        assertEquals(PublishSetupException.Reason.ONE_ACCOUNT_PER_PLATFORM, e.reason());
        assertEquals(List.of("@gloss", "@other", "x"), e.args());
        assertEquals(PublishSetupException.Reason.NO_ACCOUNT_CHOSEN,
                assertThrows(PublishSetupException.class, () -> queue.add(thread.id(), List.<String>of(), When.now())).reason());
        assertTrue(ws.queue().isEmpty());
    }

    @Test
    void cancelAndRetryOnePlatformLeaveTheOthers() {
        AccountRef linkedin = accounts.addExport("linkedin", "me");
        QueueEntry e = queue.add(thread.id(), List.of(x.id(), linkedin.id()), When.now());

        QueueEntry cancelled = queue.cancel(e.id(), "linkedin");

        assertEquals(QueueState.CANCELLED, cancelled.target("linkedin").orElseThrow().state());
        assertEquals(QueueState.SCHEDULED, cancelled.target("x").orElseThrow().state());
        Outcome o = queue.publishDue().get(0);
        assertEquals(List.of("x"), o.targets().stream().map(Outcome.Target::platform).toList());
        assertEquals(QueueState.PUBLISHED, queue.get(e.id()).state(), "out where it was meant to go; the rest cancelled");
        assertTrue(Files.notExists(ws.root().resolve(ExportPublisher.folder(e.id(), "linkedin"))));

        PublishSetupException there = assertThrows(PublishSetupException.class, () -> queue.retry(e.id(), "x"));
        assertEquals(PublishSetupException.Reason.ALREADY_PUBLISHED_THERE, there.reason());
        assertEquals(List.of("retry", e.id(), "x"), there.args());
        assertEquals(PublishSetupException.Reason.NO_SUCH_TARGET,
                assertThrows(PublishSetupException.class, () -> queue.retry(e.id(), "bluesky")).reason());

        clock.advance(Duration.ofMinutes(3));
        QueueEntry again = queue.retry(e.id());
        QueueTarget li = again.target("linkedin").orElseThrow();
        assertEquals(QueueState.SCHEDULED, li.state(), "a cancelled platform can be scheduled again");
        assertEquals(clock.instant(), again.timeOf(li));
        assertEquals(e.at(), again.timeOf(again.target("x").orElseThrow()), "X went out at the entry's time");
        assertEquals(List.of("linkedin"), queue.publishDue().get(0).targets().stream().map(Outcome.Target::platform).toList());
        assertTrue(queue.get(e.id()).isAllPublished());
        assertEquals("ALREADY_PUBLISHED [cancel, " + e.id() + "]",
                assertThrows(PublishSetupException.class, () -> queue.cancel(e.id())).getMessage());
    }

    @Test
    void rescheduledWhenOnePlatformIsOutTheRestMoveAndTheOneOutKeepsItsTime() {
        AccountRef linkedin = accounts.addExport("linkedin", "me");
        QueueEntry e = queue.add(thread.id(), List.of(x.id(), linkedin.id()), When.now());
        queue.cancel(e.id(), "linkedin");
        queue.publishDue();

        QueueEntry moved = queue.reschedule(e.id(), When.parse("2025-04-01T08:30", clock));

        assertEquals(Instant.parse("2025-04-01T06:30:00Z"), moved.at());
        assertEquals(QueueState.SCHEDULED, moved.target("linkedin").orElseThrow().state());
        assertEquals(Instant.parse("2025-04-01T06:30:00Z"), moved.timeOf(moved.target("linkedin").orElseThrow()));
        assertEquals(e.at(), moved.timeOf(moved.target("x").orElseThrow()), "X went out when it went out");
        assertEquals(List.of(), queue.publishDue());
    }

    @Test
    void theNextFreeSlotIsFreeForEveryAccountChosen() {
        new SlotPlan(List.of(WeeklySlot.parse("MONDAY", "09:00", "Europe/Berlin"))).save(ws);
        AccountRef linkedin = accounts.addExport("linkedin", "me");
        queue.add(thread.id(), linkedin.id(), When.nextSlot());

        QueueEntry both = queue.add(thread.id(), List.of(x.id(), linkedin.id()), When.nextSlot());

        assertEquals(Instant.parse("2025-04-07T07:00:00Z"), both.at(), "LinkedIn's Monday is taken: the one after");
        assertEquals(Instant.parse("2025-03-31T07:00:00Z"), queue.nextFreeSlot(x.id()).orElseThrow().toInstant(),
                "X alone is still free on the first Monday");
    }

    @Test
    void anEntryIsRemovedOnlyWhileNothingOfItIsOut() {
        AccountRef linkedin = accounts.addExport("linkedin", "me");
        QueueEntry undone = queue.add(thread.id(), List.of(x.id(), linkedin.id()), When.parse("2025-03-26T09:00", clock));
        queue.delete(undone.id());
        assertTrue(ws.get(Kind.QUEUE, undone.id()).isEmpty(), "queueing undone");

        QueueEntry e = queue.add(thread.id(), List.of(x.id(), linkedin.id()), When.now());
        queue.cancel(e.id(), "linkedin");
        queue.publishDue();
        PublishSetupException refused = assertThrows(PublishSetupException.class, () -> queue.delete(e.id()));
        assertEquals(PublishSetupException.Reason.ALREADY_PUBLISHED, refused.reason());
        assertEquals(List.of("remove", e.id()), refused.args());
        assertTrue(ws.get(Kind.QUEUE, e.id()).isPresent(), "what went out stays on record");
    }
}
