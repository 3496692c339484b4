package dev.gloss.publish.impl.bluesky;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.gloss.publish.Accounts;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.LossyProxy;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.Pds;
import dev.gloss.publish.PdsExtension;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.QueueFailures;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.Secrets;
import dev.gloss.publish.When;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Publishing threads to a real PDS on loopback, and reading them back with listRecords. */
@ExtendWith(PdsExtension.class)
class BlueskyPublishTest {
    @TempDir
    Path tmp;

    static String handle(String prefix) {
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < 6; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b + ".test";
    }

    record Setup(Workspace ws, Secrets secrets, AccountRef account, Pds.Account remote, QueueService queue, Fixtures.Waits waits) {
    }

    Setup setup(Pds pds, java.net.URI service) throws Exception {
        Pds.Account remote = pds.createAccount(handle("al"), "app-pass-" + System.nanoTime());
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
        Fixtures.Waits waits = new Fixtures.Waits();
        Accounts accounts = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits));
        AccountRef account = accounts.addBluesky(service.toString(), remote.handle(), remote.password().toCharArray());
        QueueService queue = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
        return new Setup(ws, secrets, account, remote, queue, waits);
    }

    static List<JsonNode> posts(Pds pds, String did) throws Exception {
        ArrayNode records = pds.listRecords(did, "app.bsky.feed.post");
        List<JsonNode> out = new ArrayList<>();
        records.forEach(out::add);
        out.sort(Comparator.comparing(r -> r.path("uri").asText()));
        return out;
    }

    /** Each post after the first replies to the one before, all under the first. */
    static void assertChain(List<JsonNode> recs) {
        JsonNode first = recs.get(0);
        assertTrue(first.path("value").path("reply").isMissingNode(), "the first post is no reply");
        for (int i = 1; i < recs.size(); i++) {
            JsonNode reply = recs.get(i).path("value").path("reply");
            assertEquals(first.path("uri").asText(), reply.path("root").path("uri").asText(), "root of post " + (i + 1));
            assertEquals(first.path("cid").asText(), reply.path("root").path("cid").asText());
            assertEquals(recs.get(i - 1).path("uri").asText(), reply.path("parent").path("uri").asText(), "parent of post " + (i + 1));
            assertEquals(recs.get(i - 1).path("cid").asText(), reply.path("parent").path("cid").asText());
        }
    }

    static String slice(String text, JsonNode facet) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int s = facet.path("index").path("byteStart").asInt();
        int e = facet.path("index").path("byteEnd").asInt();
        return new String(Arrays.copyOfRange(b, s, e), StandardCharsets.UTF_8);
    }

    @Test
    void fivePostThreadWithImageFacetsAndReplyChain(Pds pds) throws Exception {
        Setup s = setup(pds, pds.url());
        Pds.Account bob = pds.createAccount(handle("bo"), "bob-pass-1");
        Path png = Fixtures.png(s.ws().root().resolve("images/figure.png"), 320, 200);
        String alt = "A blue figure with a white circle: the attention map of layer 3.";
        List<Post> posts = List.of(
                Post.of("Reading 🧪 “Attention” today: https://example.com/paper?id=1 #NLP"),
                Post.of("Thanks @" + bob.handle() + " for the pointer — and @nobody-xyz.test, who does not exist."),
                Fixtures.withImage("Figure 3 says it all. ✨", "images/figure.png", alt),
                Post.of("Fourth: the caveats, with ünïcödé and #Transformers."),
                Post.of("5/5 That's all. More at example.org"));
        PostThread thread = Fixtures.thread(s.ws(), "five", posts);

        QueueEntry entry = s.queue().add(thread.id(), s.account().id(), When.now());
        List<Outcome> out = s.queue().publishDue();

        assertEquals(1, out.size());
        assertEquals(Outcome.Result.PUBLISHED, out.get(0).result(), () -> out.get(0).line());
        List<JsonNode> recs = posts(pds, s.remote().did());
        assertEquals(5, recs.size());
        assertChain(recs);
        for (int i = 0; i < 5; i++) {
            JsonNode v = recs.get(i).path("value");
            assertEquals(posts.get(i).text(), v.path("text").asText());
            assertFalse(v.path("createdAt").asText().isEmpty());
        }
        QueueEntry saved = s.queue().get(entry.id());
        assertEquals(QueueState.PUBLISHED, saved.state());
        assertEquals(5, Fixtures.only(saved).posts().size());
        for (int i = 0; i < 5; i++) {
            PublishedPost p = Fixtures.only(saved).posts().get(i);
            assertEquals(recs.get(i).path("uri").asText(), p.remoteId());
            assertEquals(recs.get(i).path("cid").asText(), p.cid());
            assertTrue(recs.get(i).path("uri").asText().endsWith("/" + p.key()), "the record key is the saved key");
            assertTrue(Tid.isValid(p.key()));
            Tid.PostTime derived = Tid.forPost(entry.id() + "-bluesky", saved.at(), i);
            assertEquals(derived.rkey(), p.key(), "the key of post " + (i + 1) + " is derived from the entry and the platform");
            assertEquals(java.time.Instant.parse(recs.get(i).path("value").path("createdAt").asText()), derived.createdAt());
            assertEquals("en", recs.get(i).path("value").path("langs").get(0).asText(), "the language was detected");
        }

        // facets: link and tag in post 1 (after a 4-byte emoji and curly quotes)
        JsonNode f1 = recs.get(0).path("value").path("facets");
        assertEquals(2, f1.size());
        assertEquals("app.bsky.richtext.facet#link", f1.get(0).path("features").get(0).path("$type").asText());
        assertEquals("https://example.com/paper?id=1", f1.get(0).path("features").get(0).path("uri").asText());
        assertEquals("https://example.com/paper?id=1", slice(posts.get(0).text(), f1.get(0)));
        assertEquals("app.bsky.richtext.facet#tag", f1.get(1).path("features").get(0).path("$type").asText());
        assertEquals("NLP", f1.get(1).path("features").get(0).path("tag").asText());
        assertEquals("#NLP", slice(posts.get(0).text(), f1.get(1)));
        // a mention that resolves gets the DID; one that does not stays plain text
        JsonNode f2 = recs.get(1).path("value").path("facets");
        assertEquals(1, f2.size(), f2.toString());
        assertEquals("app.bsky.richtext.facet#mention", f2.get(0).path("features").get(0).path("$type").asText());
        assertEquals(bob.did(), f2.get(0).path("features").get(0).path("did").asText());
        assertEquals("@" + bob.handle(), slice(posts.get(1).text(), f2.get(0)));
        JsonNode f4 = recs.get(3).path("value").path("facets");
        assertEquals("#Transformers", slice(posts.get(3).text(), f4.get(0)));
        JsonNode f5 = recs.get(4).path("value").path("facets");
        assertEquals("https://example.org", f5.get(0).path("features").get(0).path("uri").asText());

        // the image: embed with alt text and aspect ratio; the blob holds the file's bytes
        JsonNode embed = recs.get(2).path("value").path("embed");
        assertEquals("app.bsky.embed.images", embed.path("$type").asText());
        JsonNode img = embed.path("images").get(0);
        assertEquals(alt, img.path("alt").asText());
        assertEquals(320, img.path("aspectRatio").path("width").asInt());
        assertEquals(200, img.path("aspectRatio").path("height").asInt());
        assertEquals("image/png", img.path("image").path("mimeType").asText());
        String cid = img.path("image").path("ref").path("$link").asText();
        assertNotNull(cid);
        assertArrayEquals(Files.readAllBytes(png), pds.blob(s.remote().did(), cid));
    }

    @Test
    void aLostResponseIsFoundAgainInsteadOfPostingTwice(Pds pds) throws Exception {
        try (LossyProxy proxy = new LossyProxy(pds.url())) {
            Setup s = setup(pds, proxy.url());
            PostThread thread = Fixtures.numbered(s.ws(), 5);
            proxy.dropResponse("com.atproto.repo.applyWrites", 1, false);

            QueueEntry entry = s.queue().add(thread.id(), s.account().id(), When.now());
            List<Outcome> out = s.queue().publishDue();

            assertEquals(Outcome.Result.PUBLISHED, out.get(0).result(), () -> out.get(0).line());
            List<JsonNode> recs = posts(pds, s.remote().did());
            assertEquals(5, recs.size(), "exactly five posts");
            assertChain(recs);
            assertEquals(1, proxy.count("applyWrites"), "the lost write was not sent again: " + proxy.seen());
            assertEquals(5, proxy.count("getRecord"), "each post was looked up under its key and adopted");
            assertEquals(recs.get(2).path("uri").asText(), Fixtures.only(s.queue().get(entry.id())).posts().get(2).remoteId());
        }
    }

    @Test
    void aRunThatDiesAfterALostResponseResumesWithoutDuplicates(Pds pds) throws Exception {
        try (LossyProxy proxy = new LossyProxy(pds.url())) {
            Setup s = setup(pds, proxy.url());
            PostThread thread = Fixtures.numbered(s.ws(), 5);
            proxy.dropResponse("com.atproto.repo.applyWrites", 1, true);

            QueueEntry entry = s.queue().add(thread.id(), s.account().id(), When.now());
            Outcome first = s.queue().publishDue().get(0);

            assertEquals(Outcome.Result.FAILED, first.result());
            assertEquals(PublishException.Reason.NOT_TAKEN, first.reason().reason(), first::line);
            assertEquals(List.of(1, 5), first.reason().args().subList(3, 5), first::line);
            QueueEntry failed = s.queue().get(entry.id());
            assertEquals(QueueState.FAILED, failed.state());
            Reasoned kept = QueueFailures.of(Fixtures.only(failed)).orElseThrow();
            assertEquals(Reasoned.line(first.reason().reason(), first.reason().args()), Reasoned.line(kept.reason(), kept.args()));
            assertTrue(Fixtures.only(failed).posts().stream().noneMatch(PublishedPost::exists), "no answer came back");
            assertTrue(Fixtures.only(failed).posts().stream().allMatch(p -> p.key() != null), "but every key was saved before the write");
            assertEquals(5, posts(pds, s.remote().did()).size(), "the server took the whole thread in one commit");

            proxy.online();
            s.queue().retry(entry.id());
            Outcome second = s.queue().publishDue().get(0);

            assertEquals(Outcome.Result.PUBLISHED, second.result(), second::line);
            List<JsonNode> recs = posts(pds, s.remote().did());
            assertEquals(5, recs.size(), "exactly five posts after the rerun");
            assertChain(recs);
            assertEquals(1, proxy.count("applyWrites"), "the rerun adopted the records instead of writing them");
            for (int i = 0; i < 5; i++) {
                assertTrue(recs.get(i).path("uri").asText().endsWith("/" + Fixtures.only(failed).posts().get(i).key()));
            }
        }
    }

    @Test
    void anExpiredAccessTokenIsRefreshed(Pds pds) throws Exception {
        try (LossyProxy proxy = new LossyProxy(pds.url())) {
            Setup s = setup(pds, proxy.url());
            // replace the stored access token by one the server signed but that expired an hour ago
            BlueskySession stored = BlueskySession.parse(s.secrets().session(s.account().id()).orElseThrow()).orElseThrow();
            String expired = Jwts.expired(stored.accessJwt(), pds.jwtSecret(), 3600);
            s.secrets().saveSession(s.account().id(),
                    new BlueskySession(stored.did(), stored.handle(), expired, stored.refreshJwt()).toJson());
            PostThread thread = Fixtures.numbered(s.ws(), 2);
            long signIns = proxy.count("com.atproto.server.createSession");

            s.queue().add(thread.id(), s.account().id(), When.now());
            Outcome o = s.queue().publishDue().get(0);

            assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
            assertEquals(2, posts(pds, s.remote().did()).size());
            assertEquals(1, proxy.count("com.atproto.server.refreshSession"), proxy.seen().toString());
            assertEquals(signIns, proxy.count("com.atproto.server.createSession"), "no new sign-in was needed");
            BlueskySession now = BlueskySession.parse(s.secrets().session(s.account().id()).orElseThrow()).orElseThrow();
            assertFalse(now.accessJwt().equals(expired), "the refreshed session was stored");
        }
    }

    @Test
    void aWrongPasswordFailsTheEntryWithTheServersReason(Pds pds) throws Exception {
        Setup s = setup(pds, pds.url());
        s.secrets().saveCredential(s.account().id(), "not-the-password".toCharArray());
        s.secrets().forgetSession(s.account().id());
        PostThread thread = Fixtures.numbered(s.ws(), 2);

        QueueEntry entry = s.queue().add(thread.id(), s.account().id(), When.now());
        Outcome o = s.queue().publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(PublishException.Reason.SIGN_IN_REFUSED, o.reason().reason(), o::line);
        assertEquals(List.of(s.remote().handle(), pds.url().getHost() + ":" + pds.url().getPort(), "Invalid identifier or password"),
                o.reason().args());
        assertEquals(QueueState.FAILED, s.queue().get(entry.id()).state());
        assertEquals(0, posts(pds, s.remote().did()).size());
        assertFalse(o.line().contains("not-the-password"));
        assertFalse(Fixtures.only(s.queue().get(entry.id())).failure().toString().contains("not-the-password"));
    }

    @Test
    void addingAnAccountWithAWrongPasswordSaysSo(Pds pds) throws Exception {
        Pds.Account remote = pds.createAccount(handle("wr"), "right-pass");
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
        Accounts accounts = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits()));

        PublishSetupException e = org.junit.jupiter.api.Assertions.assertThrows(PublishSetupException.class,
                () -> accounts.addBluesky(pds.url().toString(), remote.handle(), "wrong-pass".toCharArray()));

        assertEquals(PublishSetupException.Reason.SIGN_IN_REFUSED, e.reason());
        assertEquals(List.of(pds.url().getHost() + ":" + pds.url().getPort(), remote.handle(), "Invalid identifier or password"), e.args());
        assertTrue(ws.accounts().isEmpty());
        assertFalse(Files.exists(tmp.resolve("secrets")) && Files.list(tmp.resolve("secrets")).findAny().isPresent());
    }
}
