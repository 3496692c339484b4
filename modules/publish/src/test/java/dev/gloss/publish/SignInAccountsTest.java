package dev.gloss.publish;

import dev.gloss.publish.impl.linkedin.FakeLinkedIn;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.publish.impl.threads.FakeThreads;
import dev.gloss.publish.impl.x.FakeX;
import dev.gloss.threads.LinkedInLayout;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adding an X or Threads account by signing in (the loopback redirect, as the browser follows
 * it), against the loopback servers named in the workspace's settings; then publishing to it.
 */
class SignInAccountsTest {
    @TempDir
    Path tmp;

    static AccountRef signIn(Accounts accounts, String platform, String clientId, char[] secret) {
        try (SignIn s = accounts.signIn(platform, clientId, secret, 0)) {
            assertTrue(s.redirectUri().toString().matches("http://127\\.0\\.0\\.1:\\d+/callback"), s.redirectUri().toString());
            CompletableFuture<Void> browser = CompletableFuture.runAsync(() -> {
                try {
                    FakeOAuth.browse(s.browserUrl());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            AccountRef a = s.await(Duration.ofSeconds(20), () -> false);
            browser.join();
            return a;
        }
    }

    @Test
    void anXAccountIsAddedBySigningInAndPublishesAThread() throws Exception {
        try (FakeX x = new FakeX("1470000000000000001", "alice_research")) {
            Workspace ws = Workspace.open(tmp.resolve("ws"));
            Endpoints.save(ws, new Endpoints("x", x.url(), x.url().resolve("/i/oauth2/authorize"), x.url().resolve("/2/oauth2/token")));
            Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
            Fixtures.Waits waits = new Fixtures.Waits();
            Accounts accounts = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits));

            AccountRef a = signIn(accounts, "x", FakeX.CLIENT_ID, null);

            assertEquals("x", a.kind());
            assertEquals("alice_research", a.handle());
            assertEquals("1470000000000000001", a.remoteId());
            assertEquals(x.url().toString(), a.service());
            assertFalse(a.isExport());
            OAuthTokens t = OAuthTokens.parse(secrets.credential(a.id()).orElseThrow());
            assertTrue(t.refreshToken() != null && t.expiresAt() != null, "offline.access gave a refresh token");
            assertFalse(Files.readString(ws.root().resolve("accounts").resolve(a.id() + ".json")).contains(t.accessToken()));
            assertEquals(a.id(), signIn(accounts, "x", FakeX.CLIENT_ID, null).id(), "the same account signed in again keeps its id");
            assertEquals(1, accounts.list().size());

            PostThread thread = Fixtures.thread(ws, "two", List.of(Post.of("1/2 Signed in with PKCE."), Post.of("2/2 And published.")));
            QueueService q = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                    .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
            q.add(thread.id(), List.of(a.id()), When.now(), new QueueService.XChoice(true, false));
            Outcome o = q.publishDue().get(0);
            assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
            assertEquals(2, x.posts().size());
        }
    }

    @Test
    void aThreadsAccountNeedsTheAppSecretAndGetsASixtyDayToken() throws Exception {
        try (FakeThreads threads = new FakeThreads("25025320", "alice.research")) {
            Workspace ws = Workspace.open(tmp.resolve("ws"));
            Endpoints.save(ws, new Endpoints("threads", threads.api(), threads.url().resolve("/oauth/authorize"),
                    threads.url().resolve("/oauth/access_token")));
            Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
            Accounts accounts = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits()));

            SignInException no = assertThrows(SignInException.class, () -> accounts.signIn("threads", FakeThreads.APP_ID, null, 0));
            assertEquals(SignInException.Reason.NO_CLIENT_SECRET, no.reason());

            AccountRef a = signIn(accounts, "threads", FakeThreads.APP_ID, FakeThreads.APP_SECRET.toCharArray());
            assertEquals("alice.research", a.handle());
            assertEquals("25025320", a.remoteId());
            OAuthTokens t = OAuthTokens.parse(secrets.credential(a.id()).orElseThrow());
            assertTrue(Duration.between(java.time.Instant.now(), t.expiresAt()).toDays() >= 59, "the long-lived token");
        }
    }

    @Test
    void theAddressPastedFromABrowserElsewhereFinishesTheSignInWhileTheLoopbackWaits() throws Exception {
        try (FakeX x = new FakeX("1470000000000000001", "alice_research")) {
            Workspace ws = Workspace.open(tmp.resolve("ws"));
            Endpoints.save(ws, new Endpoints("x", x.url(), x.url().resolve("/i/oauth2/authorize"), x.url().resolve("/2/oauth2/token")));
            Accounts accounts = new Accounts(ws, Fixtures.secrets(tmp.resolve("secrets")), Fixtures.transport(),
                    Fixtures.fastRetry(new Fixtures.Waits()));
            java.util.concurrent.atomic.AtomicReference<String> pasted = new java.util.concurrent.atomic.AtomicReference<>();

            try (SignIn first = accounts.signIn("x", FakeX.CLIENT_ID, null, 0);
                    SignIn other = accounts.signIn("x", FakeX.CLIENT_ID, null, 0)) {
                // an address from another sign-in (another state) is refused, not exchanged
                pasted.set(FakeOAuth.allow(other.browserUrl()));
                SignInException mismatch = assertThrows(SignInException.class,
                        () -> first.await(Duration.ofSeconds(20), () -> false, pasted::get));
                assertEquals(SignInException.Reason.STATE_MISMATCH, mismatch.reason());
            }
            try (SignIn s = accounts.signIn("x", FakeX.CLIENT_ID, null, 0)) {
                pasted.set(null);
                String ended = FakeOAuth.allow(s.browserUrl());
                assertTrue(ended.startsWith(s.redirectUri() + "?"), "the browser was sent to the loopback, which it never reached: " + ended);
                CompletableFuture<AccountRef> waiting = CompletableFuture.supplyAsync(() -> s.await(Duration.ofSeconds(20), () -> false, pasted::get));
                Thread.sleep(700);
                assertFalse(waiting.isDone(), "waiting for the browser or a paste");
                pasted.set("  " + ended + "\n");

                AccountRef a = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals("alice_research", a.handle());
            }
            try (SignIn s = accounts.signIn("x", FakeX.CLIENT_ID, null, 0)) {
                SignInException notIt = assertThrows(SignInException.class,
                        () -> s.await(Duration.ofSeconds(20), () -> false, () -> "alice_research"));
                assertEquals(SignInException.Reason.NOT_THE_ADDRESS, notIt.reason());
            }
        }
    }

    @Test
    void aLinkedInAccountSignsInWithTheAppSecretAndIsToldWhenItsSixtyDaysEnd() throws Exception {
        try (FakeLinkedIn li = new FakeLinkedIn("782bbtaQ")) {
            Workspace ws = Workspace.open(tmp.resolve("ws"));
            Endpoints.save(ws, new Endpoints("linkedin", li.url(), li.url().resolve("/oauth/v2/authorization"),
                    li.url().resolve("/oauth/v2/accessToken")));
            Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
            Fixtures.Waits waits = new Fixtures.Waits();
            Accounts accounts = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits));

            SignInException no = assertThrows(SignInException.class, () -> accounts.signIn("linkedin", FakeLinkedIn.CLIENT_ID, null, 0));
            assertEquals(SignInException.Reason.NO_CLIENT_SECRET, no.reason(), "no PKCE for an ordinary LinkedIn app");
            AccountRef a = signIn(accounts, "linkedin", FakeLinkedIn.CLIENT_ID, FakeLinkedIn.CLIENT_SECRET.toCharArray());

            assertEquals("linkedin", a.kind());
            assertEquals("Alice Researcher", a.handle(), "the member's name from /v2/userinfo");
            assertEquals("782bbtaQ", a.remoteId(), "the member id: userinfo's sub");
            OAuthTokens t = OAuthTokens.parse(secrets.credential(a.id()).orElseThrow());
            assertEquals(null, t.refreshToken(), "LinkedIn gives refresh tokens to approved partners only");
            java.time.Instant ends = accounts.signInEnds(a).orElseThrow();
            assertTrue(Duration.between(java.time.Instant.now(), ends).toDays() >= 59, "sixty days: " + ends);
            assertFalse(Files.readString(ws.root().resolve("accounts").resolve(a.id() + ".json")).contains(t.accessToken()));

            assertEquals(LinkedInLayout.Shape.POSTS, LinkedInLayout.shape(accounts.linkedInShape(a.handle(), "posts")));
            assertEquals(PublishSetupException.Reason.NOT_A_LINKEDIN_SHAPE,
                    assertThrows(PublishSetupException.class, () -> accounts.linkedInShape(a.id(), "carousel")).reason());

            PostThread thread = Fixtures.thread(ws, "two", List.of(Post.of("1/2 Signed in with the app's secret."), Post.of("2/2 And published.")));
            QueueService q = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                    .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
            java.time.ZonedDateTime late = java.time.ZonedDateTime.now().plusDays(61);
            PublishSetupException first = assertThrows(PublishSetupException.class, () -> q.add(thread.id(), a.id(), When.at(late)));
            assertEquals(PublishSetupException.Reason.SIGN_IN_ENDS_FIRST, first.reason());
            assertTrue(dev.gloss.workspace.Phrasebook.MODULES.phrase(first).startsWith("The sign-in of Alice Researcher to LinkedIn ends at "),
                    dev.gloss.workspace.Phrasebook.MODULES.phrase(first));
            q.add(thread.id(), a.id(), When.now());
            Outcome o = q.publishDue().get(0);
            assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
            assertEquals(2, li.posts().size(), "one LinkedIn post per post, as the account chose");

            li.oauth().withRefreshTokens();
            AccountRef renewed = signIn(accounts, "linkedin", FakeLinkedIn.CLIENT_ID, FakeLinkedIn.CLIENT_SECRET.toCharArray());
            assertEquals(a.id(), renewed.id(), "the same member signed in again keeps the account");
            assertTrue(accounts.signInEnds(renewed).isEmpty(), "a partner app's refresh token renews it");
        }
    }
}
