package dev.gloss.publish.impl.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.FakeOAuth;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.ImageHost;
import dev.gloss.net.RemoteException;
import dev.gloss.publish.impl.oauth.OAuthProvider;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.publish.impl.oauth.SignInFlow;
import dev.gloss.publish.impl.oauth.TokenEndpoint;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads' sign-in (code, then a long-lived token) and its container-then-publish calls, against the Threads test server. */
class ThreadsClientTest {
    static final List<String> SCOPES = List.of("threads_basic", "threads_content_publish", "threads_read_replies", "threads_delete");

    @TempDir
    Path tmp;
    FakeThreads threads;
    Fixtures.Waits waits = new Fixtures.Waits();

    @BeforeEach
    void setUp() throws Exception {
        threads = new FakeThreads("25025320", "alice.research");
    }

    @AfterEach
    void tearDown() {
        threads.close();
    }

    static OAuthProvider provider(URI base) {
        return new OAuthProvider("threads", base.resolve("/oauth/authorize"), base.resolve("/oauth/access_token"), SCOPES, ",",
                OAuthProvider.ClientAuth.IN_BODY, false);
    }

    static OAuthTokens signIn(URI base) throws Exception {
        TokenEndpoint tokens = new TokenEndpoint(Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits()), Clock.systemUTC());
        try (SignInFlow f = SignInFlow.start(provider(base), "Threads", FakeThreads.APP_ID, FakeThreads.APP_SECRET, 0)) {
            String url = f.authorizationUrl().toString();
            assertTrue(url.contains("scope=threads_basic%2Cthreads_content_publish") && !url.contains("code_challenge"), url);
            CompletableFuture<Void> browser = CompletableFuture.runAsync(() -> {
                try {
                    FakeOAuth.browse(f.authorizationUrl());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            OAuthTokens shortLived = f.await(tokens, Duration.ofSeconds(20), () -> false);
            browser.join();
            return new ThreadsTokens(Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits()), Clock.systemUTC()).longLived(shortLived);
        }
    }

    ThreadsClient client(OAuthTokens t) {
        return new ThreadsClient(threads.api(), t::accessToken, Fixtures.transport(), Fixtures.fastRetry(waits));
    }

    @Test
    void theCodeIsExchangedForAShortLivedTokenAndThatForASixtyDayOne() throws Exception {
        OAuthTokens t = signIn(threads.url());
        assertEquals("25025320", t.userId());
        assertTrue(t.accessToken().startsWith("THLL"));
        assertTrue(Duration.between(Instant.now(), t.expiresAt()).toDays() >= 59);
        assertEquals(FakeThreads.APP_SECRET, t.clientSecret());
        ThreadsTokens tokens = new ThreadsTokens(Fixtures.transport(), Fixtures.fastRetry(waits), Clock.systemUTC());
        assertNull(tokens.refresh(t), "not refreshed before it is a day old");
        threads.oauth().advance(Duration.ofDays(2));
        ThreadsTokens later = new ThreadsTokens(Fixtures.transport(), Fixtures.fastRetry(waits), Clock.offset(Clock.systemUTC(), Duration.ofDays(2)));
        OAuthTokens renewed = later.refresh(t);
        assertNotEquals(t.accessToken(), renewed.accessToken());
        assertEquals("alice.research", client(renewed).me().username());
    }

    @Test
    void aContainerIsWaitedForThenPublishedAndRepliesChain() throws Exception {
        OAuthTokens t = signIn(threads.url());
        threads.pollsBeforeFinished(2);
        ThreadsClient c = client(t);
        String first = c.container("1/2 Low-rank updates, in two posts #ResearchMonday", null, null, null);
        RemoteException early = assertThrows(RemoteException.class, () -> c.publish(first));
        assertEquals("The media is not ready for publishing, please wait for a moment.", early.serverMessage());
        assertEquals("IN_PROGRESS", c.status(first).status());
        assertEquals("FINISHED", c.status(first).status());
        String root = c.publish(first);
        assertEquals("PUBLISHED", c.status(first).status());
        String second = c.container("2/2 They sit in the top layers.", null, null, root);
        c.status(second);
        c.status(second);
        String reply = c.publish(second);
        assertEquals(List.of(root), c.ownPosts(Instant.now().minusSeconds(60)).stream().map(ThreadsClient.Posted::id).toList(),
                "replies are not top-level posts");
        List<ThreadsClient.Posted> replies = c.ownReplies(root, "alice.research");
        assertEquals(List.of(reply), replies.stream().map(ThreadsClient.Posted::id).toList());
        assertEquals("2/2 They sit in the top layers.", replies.get(0).text());
        ThreadsClient.Quota q = c.quota();
        assertEquals(1, q.usage());
        assertEquals(1, q.replyUsage());
        assertEquals(250, q.total());
        assertTrue(c.delete(reply));
        assertTrue(c.ownReplies(root, "alice.research").isEmpty());
    }

    @Test
    void anImageIsDownloadedFromItsPublicAddressWithItsAltText() throws Exception {
        OAuthTokens t = signIn(threads.url());
        try (ImageHost host = new ImageHost(tmp.resolve("public"))) {
            Fixtures.png(host.folder().resolve("fig.png"), 40, 30);
            ThreadsClient c = client(t);
            String id = c.container("A figure", host.url().resolve("fig.png").toString(), "Accuracy by layer.", null);
            c.status(id);
            c.publish(id);
            assertEquals("Accuracy by layer.", threads.posts().get(0).alt());
            RemoteException missing = assertThrows(RemoteException.class,
                    () -> c.container("Another", host.url().resolve("gone.png").toString(), "", null));
            assertEquals("Media download has failed. The media URI doesn't meet our requirements.", missing.serverMessage());
            assertFalse(missing.isTransient());
        }
    }

    @Test
    void graphsTooManyCallsCountsAsARateLimit() throws Exception {
        OAuthTokens t = signIn(threads.url());
        threads.failNext("POST", "/v1.0/me/threads_publish", FakeThreads.applicationRequestLimit());
        ThreadsClient c = client(t);
        String id = c.container("text", null, null, null);
        c.status(id);
        RemoteException e = assertThrows(RemoteException.class, () -> c.publish(id));
        assertEquals(400, e.status());
        assertTrue(e.isTransient() && e.isRateLimit());
        assertEquals("Application request limit reached", e.serverMessage());
        assertEquals("FINISHED", c.status(id).status(), "nothing went out");
    }

    @Test
    void aBadTokenIsGraphsCode190() {
        ThreadsClient c = new ThreadsClient(threads.api(), () -> "nope", Fixtures.transport(), Fixtures.fastRetry(waits));
        RemoteException e = assertThrows(RemoteException.class, c::me);
        assertEquals(Integer.valueOf(190), ThreadsClient.graphCode(e));
        assertFalse(e.isTransient());
    }
}
