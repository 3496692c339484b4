package dev.gloss.publish.impl.linkedin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.FakeOAuth;
import dev.gloss.threads.LinkedInCommentary;
import dev.gloss.publish.Fixtures;
import dev.gloss.net.RemoteException;
import dev.gloss.publish.impl.oauth.OAuthProvider;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.publish.impl.oauth.SignInFlow;
import dev.gloss.publish.impl.oauth.TokenEndpoint;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinkedIn's sign-in and the Posts, Images, Documents and Comments calls, against the LinkedIn test server. */
class LinkedInClientTest {
    static final List<String> SCOPES = List.of("openid", "profile", "w_member_social");

    @TempDir
    Path tmp;
    FakeLinkedIn li;
    Fixtures.Waits waits = new Fixtures.Waits();

    @BeforeEach
    void setUp() throws Exception {
        li = new FakeLinkedIn("782bbtaQ");
    }

    @AfterEach
    void tearDown() {
        li.close();
    }

    static OAuthProvider provider(URI base, boolean pkce) {
        return new OAuthProvider("linkedin", base.resolve("/oauth/v2/authorization"), base.resolve("/oauth/v2/accessToken"), SCOPES, " ",
                OAuthProvider.ClientAuth.IN_BODY, pkce);
    }

    static OAuthTokens signIn(URI base, String secret, boolean pkce) {
        TokenEndpoint tokens = new TokenEndpoint(Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits()), Clock.systemUTC());
        try (SignInFlow f = SignInFlow.start(provider(base, pkce), "LinkedIn", FakeLinkedIn.CLIENT_ID, secret, 0)) {
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

    LinkedInClient client(OAuthTokens t) {
        return new LinkedInClient(li.url(), t::accessToken, LinkedInClient.VERSION, Fixtures.transport(), Fixtures.fastRetry(waits));
    }

    @Test
    void aMemberSignsInWithTheAppsSecretOrWithPkce() throws Exception {
        OAuthTokens t = signIn(li.url(), FakeLinkedIn.CLIENT_SECRET, false);
        assertTrue(Duration.between(java.time.Instant.now(), t.expiresAt()).toDays() >= 59, "sixty days");
        assertEquals("782bbtaQ", li.oauth().valid(t.accessToken()).user());
        OAuthTokens native_ = signIn(li.url(), null, true);
        assertEquals("urn:li:person:782bbtaQ", client(native_).me().urn());
    }

    @Test
    void aPostWithAnImageAndItsAltTextIsNamedByTheRestliIdHeader() throws Exception {
        LinkedInClient c = client(signIn(li.url(), FakeLinkedIn.CLIENT_SECRET, false));
        LinkedInClient.Member me = c.me();
        Path png = Fixtures.png(tmp.resolve("fig.png"), 50, 40);
        LinkedInClient.Upload up = c.initializeImage(me.urn());
        assertTrue(up.urn().startsWith("urn:li:image:"));
        c.upload(up, Files.readAllBytes(png), "image/png");
        String text = "What a fine-tune changes (in brief) — see [1] & https://arxiv.org/abs/2106.09685 #ResearchMonday #LLMs";
        String urn = c.createPost(me.urn(), LinkedInCommentary.of(text), LinkedInClient.image(up.urn(), "Accuracy by layer."));
        assertTrue(urn.startsWith("urn:li:share:"), urn);
        FakeLinkedIn.Post p = li.posts().get(0);
        assertEquals(text, p.shown(), "every reserved character escaped, hashtags as templates");
        assertEquals("Accuracy by layer.", p.content().path("media").path("altText").asText());
        assertArrayEquals(Files.readAllBytes(png), li.asset(up.urn()).bytes());
    }

    @Test
    void unescapedCommentaryIsCutWhereLinkedInStopsReadingIt() {
        assertEquals("Results ", FakeLinkedIn.render("Results (table 2) are in"));
        assertEquals("a_b (c) @d [e] <f> *g* ~h~ |i| {j} \\k #l",
                FakeLinkedIn.render(LinkedInCommentary.escape("a_b (c) @d [e] <f> *g* ~h~ |i| {j} \\k #l")));
        assertEquals("#ResearchMonday and #AI", FakeLinkedIn.render(LinkedInCommentary.of("#ResearchMonday and #AI")));
        assertEquals("{hashtag|\\#|ResearchMonday} and 1\\#", LinkedInCommentary.of("#ResearchMonday and 1#"));
    }

    @Test
    void theSameCommentaryTwiceNamesThePostAlreadyThere() throws Exception {
        LinkedInClient c = client(signIn(li.url(), FakeLinkedIn.CLIENT_SECRET, false));
        String me = c.me().urn();
        try {
            String first = c.createPost(me, "Once", null);
            RemoteException e = assertThrows(RemoteException.class, () -> c.createPost(me, "Once", null));
            assertEquals(422, e.status());
            assertEquals(first, LinkedInClient.duplicateOf(e));
            assertEquals(1, li.posts().size());
        } catch (RemoteException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDocumentPostAndAFirstComment() throws Exception {
        LinkedInClient c = client(signIn(li.url(), FakeLinkedIn.CLIENT_SECRET, false));
        String me = c.me().urn();
        LinkedInClient.Upload doc = c.initializeDocument(me);
        assertTrue(doc.urn().startsWith("urn:li:document:"));
        c.upload(doc, "%PDF-1.7 fake".getBytes(), "application/pdf");
        String post = c.createPost(me, "Figures", LinkedInClient.document(doc.urn(), "Figures.pdf"));
        LinkedInClient.Comment cm = c.comment(me, post, "The rest of the thread.");
        assertTrue(cm.urn().startsWith("urn:li:comment:(urn:li:activity:"), cm.urn());
        assertEquals("The rest of the thread.", li.comments().get(0).text());
        RemoteException forbidden = assertThrows(RemoteException.class, () -> c.comments(post));
        assertEquals(403, forbidden.status(), "reading comments needs r_member_social");
        li.oauth().issue("reader", "782bbtaQ", "openid profile w_member_social r_member_social");
        LinkedInClient reader = new LinkedInClient(li.url(), () -> "reader", LinkedInClient.VERSION, Fixtures.transport(), Fixtures.fastRetry(waits));
        assertEquals(List.of("The rest of the thread."), reader.comments(post).stream().map(LinkedInClient.Comment::text).toList());
        reader.deleteComment(post, cm.id(), me);
        assertTrue(li.comments().isEmpty());
    }

    @Test
    void anInactiveVersionAndABadTokenAreSaidAsLinkedInSaysThem() {
        LinkedInClient old = new LinkedInClient(li.url(), () -> "x", "202301", Fixtures.transport(), Fixtures.fastRetry(waits));
        RemoteException e = assertThrows(RemoteException.class, () -> old.initializeImage("urn:li:person:1"));
        assertEquals(401, e.status());
        li.oauth().issue("t", "782bbtaQ", "openid profile w_member_social");
        LinkedInClient sunset = new LinkedInClient(li.url(), () -> "t", "202301", Fixtures.transport(), Fixtures.fastRetry(waits));
        RemoteException v = assertThrows(RemoteException.class, () -> sunset.initializeImage("urn:li:person:782bbtaQ"));
        assertEquals(426, v.status());
        assertEquals("Requested version 202301 is not active", v.serverMessage());
        assertEquals("NONEXISTENT_VERSION", v.error());
        assertNull(LinkedInClient.duplicateOf(v));
    }
}
