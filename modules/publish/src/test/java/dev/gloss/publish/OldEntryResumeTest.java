package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.impl.bluesky.Tid;
import dev.gloss.publish.impl.mastodon.FakeMastodon;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Workspace;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace of schema 1 whose queue entry an older Gloss (one account per entry) left half
 * published: this Gloss upgrades it and resumes it under the keys the older one derived from the
 * entry's id, without a duplicate, against the real PDS and the Mastodon test server.
 */
@ExtendWith(PdsExtension.class)
class OldEntryResumeTest {
    @TempDir
    Path tmp;

    private static String handle() {
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder("old");
        for (int i = 0; i < 6; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b + ".test";
    }

    /** The workspace as an older Gloss leaves it: its manifest at schema 1 (the queue file is written by the test). */
    private static void downgrade(Workspace ws) throws Exception {
        Files.writeString(ws.root().resolve("gloss.json"), "{\n  \"schema\" : 1,\n  \"settings\" : { }\n}\n");
    }

    private static String post(int index, String key, String remoteId, String cid, String url) {
        StringBuilder b = new StringBuilder("{ \"index\" : " + index + ", \"key\" : \"" + key + "\"");
        if (remoteId != null) {
            b.append(", \"remoteId\" : \"").append(remoteId).append('"');
        }
        if (cid != null) {
            b.append(", \"cid\" : \"").append(cid).append('"');
        }
        if (url != null) {
            b.append(", \"url\" : \"").append(url).append('"');
        }
        return b.append(" }").toString();
    }

    /** A queue file in the form of schema 1: one account, its state and posts at the top. */
    private static void oldEntry(Workspace ws, String id, PostThread thread, AccountRef account, Instant at, List<String> posts)
            throws Exception {
        Files.createDirectories(ws.root().resolve("queue"));
        Files.writeString(ws.root().resolve("queue").resolve(id + ".json"), "{\n"
                + "  \"id\" : \"" + id + "\",\n  \"threadId\" : \"" + thread.id() + "\",\n  \"accountId\" : \"" + account.id() + "\",\n"
                + "  \"at\" : \"" + at + "\",\n  \"zone\" : \"Europe/Berlin\",\n  \"state\" : \"FAILED\",\n"
                + "  \"failure\" : { \"reason\" : \"PublishException.INTERNAL\", \"values\" : [ ] },\n"
                + "  \"posts\" : [ " + String.join(", ", posts) + " ],\n"
                + "  \"attempts\" : 1,\n  \"created\" : \"" + at.minus(Duration.ofDays(2)) + "\",\n  \"updated\" : \"" + at + "\"\n}\n");
    }

    @Test
    void aBlueskyThreadHalfOutResumesUnderTheOldKeys(Pds pds) throws Exception {
        try (LossyProxy net = new LossyProxy(pds.url())) {
            Pds.Account remote = pds.createAccount(handle(), "app-pass-" + System.nanoTime());
            Workspace ws = Workspace.open(tmp.resolve("ws"));
            Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
            Fixtures.Waits waits = new Fixtures.Waits();
            AccountRef account = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits))
                    .addBluesky(net.url().toString(), remote.handle(), remote.password().toCharArray());
            PostThread thread = Fixtures.numbered(ws, 4);
            String id = Ids.newId();
            Instant at = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.MINUTES);
            // the older Gloss: posts 1 and 2 out, post 3's key saved and its record written, but its answer lost
            List<String> keys = new ArrayList<>();
            List<JsonNode> made = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Tid.PostTime t = Tid.forPost(id, at, i);
                keys.add(t.rkey());
                ObjectNode record = Json.MAPPER.createObjectNode();
                record.put("$type", "app.bsky.feed.post");
                record.put("text", thread.posts().get(i).text());
                record.put("createdAt", t.createdAt().toString());
                if (i > 0) {
                    ObjectNode reply = record.putObject("reply");
                    reply.set("root", ref(made.get(0)));
                    reply.set("parent", ref(made.get(i - 1)));
                }
                ObjectNode body = Json.MAPPER.createObjectNode();
                body.put("repo", remote.did());
                body.put("collection", "app.bsky.feed.post");
                body.put("rkey", t.rkey());
                body.set("record", record);
                made.add(pds.post("com.atproto.repo.createRecord", body, remote.accessJwt()));
            }
            oldEntry(ws, id, thread, account, at, List.of(
                    post(0, keys.get(0), made.get(0).path("uri").asText(), made.get(0).path("cid").asText(), "https://bsky.app/0"),
                    post(1, keys.get(1), made.get(1).path("uri").asText(), made.get(1).path("cid").asText(), "https://bsky.app/1"),
                    post(2, keys.get(2), null, null, null)));
            downgrade(ws);

            Workspace upgraded = Workspace.open(ws.root());
            QueueService queue = QueueService.builder(upgraded).clock(Clock.systemDefaultZone()).secrets(secrets)
                    .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
            QueueTarget before = Fixtures.only(queue.get(id));
            assertEquals("bluesky", before.platform());
            assertEquals(id, before.keyBase(), "its keys stay derived from the entry's id");
            assertEquals(QueueState.FAILED, before.state());

            queue.retry(id);
            Outcome o = queue.publishDue().get(0);

            assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
            List<JsonNode> recs = new ArrayList<>();
            pds.listRecords(remote.did(), "app.bsky.feed.post").forEach(recs::add);
            recs.sort(Comparator.comparing(r -> r.path("uri").asText()));
            assertEquals(4, recs.size(), "four posts, none twice");
            for (int i = 0; i < 4; i++) {
                assertEquals(thread.posts().get(i).text(), recs.get(i).path("value").path("text").asText());
            }
            for (int i = 0; i < 3; i++) {
                assertTrue(recs.get(i).path("uri").asText().endsWith("/" + keys.get(i)), "post " + (i + 1) + " under its old key");
            }
            QueueEntry done = queue.get(id);
            QueueTarget after = Fixtures.only(done);
            assertEquals(QueueState.PUBLISHED, after.state());
            assertEquals(Tid.forPost(id, done.timeOf(after), 3).rkey(), after.post(3).orElseThrow().key(),
                    "the post never sent takes a key derived from the entry's id too");
            assertEquals(Tid.clockIdOf(keys.get(0)), Tid.clockIdOf(after.post(3).orElseThrow().key()));
            assertEquals(recs.get(2).path("uri").asText(), after.post(2).orElseThrow().remoteId(), "post 3 was found and adopted");
            assertEquals(recs.get(2).path("uri").asText(), recs.get(3).path("value").path("reply").path("parent").path("uri").asText());
            assertEquals(1, net.count("applyWrites"), "one write, of post 4 alone: " + net.seen());
        }
    }

    private static ObjectNode ref(JsonNode created) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("uri", created.path("uri").asText());
        r.put("cid", created.path("cid").asText());
        return r;
    }

    @Test
    void aMastodonThreadHalfOutResumesUnderTheOldIdempotencyKeys() throws Exception {
        String token = "tok-old-0123456789";
        try (FakeMastodon server = new FakeMastodon().account("alice", token)) {
            Workspace ws = Workspace.open(tmp.resolve("ws"));
            Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
            Fixtures.Waits waits = new Fixtures.Waits();
            AccountRef account = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits))
                    .addMastodon(server.url().toString(), token.toCharArray());
            PostThread thread = Fixtures.numbered(ws, 3);
            String id = Ids.newId();
            Instant at = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
            // the older Gloss: post 1 out, post 2 sent with its key but the answer lost
            JsonNode first = status(server, token, thread.posts().get(0).text(), null, "gloss-" + id + "-0");
            status(server, token, thread.posts().get(1).text(), first.path("id").asText(), "gloss-" + id + "-1");
            oldEntry(ws, id, thread, account, at, List.of(
                    post(0, "gloss-" + id + "-0", first.path("id").asText(), null, first.path("url").asText()),
                    post(1, "gloss-" + id + "-1", null, null, null)));
            downgrade(ws);

            Workspace upgraded = Workspace.open(ws.root());
            QueueService queue = QueueService.builder(upgraded).clock(Clock.systemDefaultZone()).secrets(secrets)
                    .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
            assertEquals("mastodon", Fixtures.only(queue.get(id)).platform());
            queue.retry(id);
            Outcome o = queue.publishDue().get(0);

            assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
            List<FakeMastodon.Status> st = server.statuses();
            assertEquals(3, st.size(), "three statuses, none twice");
            assertEquals(List.of("gloss-" + id + "-0", "gloss-" + id + "-1", "gloss-" + id + "-2"),
                    st.stream().map(FakeMastodon.Status::idempotencyKey).toList(), "the keys an older Gloss derived");
            assertEquals(st.get(1).id(), st.get(2).inReplyToId());
            assertEquals(st.stream().map(FakeMastodon.Status::id).toList(),
                    Fixtures.only(queue.get(id)).posts().stream().map(dev.gloss.workspace.PublishedPost::remoteId).toList());
        }
    }

    /** Posts a status as a client does, with an Idempotency-Key. */
    private static JsonNode status(FakeMastodon server, String token, String text, String replyTo, String key) throws Exception {
        String form = "status=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + (replyTo == null ? "" : "&in_reply_to_id=" + replyTo);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/statuses"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.MAPPER.readTree(r.body());
    }
}
