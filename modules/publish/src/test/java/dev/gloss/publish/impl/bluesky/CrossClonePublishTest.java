package dev.gloss.publish.impl.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.LossyProxy;
import dev.gloss.publish.Pds;
import dev.gloss.publish.PdsExtension;
import dev.gloss.publish.PublishDueMain;
import dev.gloss.publish.When;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team set-up: one workspace in git, a laptop and a server each holding a clone. Both
 * clones have the same due entry (same id and time, as git gives them) and neither sees the
 * other's lock or queue state; two {@code publish-due} processes start at the same moment
 * against one real PDS. The thread (4 posts, one with an image) goes out exactly once, also
 * when one publisher loses its answer or is killed in the middle of its write.
 */
@ExtendWith(PdsExtension.class)
class CrossClonePublishTest {
    @TempDir
    Path tmp;

    private record Clones(BlueskyPublishTest.Setup laptop, Path server, Path serverSecrets, QueueEntry entry) {
    }

    /** A workspace with an account and a due 4-post entry, and a copy of it as a clone would have it. */
    private Clones clones(Pds pds, URI laptopService) throws Exception {
        BlueskyPublishTest t = new BlueskyPublishTest();
        t.tmp = tmp;
        BlueskyPublishTest.Setup s = t.setup(pds, laptopService);
        Fixtures.png(s.ws().root().resolve("images/fig.png"), 300, 180);
        PostThread thread = Fixtures.thread(s.ws(), "cross-clone", List.of(
                Post.of("1/4 What a fine-tuned model changes, in four posts #ResearchMonday"),
                Post.of("2/4 The update is small and low-rank."),
                Fixtures.withImage("3/4 It sits in the top layers (figure).", "images/fig.png", "Layer-by-layer change, largest at the top."),
                Post.of("4/4 Restoring the top layers undoes most of it.")));
        QueueEntry entry = s.queue().add(thread.id(), s.account().id(), When.now());
        Path server = tmp.resolve("server-clone");
        Fixtures.copyAsGitWould(s.ws().root(), server);
        Path serverSecrets = tmp.resolve("server-secrets");
        // the server has its own secret store, with the same app password (e.g. from GLOSS_SECRET_...)
        Fixtures.secrets(serverSecrets).saveCredential(s.account().id(), s.remote().password().toCharArray());
        return new Clones(s, server, serverSecrets, entry);
    }

    private Process publishDue(Path ws, Path secrets, Path go, String name) throws IOException {
        return PublishDueMain.start(ws, secrets, go, tmp.resolve(name + ".txt"));
    }

    private String output(String name) throws IOException {
        return Files.readString(tmp.resolve(name + ".txt"), StandardCharsets.UTF_8);
    }

    private static void finish(Process p) throws InterruptedException {
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "a publisher did not finish");
        assertEquals(0, p.exitValue());
    }

    /** Exactly the thread, in reply order, the image on post 3; returns the records. */
    private static List<JsonNode> assertThreadOnce(Pds pds, String did, String why) throws Exception {
        List<JsonNode> recs = BlueskyPublishTest.posts(pds, did);
        assertEquals(4, recs.size(), why);
        BlueskyPublishTest.assertChain(recs);
        for (int i = 0; i < 4; i++) {
            assertTrue(recs.get(i).path("value").path("text").asText().startsWith((i + 1) + "/4"), "in reply order: " + recs);
        }
        assertEquals("app.bsky.embed.images", recs.get(2).path("value").path("embed").path("$type").asText());
        return recs;
    }

    private static void assertPublishedAs(Path ws, String entryId, List<JsonNode> recs) {
        QueueEntry e = Workspace.open(ws).get(Kind.QUEUE, entryId).orElseThrow();
        assertEquals(QueueState.PUBLISHED, e.state(), ws + ": " + Fixtures.only(e).failure());
        List<String> ids = Fixtures.only(e).posts().stream().map(PublishedPost::remoteId).toList();
        assertEquals(recs.stream().map(r -> r.path("uri").asText()).toList(), ids, "each clone knows the same posts");
    }

    @Test
    void twoClonesPublishingAtOnceWriteTheThreadOnce(Pds pds) throws Exception {
        try (LossyProxy laptopNet = new LossyProxy(pds.url())) {
            // the laptop's write is slowed so that the two writes overlap
            laptopNet.delay("com.atproto.repo.applyWrites", 800);
            Clones c = clones(pds, laptopNet.url());
            Path go = tmp.resolve("go");
            // the server clone talks to the PDS directly
            Workspace server = Workspace.open(c.server());
            server.update(Kind.ACCOUNTS, c.laptop().account().id(), a -> new dev.gloss.workspace.AccountRef(a.id(), a.kind(),
                    pds.url().toString(), a.handle(), a.remoteId(), a.maxCharacters()));

            Process laptop = publishDue(c.laptop().ws().root(), tmp.resolve("secrets"), go, "laptop");
            Process srv = publishDue(c.server(), c.serverSecrets(), go, "server");
            Files.writeString(go, "go");
            finish(laptop);
            finish(srv);

            String out = output("laptop") + output("server");
            System.out.print("two clones, publish-due at once:\n" + out);
            assertEquals(2, out.lines().filter(l -> l.equals("published " + c.entry().id())).count(), out);
            List<JsonNode> recs = assertThreadOnce(pds, c.laptop().remote().did(), "one thread from two clones: " + out);
            assertPublishedAs(c.laptop().ws().root(), c.entry().id(), recs);
            assertPublishedAs(c.server(), c.entry().id(), recs);
        }
    }

    @Test
    void aCloneThatLosesItsAnswerMidWriteAndOneThatIsKilledStillLeaveOneThread(Pds pds) throws Exception {
        try (LossyProxy laptopNet = new LossyProxy(pds.url())) {
            // the laptop's write reaches the server, then its network goes: it never hears back
            laptopNet.dropResponse("com.atproto.repo.applyWrites", 1, true);
            Clones c = clones(pds, laptopNet.url());
            Path serverSecrets = c.serverSecrets();
            try (LossyProxy serverNet = new LossyProxy(pds.url())) {
                // the server's write is held long enough to kill the server process in the middle of it
                serverNet.delay("com.atproto.repo.applyWrites", 3000);
                Workspace server = Workspace.open(c.server());
                server.update(Kind.ACCOUNTS, c.laptop().account().id(), a -> new dev.gloss.workspace.AccountRef(a.id(), a.kind(),
                        serverNet.url().toString(), a.handle(), a.remoteId(), a.maxCharacters()));
                Path go = tmp.resolve("go");
                Process laptop = publishDue(c.laptop().ws().root(), tmp.resolve("secrets"), go, "laptop");
                Process srv = publishDue(c.server(), serverSecrets, go, "server");
                Files.writeString(go, "go");
                for (int i = 0; i < 600 && serverNet.count("applyWrites") == 0; i++) {
                    Thread.sleep(50);
                }
                assertEquals(1, serverNet.count("applyWrites"), "the server clone started its write");
                srv.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // killed with its write in flight
                finish(laptop);
                String first = output("laptop");
                System.out.print("laptop (answer lost):\n" + first);
                assertTrue(first.contains("failed " + c.entry().id()), first);
                Thread.sleep(3500); // the dead server's held write now reaches the PDS, and finds the keys taken
                assertThreadOnce(pds, c.laptop().remote().did(), "after a lost answer and a killed process");

                // the next cron run on the server resumes the entry it left publishing; the laptop retries
                serverNet.delay("com.atproto.repo.applyWrites", 0);
                laptopNet.online();
                Workspace laptopWs = Workspace.open(c.laptop().ws().root());
                assertEquals(QueueState.PUBLISHING, Workspace.open(c.server()).get(Kind.QUEUE, c.entry().id()).orElseThrow().state());
                dev.gloss.publish.QueueService.builder(laptopWs).secrets(c.laptop().secrets()).build().retry(c.entry().id());
                Path go2 = tmp.resolve("go2");
                Process again = publishDue(c.server(), serverSecrets, go2, "server2");
                Process laptop2 = publishDue(c.laptop().ws().root(), tmp.resolve("secrets"), go2, "laptop2");
                Files.writeString(go2, "go");
                finish(again);
                finish(laptop2);
                String second = output("server2") + output("laptop2");
                System.out.print("reruns:\n" + second);
                assertEquals(2, second.lines().filter(l -> l.equals("published " + c.entry().id())).count(), second);
                List<JsonNode> recs = assertThreadOnce(pds, c.laptop().remote().did(), "after the reruns: " + second);
                assertPublishedAs(c.laptop().ws().root(), c.entry().id(), recs);
                assertPublishedAs(c.server(), c.entry().id(), recs);
                long writes = laptopNet.count("applyWrites") + serverNet.count("applyWrites");
                assertEquals(2, writes, "the reruns adopted the posts: " + laptopNet.seen() + serverNet.seen());
            }
        }
    }

    @Test
    void keysAndTimesAreTheSameForEveryCopyAndGrowWithinAThread() {
        java.time.Instant at = java.time.Instant.parse("2026-03-02T09:00:00Z");
        List<Tid.PostTime> a = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            a.add(Tid.forPost("01jentry", at, i));
            assertEquals(a.get(i), Tid.forPost("01jentry", at, i), "derived, not chosen");
            assertTrue(Tid.isValid(a.get(i).rkey()));
            assertEquals(a.get(i).createdAt(), Tid.instantOf(a.get(i).rkey()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                    "createdAt is the key's time");
            assertTrue(a.get(i).createdAt().toString().endsWith("Z"));
        }
        for (int i = 1; i < a.size(); i++) {
            assertTrue(a.get(i).rkey().compareTo(a.get(i - 1).rkey()) > 0);
            assertTrue(a.get(i).createdAt().isAfter(a.get(i - 1).createdAt()));
        }
        assertTrue(!a.get(0).createdAt().isBefore(at) && a.get(0).createdAt().isBefore(at.plusSeconds(1)));
        // another entry due at the same minute gets other keys
        assertTrue(!Tid.forPost("01jother", at, 0).rkey().equals(a.get(0).rkey()));
        assertEquals(Tid.clockIdOf(a.get(0).rkey()), Tid.clockIdOf(a.get(7).rkey()), "one clock id per entry");
    }
}
