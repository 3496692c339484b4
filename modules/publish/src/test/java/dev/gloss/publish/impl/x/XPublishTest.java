package dev.gloss.publish.impl.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.Fixtures;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishDueMain;
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
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a thread to a loopback X that answers as the API v2 does, with the faults that make
 * exactly once hard on a platform without idempotency keys: a lost answer mid-thread, 429s with
 * {@code x-rate-limit-reset}, 5xx, a process killed after its request went out, two clones of
 * the workspace publishing at once.
 */
class XPublishTest {
    static final String USER = "1470000000000000001";

    @TempDir
    Path tmp;
    FakeX x;
    Workspace ws;
    Secrets secrets;
    Fixtures.Waits waits;
    AccountRef account;
    QueueService queue;

    @BeforeEach
    void setUp() throws Exception {
        x = new FakeX(USER, "alice_research");
        ws = Workspace.open(tmp.resolve("ws"));
        secrets = Fixtures.secrets(tmp.resolve("secrets"));
        waits = new Fixtures.Waits();
        OAuthTokens t = XClientTest.signIn(x.url(), FakeX.CLIENT_ID, null);
        account = ws.save(Kind.ACCOUNTS, new AccountRef(Ids.newId(), "x", x.url().toString(), "alice_research", USER, null)
                .withOption(dev.gloss.publish.XPrices.ACCEPTED, dev.gloss.publish.XPrices.PUBLISHED.asOf().toString()));
        secrets.saveCredential(account.id(), t.toSecret());
        queue = queue(ws, secrets);
    }

    QueueService queue(Workspace w, Secrets s) {
        return QueueService.builder(w).clock(Clock.systemDefaultZone()).secrets(s)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    /** Four posts, the second with a figure and its alt text. */
    PostThread fourPosts(Workspace w) throws Exception {
        Fixtures.png(w.root().resolve("images/fig.png"), 300, 180);
        return Fixtures.thread(w, "four", List.of(
                Post.of("1/4 What fine-tuning changes in a model, in four posts https://arxiv.org/abs/2106.09685 #ResearchMonday"),
                Fixtures.withImage("2/4 The update is small & low-rank (figure).", "images/fig.png",
                        "Bar chart: the rank of the weight update, by layer."),
                Post.of("3/4 It sits in the top layers."),
                Post.of("4/4 Restoring them undoes most of it.")));
    }

    /** X holds exactly the thread, once, in reply order, the figure on post 2 with its alt text. */
    void assertThreadOnce() {
        List<FakeX.Tweet> live = x.posts().stream().filter(t -> !t.deleted()).toList();
        assertEquals(4, live.size(), "exactly four posts: " + live);
        assertNull(live.get(0).replyTo());
        for (int i = 0; i < 4; i++) {
            assertTrue(live.get(i).text().startsWith((i + 1) + "/4"), "in order: " + live);
            if (i > 0) {
                assertEquals(live.get(i - 1).id(), live.get(i).replyTo(), "post " + (i + 1) + " replies to " + i);
            }
        }
        assertEquals(1, live.get(1).media().size());
        assertEquals("Bar chart: the rank of the weight update, by layer.", x.media(live.get(1).media().get(0)).alt());
    }

    List<String> ids(QueueEntry e) {
        return Fixtures.only(e).posts().stream().map(PublishedPost::remoteId).toList();
    }

    List<String> tweetIds() {
        return x.posts().stream().filter(t -> !t.deleted()).map(FakeX.Tweet::id).toList();
    }

    @Test
    void aFourPostThreadWithAnImageAndAltTextGoesOutOnce() throws Exception {
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertThreadOnce();
        QueueEntry done = queue.get(e.id());
        assertEquals(QueueState.PUBLISHED, done.state());
        assertEquals(tweetIds(), ids(done));
        assertEquals("https://x.com/alice_research/status/" + tweetIds().get(0), Fixtures.only(done).posts().get(0).url());
        assertEquals(4, x.count("POST /2/tweets"));
        assertEquals(0, x.count("GET /2/users/" + USER + "/tweets"), "nothing uncertain: the timeline was not read");
        assertFalse(Files.readString(ws.root().resolve("accounts").resolve(account.id() + ".json")).contains("access"),
                "no token in the workspace");
    }

    @Test
    void aLostAnswerMidThreadIsFoundOnTheTimelineAndNotSentAgain() throws Exception {
        x.loseAnswer("POST", "/2/tweets", 3, false);
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertThreadOnce();
        assertEquals(4, x.count("POST /2/tweets"), "post 3 went out once; its answer was lost and it was adopted");
        assertEquals(1, x.count("GET /2/users/" + USER + "/tweets"));
    }

    @Test
    void aShortRateLimitIsWaitedOutUntilXRateLimitReset() throws Exception {
        x.failNext("POST", "/2/tweets", FakeX.tooManyRequests(6));
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertThreadOnce();
        assertEquals(1, waits.waits.size(), String.valueOf(waits.waits));
        Duration w = waits.waits.get(0);
        assertTrue(w.compareTo(Duration.ofSeconds(4)) > 0 && w.compareTo(Duration.ofSeconds(6)) <= 0, "until the window resets: " + w);
    }

    @Test
    void aLongRateLimitFailsTheEntrySayingWhenAndARetryFinishesTheThreadOnce() throws Exception {
        x.failNext("POST", "/2/tweets", FakeX.tooManyRequests(900)); // a quarter of an hour
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome first = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, first.result());
        assertEquals(PublishException.Reason.RATE_LIMITED, first.reason().reason(), first::line);
        assertEquals(List.of("X", "@alice_research", "localhost:" + x.url().getPort(), 1, 4), first.reason().args().subList(0, 5));
        long until = (Long) first.reason().args().get(5);
        assertTrue(Math.abs(until - System.currentTimeMillis() - 900_000) < 5_000, "the window's end: " + until);
        String sentence = Phrasebook.MODULES.phrase(first.reason());
        assertTrue(sentence.startsWith("X lets @alice_research (localhost:") && sentence.contains("post 1 of 4 and the rest go out then"),
                sentence);
        assertTrue(waits.waits.isEmpty(), "a quarter of an hour is not waited out inside a run");

        queue.retry(e.id());
        Outcome second = queue.publishDue().get(0);
        assertEquals(Outcome.Result.PUBLISHED, second.result(), second::line);
        assertThreadOnce();
        assertEquals(tweetIds(), ids(queue.get(e.id())));
    }

    @Test
    void serverErrorsAreRetriedAfterLookingAtTheTimeline() throws Exception {
        x.failNext("POST", "/2/tweets", FakeX.serviceUnavailable());
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertThreadOnce();
        assertEquals(List.of(Duration.ofSeconds(2)), waits.waits);
        assertEquals(5, x.count("POST /2/tweets"), "the 503 made nothing; post 1 was sent again");
        assertEquals(1, x.count("GET /2/users/" + USER + "/tweets"), "after the 503 the timeline was read first");
    }

    @Test
    void aRunThatDiesAfterItsRequestWentOutAdoptsThePostOnTheNextRun() throws Exception {
        // post 3 is made, the answer lost and the network gone: the run ends with post 3's key saved, no id
        x.loseAnswer("POST", "/2/tweets", 3, true);
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome first = queue.publishDue().get(0);
        assertEquals(Outcome.Result.FAILED, first.result());
        assertEquals(PublishException.Reason.NOT_TAKEN, first.reason().reason(), first::line);
        QueueEntry failed = queue.get(e.id());
        assertNotNull(Fixtures.only(failed).posts().get(2).key());
        assertFalse(Fixtures.only(failed).posts().get(2).exists());
        assertEquals(3, x.posts().size());

        x.online();
        queue.retry(e.id());
        Outcome second = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, second.result(), second::line);
        assertThreadOnce();
        assertEquals(tweetIds(), ids(queue.get(e.id())));
    }

    @Test
    void aKilledProcessLeavesNoDuplicate() throws Exception {
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        x.hold("POST", "/2/tweets", 3000);
        x.hold("POST", "/2/tweets", 3000);
        // the second post's request is at X (held there): the process is killed while it waits
        PublishDueMain.killWhenAt(ws.root(), tmp, x, "POST /2/tweets", 2);
        for (int i = 0; i < 200 && x.posts().size() < 2; i++) {
            Thread.sleep(50); // X carries the held request out after all
        }
        assertEquals(2, x.posts().size());
        queue = queue(Workspace.open(ws.root()), secrets); // the app, started again
        QueueEntry dead = queue.get(e.id());
        assertTrue(queue.due().stream().anyMatch(d -> d.id().equals(e.id())), "the killed run's entry is due again: " + dead.state());
        assertEquals(1, Fixtures.only(dead).posts().stream().filter(PublishedPost::exists).count(), Files.readString(tmp.resolve("killed.txt")));
        assertFalse(Fixtures.only(dead).posts().get(1).exists(), "its key saved, no id");

        Outcome o = queue.publishDue().get(0);
        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertThreadOnce();
        assertEquals(tweetIds(), ids(queue.get(e.id())));
    }

    @Test
    void twoClonesPublishingAtOnceWriteTheThreadOnce() throws Exception {
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Path clone = tmp.resolve("clone");
        Fixtures.copyAsGitWould(ws.root(), clone);
        Workspace other = Workspace.open(clone);
        Secrets otherSecrets = Fixtures.secrets(tmp.resolve("clone-secrets"));
        otherSecrets.saveCredential(account.id(), secrets.credential(account.id()).orElseThrow());
        QueueService otherQueue = queue(other, otherSecrets);
        x.hold("POST", "/2/tweets", 400); // the first requests overlap

        for (Outcome o : Fixtures.publishDueAtOnce(queue, otherQueue)) {
            assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        }
        assertThreadOnce();
        assertEquals(tweetIds(), ids(queue.get(e.id())));
        assertEquals(tweetIds(), ids(otherQueue.get(e.id())), "each clone knows the same posts");
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
        QueueService otherQueue = queue(other, otherSecrets);
        Outcome late = otherQueue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, late.result(), late::line);
        assertThreadOnce();
        assertEquals(ids(queue.get(e.id())), ids(otherQueue.get(e.id())));
    }
}
