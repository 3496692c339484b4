package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace of schema 1 (one account per queue entry) opened by this Gloss. */
class QueueTargetsMigrationTest {
    private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path dir;

    /** The files as Gloss 1 wrote them: a manifest of schema 1, two accounts, and entries in every state. */
    private void schemaOne() throws Exception {
        write("gloss.json", "{\n  \"schema\" : 1,\n  \"settings\" : { }\n}\n");
        write("accounts/bsky1.json", "{\n  \"id\" : \"bsky1\",\n  \"kind\" : \"bluesky\",\n  \"service\" : \"http://127.0.0.1:2583\",\n  \"handle\" : \"alice.test\"\n}\n");
        write("accounts/masto1.json", "{\n  \"id\" : \"masto1\",\n  \"kind\" : \"mastodon\",\n  \"service\" : \"https://m.example\",\n  \"handle\" : \"alice\"\n}\n");
        // published: every post out
        write("queue/q-done.json", """
                {
                  "id" : "q-done",
                  "threadId" : "t1",
                  "accountId" : "bsky1",
                  "at" : "2026-11-30T08:00:00Z",
                  "zone" : "Europe/Berlin",
                  "state" : "PUBLISHED",
                  "posts" : [ {
                    "index" : 0,
                    "key" : "3lcmzs2gxbk2x",
                    "remoteId" : "at://did:plc:abc/app.bsky.feed.post/3lcmzs2gxbk2x",
                    "cid" : "bafyreia",
                    "url" : "https://bsky.app/profile/did:plc:abc/post/3lcmzs2gxbk2x"
                  } ],
                  "attempts" : 1,
                  "created" : "2026-11-28T10:00:00Z",
                  "updated" : "2026-11-30T08:00:02Z"
                }
                """);
        // half-published and failed: post 1 out, post 2's key saved before a request whose answer was lost
        write("queue/q-half.json", """
                {
                  "id" : "q-half",
                  "threadId" : "t1",
                  "accountId" : "masto1",
                  "at" : "2026-11-30T08:00:00Z",
                  "zone" : "Europe/Berlin",
                  "state" : "FAILED",
                  "failure" : {
                    "reason" : "PublishException.NOT_TAKEN",
                    "values" : [ { "text" : "Mastodon" }, { "text" : "@alice" }, { "text" : "m.example" }, { "number" : 2 }, { "number" : 3 } ]
                  },
                  "posts" : [ {
                    "index" : 0,
                    "key" : "gloss-q-half-0",
                    "remoteId" : "1001",
                    "url" : "https://m.example/@alice/1001"
                  }, {
                    "index" : 1,
                    "key" : "gloss-q-half-1"
                  } ],
                  "attempts" : 2,
                  "created" : "2026-11-28T10:00:00Z",
                  "updated" : "2026-11-30T08:00:05Z"
                }
                """);
        // an older file still: a failure kept only as a sentence, for an account removed since
        write("queue/q-old.json", "{\"id\":\"q-old\",\"threadId\":\"t2\",\"accountId\":\"gone\",\"at\":\"2026-12-07T08:00:00Z\","
                + "\"state\":\"FAILED\",\"reason\":\"Bluesky refused to sign in.\",\"posts\":[],\"attempts\":1}\n");
        write("queue/q-later.json", "{\"id\":\"q-later\",\"threadId\":\"t2\",\"accountId\":\"bsky1\",\"at\":\"2026-12-07T08:00:00Z\","
                + "\"zone\":\"Europe/Berlin\",\"state\":\"SCHEDULED\",\"posts\":[],\"attempts\":0}\n");
        write("queue/q-broken.json", "{ \"id\" : \"q-broken\", \"threadId\" : ");
    }

    private void write(String rel, String text) throws Exception {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void eachOldEntryBecomesAnEntryWithOneTargetThatKeepsItsKeys() throws Exception {
        schemaOne();
        byte[] broken = Files.readAllBytes(dir.resolve("queue/q-broken.json"));

        Workspace ws = Workspace.open(dir);

        assertEquals(2, Json.MAPPER.readTree(dir.resolve("gloss.json").toFile()).get("schema").asInt());
        QueueEntry done = ws.get(Kind.QUEUE, "q-done").orElseThrow();
        assertEquals("t1", done.threadId());
        assertEquals(AT, done.at());
        assertEquals("Europe/Berlin", done.zone());
        assertEquals(Instant.parse("2026-11-28T10:00:00Z"), done.created());
        assertEquals(1, done.targets().size());
        QueueTarget bsky = done.targets().get(0);
        assertEquals("bluesky", bsky.platform(), "the platform is the account's kind");
        assertEquals("bsky1", bsky.accountId());
        assertEquals(QueueState.PUBLISHED, bsky.state());
        assertEquals("q-done", bsky.keyBase(), "keys stay derived from the entry id, as Gloss 1 derived them");
        assertEquals(new PublishedPost(0, "3lcmzs2gxbk2x", "at://did:plc:abc/app.bsky.feed.post/3lcmzs2gxbk2x", "bafyreia",
                "https://bsky.app/profile/did:plc:abc/post/3lcmzs2gxbk2x"), bsky.posts().get(0));
        assertEquals(QueueState.PUBLISHED, done.state());

        QueueTarget half = ws.get(Kind.QUEUE, "q-half").orElseThrow().targets().get(0);
        assertEquals("mastodon", half.platform());
        assertEquals(QueueState.FAILED, half.state());
        assertEquals(2, half.attempts());
        assertEquals("PublishException.NOT_TAKEN", half.failure().reason());
        assertEquals(5, half.failure().values().size());
        assertEquals(List.of(new PublishedPost(0, "gloss-q-half-0", "1001", null, "https://m.example/@alice/1001"),
                new PublishedPost(1, "gloss-q-half-1", null, null, null)), half.posts(), "the saved key of the post in doubt is kept");
        assertEquals(Instant.parse("2026-11-30T08:00:05Z"), half.updated());

        QueueTarget old = ws.get(Kind.QUEUE, "q-old").orElseThrow().targets().get(0);
        assertNull(old.platform(), "the account is gone: no platform to take");
        assertEquals("Bluesky refused to sign in.", old.reason());
        assertNull(old.failure());

        assertEquals(QueueState.SCHEDULED, ws.get(Kind.QUEUE, "q-later").orElseThrow().state());
        assertArrayEquals(broken, Files.readAllBytes(dir.resolve("queue/q-broken.json")), "an unreadable file is left untouched");
        assertEquals(List.of(Path.of("queue/q-broken.json")), ws.problems().stream().map(Problem::shown).toList());

        JsonNode file = Json.MAPPER.readTree(dir.resolve("queue/q-half.json").toFile());
        assertFalse(file.has("accountId"), "the file is in the new form");
        assertFalse(file.has("state"), "the entry's state is its targets'");
        assertEquals("mastodon", file.at("/targets/0/platform").asText());
    }

    @Test
    void theUpgradedFileIsWhatThisGlossWouldWriteAndReadsBackTheSame() throws Exception {
        schemaOne();
        Workspace ws = Workspace.open(dir);
        QueueEntry half = ws.get(Kind.QUEUE, "q-half").orElseThrow();
        byte[] upgraded = Files.readAllBytes(dir.resolve("queue/q-half.json"));
        assertArrayEquals(Json.pretty(half), upgraded);
        assertEquals(half, Workspace.open(dir).get(Kind.QUEUE, "q-half").orElseThrow());
        assertEquals(half, Json.MAPPER.readValue(upgraded, QueueEntry.class));
    }

    @Test
    void anEntryBeingPublishedKeepsItsOldFormAndStillReads() throws Exception {
        schemaOne();
        byte[] before = Files.readAllBytes(dir.resolve("queue/q-later.json"));
        ObjectLocks locks = new ObjectLocks(dir.resolve(".gloss").resolve("locks"));
        Workspace ws;
        // another thread holds the lock, as a publisher in this or another process would
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread publisher = new Thread(() -> {
            try (ObjectLock l = locks.lock(QueueEntry.publishLock("q-later"))) {
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        publisher.start();
        try {
            held.await();
            ws = Workspace.open(dir);
        } finally {
            done.countDown();
            publisher.join();
        }
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("queue/q-later.json")));
        QueueEntry later = ws.get(Kind.QUEUE, "q-later").orElseThrow();
        assertEquals(1, later.targets().size());
        assertEquals("bsky1", later.targets().get(0).accountId());
        assertEquals("q-later", later.targets().get(0).keyBase());
        assertEquals(QueueState.SCHEDULED, later.state());
        assertTrue(Files.readString(dir.resolve("queue/q-done.json")).contains("\"targets\""), "the others were upgraded");
    }

    @Test
    void anOldFileMergedInAfterTheUpgradeReadsAsOneTarget() throws Exception {
        Workspace ws = Workspace.open(dir);
        write("queue/q-merged.json", "{\"id\":\"q-merged\",\"threadId\":\"t9\",\"accountId\":\"bsky1\",\"at\":\"2026-12-07T08:00:00Z\","
                + "\"state\":\"PUBLISHING\",\"posts\":[{\"index\":0,\"key\":\"3lcmzs2gxbk2x\"}],\"attempts\":1}\n");
        ws.reload();
        QueueEntry e = ws.get(Kind.QUEUE, "q-merged").orElseThrow();
        assertEquals(QueueState.PUBLISHING, e.state());
        assertEquals(Optional.of(new PublishedPost(0, "3lcmzs2gxbk2x", null, null, null)), e.targets().get(0).post(0));
        assertEquals("q-merged", e.targets().get(0).keyBase());
    }
}
