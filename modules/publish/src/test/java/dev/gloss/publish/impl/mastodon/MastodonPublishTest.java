package dev.gloss.publish.impl.mastodon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.Accounts;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.QueueFailures;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.Secrets;
import dev.gloss.publish.When;
import dev.gloss.net.RemoteException;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing to a protocol-faithful Mastodon test server, with the failure cases of the real one. */
class MastodonPublishTest {
    static final String TOKEN = "tok-alice-0123456789";

    @TempDir
    Path tmp;
    FakeMastodon server;
    Workspace ws;
    Secrets secrets;
    Fixtures.Waits waits;
    AccountRef account;
    QueueService queue;

    @BeforeEach
    void setUp() throws Exception {
        server = new FakeMastodon().account("alice", TOKEN).maxCharacters(500);
        ws = Workspace.open(tmp.resolve("ws"));
        secrets = Fixtures.secrets(tmp.resolve("secrets"));
        waits = new Fixtures.Waits();
        account = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits))
                .addMastodon(server.url().toString(), TOKEN.toCharArray());
        queue = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** Each status after the first replies to the one before. */
    static void assertChain(List<FakeMastodon.Status> st) {
        assertNull(st.get(0).inReplyToId());
        for (int i = 1; i < st.size(); i++) {
            assertEquals(st.get(i - 1).id(), st.get(i).inReplyToId(), "status " + (i + 1) + " replies to " + i);
        }
    }

    @Test
    void addingAnAccountReadsTheHandleAndTheInstanceLimit() {
        assertEquals("mastodon", account.kind());
        assertEquals("alice@localhost", account.handle());
        assertEquals(500, account.maxCharacters());
        assertEquals(server.url().toString(), account.service());
        assertEquals(TOKEN, new String(secrets.credential(account.id()).orElseThrow()));
        assertFalse(Files.exists(ws.root().resolve("accounts").resolve(account.id() + ".json")) && readAccount().contains(TOKEN),
                "no secret in the workspace");
    }

    /** The server's host and port, as failures name it. */
    private String host() {
        return "localhost:" + server.url().getPort();
    }

    private String readAccount() {
        try {
            return Files.readString(ws.root().resolve("accounts").resolve(account.id() + ".json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anAccountThatWantsNumberingGetsEachPostNumbered() throws Exception {
        account = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits)).setNumbering(account.id(), true);
        assertTrue(ws.get(dev.gloss.workspace.Kind.ACCOUNTS, account.id()).orElseThrow().numbered(), readAccount());
        PostThread thread = Fixtures.thread(ws, "numbered", List.of(Post.of("First post #research  "), Post.of("Second post"),
                Post.of("Third post https://example.com/x")));

        queue.add(thread.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertEquals(List.of("First post #research 1/3", "Second post 2/3", "Third post https://example.com/x 3/3"),
                server.statuses().stream().map(FakeMastodon.Status::text).toList());
        assertEquals("First post #research  ", ws.get(dev.gloss.workspace.Kind.THREADS, thread.id()).orElseThrow().posts().get(0).text(),
                "the saved thread keeps its text without the numbers");
        AccountRef again = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits))
                .addMastodon(server.url().toString(), TOKEN.toCharArray());
        assertTrue(again.numbered(), "adding the account again keeps its numbering");
    }

    @Test
    void aFivePostThreadWithAnImageGoesOutAsARepliesChain() throws Exception {
        server.slowMedia();
        Path png = Fixtures.png(ws.root().resolve("img/chart.png"), 64, 48);
        List<Post> posts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            posts.add(i == 2 ? Fixtures.withImage("2/5 The chart: https://example.com/chart", "img/chart.png", "A bar chart of results.")
                    : Post.of(i + "/5 Post number " + i + " #research"));
        }
        PostThread thread = Fixtures.thread(ws, "five", posts);

        QueueEntry e = queue.add(thread.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        List<FakeMastodon.Status> st = server.statuses();
        assertEquals(5, st.size());
        assertChain(st);
        for (int i = 0; i < 5; i++) {
            assertEquals(posts.get(i).text(), st.get(i).text());
        }
        FakeMastodon.Media m = server.media(st.get(1).mediaIds().get(0));
        assertEquals("A bar chart of results.", m.description());
        assertEquals("image/png", m.mimeType());
        assertArrayEquals(Files.readAllBytes(png), m.bytes());
        QueueEntry saved = queue.get(e.id());
        assertEquals(QueueState.PUBLISHED, saved.state());
        for (int i = 0; i < 5; i++) {
            assertEquals(st.get(i).id(), Fixtures.only(saved).posts().get(i).remoteId());
            assertEquals(st.get(i).idempotencyKey(), Fixtures.only(saved).posts().get(i).key(), "the saved key was sent");
            assertTrue(Fixtures.only(saved).posts().get(i).url().endsWith("/" + st.get(i).id()));
        }
        assertTrue(server.count("GET /api/v1/media/") >= 2, "waited for the image to be processed");
    }

    @Test
    void aLostResponseIsAnsweredFromTheIdempotencyKey() {
        PostThread thread = Fixtures.numbered(ws, 5);
        server.loseResponse("/api/v1/statuses", 3, false);

        queue.add(thread.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertEquals(5, server.statuses().size(), "exactly five statuses");
        assertChain(server.statuses());
        assertEquals(6, server.count("POST /api/v1/statuses"), "post 3 was sent twice, with the same key");
    }

    @Test
    void aRunThatDiesAfterALostResponseResumesWithoutDuplicates() {
        PostThread thread = Fixtures.numbered(ws, 5);
        server.loseResponse("/api/v1/statuses", 3, true);

        QueueEntry e = queue.add(thread.id(), account.id(), When.now());
        Outcome first = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, first.result());
        assertEquals(PublishException.Reason.NOT_TAKEN, first.reason().reason(), first::line);
        assertEquals(List.of("Mastodon", "@alice@localhost", host(), 3, 5), first.reason().args().subList(0, 5));
        assertEquals(3, server.statuses().size());
        QueueEntry failed = queue.get(e.id());
        assertFalse(Fixtures.only(failed).posts().get(2).exists());

        server.online();
        queue.retry(e.id());
        Outcome second = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, second.result(), second::line);
        assertEquals(5, server.statuses().size(), "exactly five statuses after the rerun");
        assertChain(server.statuses());
        assertEquals(Fixtures.only(failed).posts().get(2).key(), server.statuses().get(2).idempotencyKey());
    }

    @Test
    void aTimedOutRequestIsRetriedWithTheSameKey() {
        PostThread thread = Fixtures.numbered(ws, 2);
        server.stallStatuses(1, 3000);
        QueueService impatient = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                .http(new dev.gloss.net.HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(1), Clock.systemUTC()))
                .retry(Fixtures.fastRetry(waits)).build();

        impatient.add(thread.id(), account.id(), When.now());
        Outcome o = impatient.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertEquals(List.of(Duration.ofSeconds(2)), waits.waits, "one retry after the timeout");
        assertEquals(3, server.count("POST /api/v1/statuses"));
        assertEquals(2, server.statuses().size(), "the slow request and its retry made one status");
        assertChain(server.statuses());
    }

    @Test
    void rateLimitsAreWaitedOutAsTheServerAsks() {
        PostThread thread = Fixtures.numbered(ws, 2);
        server.failNext("/api/v1/statuses", 429, "7");

        queue.add(thread.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertEquals(List.of(Duration.ofSeconds(7)), waits.waits);
        assertEquals(2, server.statuses().size());
    }

    @Test
    void aRateLimitLongerThanTwoMinutesFailsTheEntryAndSaysHowLongToWait() {
        PostThread thread = Fixtures.numbered(ws, 2);
        server.failNext("/api/v1/statuses", 429, "3600");

        queue.add(thread.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(List.of("Mastodon", "@alice@localhost", host(), 1, 2), o.reason().args().subList(0, 5), o::line);
        RemoteException said = (RemoteException) o.reason().args().get(5);
        assertEquals(RemoteException.Reason.SAID, said.reason());
        assertEquals(List.of("Too many requests", 429, 3600L, 60L), said.args(), "the wait, in seconds and in minutes");
        assertTrue(waits.waits.isEmpty(), "an hour is not waited out inside a run");
        assertTrue(server.statuses().isEmpty());
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenFailTheEntry() {
        PostThread thread = Fixtures.numbered(ws, 2);
        server.failNext("/api/v1/statuses", 503, null).failNext("/api/v1/statuses", 502, null);

        QueueEntry e = queue.add(thread.id(), account.id(), When.now());
        assertEquals(Outcome.Result.PUBLISHED, queue.publishDue().get(0).result());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), waits.waits);

        PostThread more = Fixtures.numbered(ws, 1);
        for (int i = 0; i < 4; i++) {
            server.failNext("/api/v1/statuses", 500, null);
        }
        QueueEntry e2 = queue.add(more.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);
        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(List.of("Internal server error", 500, 0L, 0L), ((Reasoned) o.reason().args().get(5)).args(), o::line);
        assertEquals(QueueState.PUBLISHED, queue.get(e.id()).state());
        assertEquals(QueueState.FAILED, queue.get(e2.id()).state());
    }

    @Test
    void aClientErrorFailsTheEntryAtOnceWithTheServersMessage() {
        server.maxCharacters(20); // the instance lowered its limit after the account was added
        PostThread thread = Fixtures.numbered(ws, 2);

        QueueEntry e = queue.add(thread.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(List.of("Mastodon", "@alice@localhost", host(), 1, 2), o.reason().args().subList(0, 5), o::line);
        assertEquals(List.of("Validation failed: Text character limit of 20 exceeded", 422, 0L, 0L),
                ((Reasoned) o.reason().args().get(5)).args());
        assertEquals(1, server.count("POST /api/v1/statuses"), "no retry of a 4xx");
        assertTrue(waits.waits.isEmpty());
        Reasoned kept = QueueFailures.of(Fixtures.only(queue.get(e.id()))).orElseThrow();
        assertEquals(Reasoned.line(o.reason().reason(), o.reason().args()), Reasoned.line(kept.reason(), kept.args()),
                "the entry keeps the same reason and values");
    }

    @Test
    void aRevokedTokenFailsTheEntryWithAClearReason() {
        server.revoke(TOKEN);
        PostThread thread = Fixtures.numbered(ws, 2);

        queue.add(thread.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(PublishException.Reason.TOKEN_REJECTED, o.reason().reason(), o::line);
        assertEquals(List.of("@alice@localhost", host(), "The access token is invalid"), o.reason().args());
        assertFalse(o.line().contains(TOKEN));
        assertFalse(Fixtures.only(queue.list().get(0)).failure().toString().contains(TOKEN));
        assertTrue(server.statuses().isEmpty());
    }

    @Test
    void aWrongTokenIsRefusedWhenAddingTheAccount() {
        Accounts accounts = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits));
        PublishSetupException e = assertThrows(PublishSetupException.class,
                () -> accounts.addMastodon(server.url().toString(), "nope".toCharArray()));
        assertEquals(PublishSetupException.Reason.TOKEN_REFUSED, e.reason());
        assertEquals("The access token is invalid", e.args().get(1), "the server's own words");
        assertEquals(1, ws.accounts().size());
    }

    @Test
    void aThreadTooLongForTheInstanceIsRefusedWhenQueued() {
        PostThread thread = Fixtures.thread(ws, "long", List.of(Post.of("x".repeat(501))));
        PublishSetupException e = assertThrows(PublishSetupException.class, () -> queue.add(thread.id(), account.id(), When.now()));
        assertEquals(List.of(new ThreadChecks.Problem(ThreadChecks.Reason.TOO_LONG, 1, List.of(501, "Mastodon", 500))), e.problems());
        assertTrue(ws.queue().isEmpty());
    }

    @Test
    void twoPublishersAtOncePublishTheEntryOnce() throws Exception {
        server.delayStatuses(150);
        PostThread thread = Fixtures.numbered(ws, 4);
        queue.add(thread.id(), account.id(), When.now());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Outcome>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            QueueService q = QueueService.builder(Workspace.open(ws.root())).clock(Clock.systemDefaultZone()).secrets(secrets)
                    .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
            runs.add(pool.submit(() -> {
                go.await();
                return q.publishDue();
            }));
        }
        go.countDown();
        List<Outcome.Result> results = new ArrayList<>();
        for (Future<List<Outcome>> f : runs) {
            f.get(1, TimeUnit.MINUTES).forEach(o -> results.add(o.result()));
        }
        pool.shutdown();

        assertEquals(List.of(Outcome.Result.PUBLISHED, Outcome.Result.SKIPPED),
                results.stream().sorted().toList());
        assertEquals(4, server.statuses().size());
        assertEquals(4, server.count("POST /api/v1/statuses"));
    }

    @Test
    void repliesAreUnlistedAndEveryStatusCarriesLanguageAndContentWarning() {
        PostThread thread = Fixtures.numbered(ws, 3);
        ws.save(dev.gloss.workspace.Kind.THREADS, thread.withPublishing(null, "Spoilers for the results", java.time.Instant.now()));

        QueueEntry e = queue.add(thread.id(), account.id(), When.now());
        assertEquals(Outcome.Result.PUBLISHED, queue.publishDue().get(0).result());

        List<FakeMastodon.Status> st = server.statuses();
        assertEquals(List.of("public", "unlisted", "unlisted"), st.stream().map(FakeMastodon.Status::visibility).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals("en", st.get(i).language(), "detected from the text");
            assertEquals("Spoilers for the results", st.get(i).spoilerText());
            assertEquals(MastodonPublisher.key(e.id() + "-mastodon", i), st.get(i).idempotencyKey(), "the key is the target's (entry and platform) and the post's");
        }
    }

    @Test
    void anAccountCanMakeItsRepliesPublic() {
        AccountRef pub = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits))
                .addMastodon(server.url().toString(), TOKEN.toCharArray(), "public");
        assertEquals(account.id(), pub.id(), "the same account, its setting changed");
        queue.add(Fixtures.numbered(ws, 2).id(), pub.id(), When.now());
        assertEquals(Outcome.Result.PUBLISHED, queue.publishDue().get(0).result());
        assertEquals(List.of("public", "public"), server.statuses().stream().map(FakeMastodon.Status::visibility).toList());
    }

    @Test
    void imagesAndAltTextAreCheckedBeforeQueueing() throws Exception {
        Fixtures.png(ws.root().resolve("img/a.png"), 10, 10);
        List<dev.gloss.workspace.PostImage> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(new dev.gloss.workspace.PostImage("img/a.png", "alt " + i));
        }
        PostThread many = Fixtures.thread(ws, "many", List.of(new Post("five images", five, List.of())));
        PostThread longAlt = Fixtures.thread(ws, "alt", List.of(Fixtures.withImage("alt", "img/a.png", "x".repeat(1501))));

        PublishSetupException a = assertThrows(PublishSetupException.class, () -> queue.add(many.id(), account.id(), When.now()));
        PublishSetupException b = assertThrows(PublishSetupException.class, () -> queue.add(longAlt.id(), account.id(), When.now()));

        assertEquals(ThreadChecks.Reason.TOO_MANY_IMAGES, a.problems().get(0).reason());
        assertEquals(List.of(1, 1, 1501, "Mastodon", 1500), b.problems().get(0).args());
        assertTrue(ws.queue().isEmpty());
    }

    @Test
    void twoClonesWithinTheHourGetTheSameStatusesBack() throws Exception {
        PostThread thread = Fixtures.numbered(ws, 4);
        QueueEntry e = queue.add(thread.id(), account.id(), When.now());
        Path clone = tmp.resolve("clone");
        Fixtures.copyAsGitWould(ws.root(), clone);

        assertEquals(Outcome.Result.PUBLISHED, queue.publishDue().get(0).result());
        Workspace other = Workspace.open(clone);
        QueueService otherQueue = QueueService.builder(other).clock(Clock.systemDefaultZone()).secrets(secrets)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
        assertEquals(Outcome.Result.PUBLISHED, otherQueue.publishDue().get(0).result());

        assertEquals(4, server.statuses().size(), "the keys answered with the statuses the first clone made");
        assertEquals(Fixtures.only(queue.get(e.id())).posts().stream().map(dev.gloss.workspace.PublishedPost::remoteId).toList(),
                Fixtures.only(otherQueue.get(e.id())).posts().stream().map(dev.gloss.workspace.PublishedPost::remoteId).toList());
        assertEquals(server.count("POST /api/v1/statuses"), server.count("/statuses"),
                "within the hour the keys suffice: the timeline was not read");
    }

    @Test
    void aCloneThatPublishesAfterTheKeysHourFindsThePostsInsteadOfPostingAgain() throws Exception {
        PostThread thread = Fixtures.thread(ws, "html", List.of(
                Post.of("1/3 A post with a long link https://example.com/a/very/long/path/to/the/paper?with=query & an ampersand"),
                Post.of("2/3 Line one\nline two\n\nAnd a #hashtag and @bob@example.social"),
                Post.of("3/3 The end.")));
        java.time.Instant due = java.time.Instant.now().minus(java.time.Duration.ofHours(3));
        QueueEntry e = queue.add(thread.id(), account.id(), When.now());
        ws.update(dev.gloss.workspace.Kind.QUEUE, e.id(), x -> x.withAt(due, x.zone(), due));
        Path clone = tmp.resolve("clone");
        Fixtures.copyAsGitWould(ws.root(), clone);
        assertEquals(Outcome.Result.PUBLISHED, queue.publishDue().get(0).result());
        server.advance(java.time.Duration.ofHours(2)); // the keys have expired

        Workspace other = Workspace.open(clone);
        QueueService otherQueue = QueueService.builder(other).clock(Clock.systemDefaultZone()).secrets(secrets)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
        Outcome late = otherQueue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, late.result(), late::line);
        assertEquals(3, server.statuses().size(), "found on the account's own timeline, not posted again");
        assertEquals(Fixtures.only(queue.get(e.id())).posts().stream().map(dev.gloss.workspace.PublishedPost::remoteId).toList(),
                Fixtures.only(otherQueue.get(e.id())).posts().stream().map(dev.gloss.workspace.PublishedPost::remoteId).toList());
        assertEquals(3, server.count("POST /api/v1/statuses"), "no status was sent by the late clone");
    }

    @Test
    void aRetryAfterTheHourFindsTheLostPostOnTheTimeline() {
        PostThread thread = Fixtures.numbered(ws, 3);
        server.loseResponse("/api/v1/statuses", 2, true);
        QueueEntry e = queue.add(thread.id(), account.id(), When.now());
        assertEquals(Outcome.Result.FAILED, queue.publishDue().get(0).result());
        assertEquals(2, server.statuses().size(), "post 2 went out, its answer was lost");

        server.online();
        server.advance(java.time.Duration.ofHours(2));
        queue.retry(e.id());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertEquals(3, server.statuses().size(), "post 2 was adopted, not sent again with an expired key");
        assertChain(server.statuses());
    }

    @Test
    void statusHtmlReadsBackAsTheTextThatWasSent() {
        String text = "Line one & <two>\nnext https://example.com/a/very/long/path/to/the/paper?x=1\n\n#tag @bob@example.social";
        String plain = StatusText.plain(FakeMastodon.html(text));
        assertEquals(StatusText.comparable(text), StatusText.comparable(plain));
        assertEquals("line one & <two> next https://example.com/a/very/long/path/to/the/paper?x=1 #tag @bob",
                StatusText.comparable(plain.replace("@bob@example.social", "@bob")));
    }
}
