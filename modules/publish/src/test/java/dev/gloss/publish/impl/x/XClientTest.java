package dev.gloss.publish.impl.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.FakeOAuth;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.impl.ImageFile;
import dev.gloss.publish.SignInException;
import dev.gloss.net.RemoteException;
import dev.gloss.publish.impl.oauth.AccessToken;
import dev.gloss.publish.impl.oauth.OAuthProvider;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.publish.impl.oauth.SignInFlow;
import dev.gloss.publish.impl.oauth.TokenEndpoint;
import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.PostImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth 2.0 PKCE sign-in over a loopback redirect and the X API v2 calls, against the X test server. */
class XClientTest {
    static final List<String> SCOPES = List.of("tweet.read", "tweet.write", "users.read", "offline.access", "media.write");

    @TempDir
    Path tmp;
    FakeX x;
    Fixtures.Waits waits = new Fixtures.Waits();

    @BeforeEach
    void setUp() throws Exception {
        x = new FakeX("1470000000000000001", "alice_research");
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    static OAuthProvider provider(URI base) {
        return new OAuthProvider("x", base.resolve("/i/oauth2/authorize"), base.resolve("/2/oauth2/token"), SCOPES, " ",
                OAuthProvider.ClientAuth.BASIC_WHEN_SECRET, true);
    }

    /** Signs in as the browser would: opens the page, follows the redirect to the loopback listener. */
    static OAuthTokens signIn(URI base, String clientId, String secret) {
        TokenEndpoint tokens = new TokenEndpoint(Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits()), Clock.systemUTC());
        try (SignInFlow f = SignInFlow.start(provider(base), "X", clientId, secret, 0)) {
            assertTrue(f.redirectUri().toString().matches("http://127\\.0\\.0\\.1:\\d+/callback"), f.redirectUri().toString());
            String url = f.authorizationUrl().toString();
            assertTrue(url.contains("code_challenge_method=S256") && url.contains("scope=tweet.read%20tweet.write%20users.read"), url);
            CompletableFuture<Void> browser = CompletableFuture.runAsync(() -> {
                try {
                    FakeOAuth.browse(f.authorizationUrl());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            OAuthTokens t = f.await(tokens, Duration.ofSeconds(20), () -> false);
            browser.join();
            return t;
        }
    }

    XClient client(OAuthTokens t) {
        return new XClient(x.url(), t::accessToken, Fixtures.transport(), Fixtures.fastRetry(waits));
    }

    @Test
    void aPublicClientSignsInWithPkceAndGetsARefreshToken() {
        OAuthTokens t = signIn(x.url(), FakeX.CLIENT_ID, null);
        assertNotNull(x.oauth().valid(t.accessToken()));
        assertNotNull(t.refreshToken(), "offline.access gives a refresh token");
        assertEquals(FakeX.CLIENT_ID, t.clientId());
        assertEquals(x.url().resolve("/2/oauth2/token").toString(), t.tokenUrl());
        assertTrue(Duration.between(Instant.now(), t.expiresAt()).toMinutes() > 110, "two hours");
        assertTrue(t.toString().indexOf(t.accessToken()) < 0, "never in logs");
    }

    @Test
    void aConfidentialClientAuthenticatesWithBasicAndRefreshTokensRotate() throws Exception {
        x.close();
        x = new FakeX("1470000000000000001", "alice_research", "s3cr3t+/=");
        OAuthTokens t = signIn(x.url(), FakeX.CLIENT_ID, "s3cr3t+/=");
        TokenEndpoint endpoint = new TokenEndpoint(Fixtures.transport(), Fixtures.fastRetry(waits), Clock.systemUTC());
        OAuthTokens renewed = endpoint.refresh(t, OAuthProvider.ClientAuth.BASIC_WHEN_SECRET);
        assertNotEquals(t.accessToken(), renewed.accessToken());
        assertNotEquals(t.refreshToken(), renewed.refreshToken());
        assertEquals("s3cr3t+/=", renewed.clientSecret(), "the app is kept with the tokens");
        RemoteException spent = assertThrows(RemoteException.class, () -> endpoint.refresh(t, OAuthProvider.ClientAuth.BASIC_WHEN_SECRET));
        assertEquals(400, spent.status());
        assertEquals("Value passed for the token was invalid.", spent.serverMessage());
    }

    @Test
    void theAccessTokenIsRenewedBeforeItExpiresAndTheNewOnesAreSavedAtOnce() throws Exception {
        OAuthTokens t = signIn(x.url(), FakeX.CLIENT_ID, null);
        AtomicReference<OAuthTokens> saved = new AtomicReference<>();
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(115));
        TokenEndpoint endpoint = new TokenEndpoint(Fixtures.transport(), Fixtures.fastRetry(waits), later);
        AccessToken token = new AccessToken(t, old -> endpoint.refresh(old, OAuthProvider.ClientAuth.BASIC_WHEN_SECRET), saved::set, later);
        token.fresh();
        assertNotNull(saved.get(), "renewed within ten minutes of expiry");
        assertEquals(saved.get().accessToken(), token.get());
        assertEquals(1, x.oauth().refreshes());
        token.fresh();
        assertEquals(1, x.oauth().refreshes(), "a fresh token is not renewed again");
    }

    @Test
    void anExpiredTokenWithoutARefreshTokenAsksToSignInAgain() {
        AccessToken token = new AccessToken(new OAuthTokens("old", null, Instant.now().minusSeconds(5), null, null, null, "c", null,
                "http://127.0.0.1:9/token", null), old -> null, t -> { }, Clock.systemUTC());
        AccessToken.SignInNeeded e = assertThrows(AccessToken.SignInNeeded.class, token::fresh);
        assertNull(e.refused());
    }

    @Test
    void refusingInTheBrowserIsSaidWithThePlatformsWords() {
        x.oauth().refuseNext();
        SignInException e = assertThrows(SignInException.class, () -> signIn(x.url(), FakeX.CLIENT_ID, null));
        assertEquals(SignInException.Reason.REFUSED, e.reason());
        assertEquals("X did not let Gloss post for you: The user cancelled the authorization.", Phrasebook.MODULES.of(e));
    }

    @Test
    void aWrongSecretIsRefusedAtTheTokenEndpoint() throws Exception {
        x.close();
        x = new FakeX("1470000000000000001", "alice_research", "right");
        SignInException e = assertThrows(SignInException.class, () -> signIn(x.url(), FakeX.CLIENT_ID, "wrong"));
        assertEquals(SignInException.Reason.TOKEN_REFUSED, e.reason());
        assertEquals("X (localhost:" + x.url().getPort() + ") refused the sign-in: Missing valid authorization header (HTTP 401"
                + " unauthorized_client). Check the app's client id, secret and redirect address.", Phrasebook.MODULES.of(e));
    }

    @Test
    void aThreadWithAnImageAndAltTextGoesOutAsARepliesChainAndReadsBackAsSent() throws Exception {
        OAuthTokens t = signIn(x.url(), FakeX.CLIENT_ID, null);
        XClient c = client(t);
        XClient.User me = c.me();
        assertEquals("alice_research", me.username());
        Fixtures.png(tmp.resolve("fig.png"), 64, 48);
        ImageFile img = ImageFile.read(tmp, new PostImage("fig.png", "A bar chart: accuracy by layer."));
        String media = c.uploadImage(img);
        c.altText(media, img.alt());
        assertEquals("A bar chart: accuracy by layer.", x.media(media).alt());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(tmp.resolve("fig.png")), x.media(media).bytes()));

        String first = "1/2 Low-rank & small: what fine-tuning changes <in brief> https://arxiv.org/abs/2106.09685 #ResearchMonday";
        XClient.Created a = c.createPost(first, null, List.of(media));
        XClient.Created b = c.createPost("2/2 The update sits in the top layers.", a.id(), List.of());
        assertTrue(a.text().contains("&amp;") && a.text().contains("https://t.co/"), "as X stores it: " + a.text());

        List<XClient.Posted> mine = c.ownPosts(me.id(), Instant.now().minusSeconds(60));
        assertEquals(List.of(b.id(), a.id()), mine.stream().map(XClient.Posted::id).toList(), "newest first");
        assertEquals(first, mine.get(1).text(), "links expanded, the picture link dropped, entities decoded");
        assertEquals(1, mine.get(1).media());
        assertEquals(a.id(), mine.get(0).inReplyToId());
        assertEquals(XText.comparable(first), XText.comparable(mine.get(1).text()));
    }

    @Test
    void theSameTextTwiceIsRefusedAsDuplicateContent() {
        OAuthTokens t = signIn(x.url(), FakeX.CLIENT_ID, null);
        XClient c = client(t);
        assertThrows(RemoteException.class, () -> c.createPost("hello", "1", List.of()), "a reply to a post that is not there");
        RemoteException e = assertThrows(RemoteException.class, () -> {
            c.createPost("same words", null, List.of());
            c.createPost("same words", null, List.of());
        });
        assertEquals(403, e.status());
        assertEquals("You are not allowed to create a Tweet with duplicate content.", e.serverMessage());
    }

    @Test
    void aRateLimitSaysWhenTheWindowEnds() {
        OAuthTokens t = signIn(x.url(), FakeX.CLIENT_ID, null);
        XClient c = client(t);
        x.failNext("POST", "/2/tweets", FakeX.tooManyRequests(600));
        RemoteException e = assertThrows(RemoteException.class, () -> c.createPost("one", null, List.of()));
        assertEquals(429, e.status());
        assertTrue(e.retryAfter().toSeconds() > 590 && e.retryAfter().toSeconds() <= 600, String.valueOf(e.retryAfter()));
        assertTrue(e.isTransient());
        assertEquals(0, x.posts().size());
    }

    @Test
    void anUnknownTokenIs401() {
        XClient c = new XClient(x.url(), () -> "nope", Fixtures.transport(), Fixtures.fastRetry(waits));
        RemoteException e = assertThrows(RemoteException.class, c::me);
        assertEquals(401, e.status());
    }
}
