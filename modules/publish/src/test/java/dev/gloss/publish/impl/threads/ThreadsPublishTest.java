package dev.gloss.publish.impl.threads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.Fixtures;
import dev.gloss.publish.ImageHost;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.Secrets;
import dev.gloss.publish.When;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a thread to a loopback Threads Graph API (containers, then publish; images
 * downloaded from their public address), with a lost answer mid-thread, a killed run, Graph's
 * throttling, a 5xx, two clones at once, no image address, and a used quota.
 */
class ThreadsPublishTest {
    static final String USER = "25025320";

    @TempDir
    Path tmp;
    FakeThreads threads;
    ImageHost host;
    Workspace ws;
    Secrets secrets;
    Fixtures.Waits waits;
    AccountRef account;
    QueueService queue;

    @BeforeEach
    void setUp() throws Exception {
        threads = new FakeThreads(USER, "alice.research");
        host = new ImageHost(tmp.resolve("site/img"));
        ws = Workspace.open(tmp.resolve("ws"));
        secrets = Fixtures.secrets(tmp.resolve("secrets"));
        waits = new Fixtures.Waits();
        OAuthTokens t = ThreadsClientTest.signIn(threads.url());
        account = ws.save(Kind.ACCOUNTS, new AccountRef(Ids.newId(), "threads", threads.api().toString(), "alice.research", USER,
                null, null, Map.of(ThreadsPublisher.IMAGE_FOLDER, host.folder().toString(), ThreadsPublisher.IMAGE_URL,
                        host.url().toString())));
        secrets.saveCredential(account.id(), t.toSecret());
        queue = queue(ws, secrets);
    }

    QueueService queue(Workspace w, Secrets s) {
        return QueueService.builder(w).clock(Clock.systemDefaultZone()).secrets(s)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
    }

    @AfterEach
    void tearDown() {
        threads.close();
        host.close();
    }

    PostThread fourPosts(Workspace w) throws Exception {
        Fixtures.png(w.root().resolve("images/fig.png"), 300, 180);
        return Fixtures.thread(w, "four", List.of(
                Post.of("1/4 What fine-tuning changes in a model, in four posts https://arxiv.org/abs/2106.09685 #ResearchMonday"),
                Fixtures.withImage("2/4 The update is small & low-rank (figure).", "images/fig.png",
                        "Bar chart: the rank of the weight update, by layer."),
                Post.of("3/4 It sits in the top layers."),
                Post.of("4/4 Restoring them undoes most of it.")));
    }

    void assertThreadOnce() throws Exception {
        List<FakeThreads.Media> live = threads.posts();
        assertEquals(4, live.size(), "exactly four posts: " + live);
        assertNull(live.get(0).replyTo());
        for (int i = 0; i < 4; i++) {
            assertTrue(live.get(i).text().startsWith((i + 1) + "/4"), "in order: " + live);
            if (i > 0) {
                assertEquals(live.get(i - 1).id(), live.get(i).replyTo(), "post " + (i + 1) + " replies to " + i);
            }
        }
        assertArrayEquals(Files.readAllBytes(ws.root().resolve("images/fig.png")), live.get(1).image(), "downloaded from the site");
        assertEquals("Bar chart: the rank of the weight update, by layer.", live.get(1).alt());
    }

    List<String> ids(QueueEntry e) {
        return Fixtures.only(e).posts().stream().map(PublishedPost::remoteId).toList();
    }

    List<String> postIds() {
        return threads.posts().stream().map(FakeThreads.Media::id).toList();
    }

    @Test
    void aFourPostThreadWithAnImageAndAltTextGoesOutOnce() throws Exception {
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertThreadOnce();
        assertEquals(postIds(), ids(queue.get(e.id())));
        assertEquals(1, Files.list(host.folder()).count(), "the image, under its hash, in the site's folder");
        assertEquals(4, threads.count("POST /v1.0/me/threads_publish"));
    }

    @Test
    void aLostAnswerMidThreadIsAnsweredByTheContainer() throws Exception {
        threads.loseAnswer("POST", "/v1.0/me/threads_publish", 3, false);
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertThreadOnce();
        assertEquals(4, threads.count("POST /v1.0/me/threads_publish"), "post 3 was published once and adopted");
    }

    @Test
    void aRunThatDiesAfterPublishingAdoptsThePostOnTheNextRun() throws Exception {
        threads.loseAnswer("POST", "/v1.0/me/threads_publish", 3, true);
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome first = queue.publishDue().get(0);
        assertEquals(Outcome.Result.FAILED, first.result());
        QueueEntry failed = queue.get(e.id());
        assertNotNull(Fixtures.only(failed).posts().get(2).key(), "the container's id, saved before publishing");
        assertFalse(Fixtures.only(failed).posts().get(2).exists());
        assertEquals(3, threads.posts().size());

        threads.online();
        queue.retry(e.id());
        Outcome second = queue.publishDue().get(0);
        assertEquals(Outcome.Result.PUBLISHED, second.result(), second::line);
        assertThreadOnce();
        assertEquals(postIds(), ids(queue.get(e.id())));
        assertEquals(4, threads.count("POST /v1.0/me/threads_publish"));
    }

    @Test
    void throttlingAndServerErrorsAreRetriedWithoutADuplicate() throws Exception {
        threads.failNext("POST", "/v1.0/me/threads", FakeThreads.applicationRequestLimit());
        threads.failNext("POST", "/v1.0/me/threads_publish", FakeThreads.serverError());
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertThreadOnce();
        assertEquals(5, threads.count("POST /v1.0/me/threads_publish"), "the 500 published nothing; the container said so");
    }

    @Test
    void twoClonesPublishingAtOnceKeepOneCopy() throws Exception {
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Path clone = tmp.resolve("clone");
        Fixtures.copyAsGitWould(ws.root(), clone);
        Workspace other = Workspace.open(clone);
        Secrets otherSecrets = Fixtures.secrets(tmp.resolve("clone-secrets"));
        otherSecrets.saveCredential(account.id(), secrets.credential(account.id()).orElseThrow());
        QueueService otherQueue = queue(other, otherSecrets);

        for (Outcome o : Fixtures.publishDueAtOnce(queue, otherQueue)) {
            assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        }
        assertThreadOnce();
        assertEquals(postIds(), ids(queue.get(e.id())));
        assertEquals(postIds(), ids(otherQueue.get(e.id())), "each clone knows the same posts");
    }

    @Test
    void aCloneThatPublishesLaterAdoptsEveryPost() throws Exception {
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Path clone = tmp.resolve("clone");
        Fixtures.copyAsGitWould(ws.root(), clone);
        assertEquals(Outcome.Result.PUBLISHED, queue.publishDue().get(0).result());

        Workspace other = Workspace.open(clone);
        Secrets otherSecrets = Fixtures.secrets(tmp.resolve("clone-secrets"));
        otherSecrets.saveCredential(account.id(), secrets.credential(account.id()).orElseThrow());
        Outcome late = queue(other, otherSecrets).publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, late.result(), late::line);
        assertThreadOnce();
        assertTrue(threads.deleted().isEmpty());
        assertEquals(4, threads.count("POST /v1.0/me/threads_publish"), "nothing published by the late clone");
    }

    @Test
    void imagesWithoutAPublicAddressStopTheThreadBeforeAnyPost() throws Exception {
        account = ws.save(Kind.ACCOUNTS, account.withOption(ThreadsPublisher.IMAGE_URL, null));
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(PublishException.Reason.NO_IMAGE_HOST, o.reason().reason());
        assertTrue(Phrasebook.MODULES.phrase(o.reason()).startsWith("Threads downloads images from a public web address, and none is set"),
                Phrasebook.MODULES.phrase(o.reason()));
        assertTrue(threads.posts().isEmpty());
    }

    @Test
    void aUsedQuotaIsSaidBeforeAnyPost() throws Exception {
        threads.quotaUsage(250);
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(PublishException.Reason.QUOTA_USED, o.reason().reason(), o::line);
        assertEquals("Threads lets @alice.research publish 250 posts a day and 250 are used; the 4 of this thread go out when there is "
                + "room, within 24 hours.", Phrasebook.MODULES.phrase(o.reason()));
        assertTrue(threads.posts().isEmpty());
    }
}
