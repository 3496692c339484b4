package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.publish.impl.mastodon.FakeMastodon;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One thread queued once for Mastodon, Bluesky and X: one entry, one time, three targets, each
 * publishing on its own, against the real PDS on loopback and the Mastodon test server.
 */
@ExtendWith(PdsExtension.class)
class MultiPlatformPublishTest {
    private static final String TOKEN = "tok-alice-multi-0123";

    @TempDir
    Path tmp;

    private static String handle() {
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder("mp");
        for (int i = 0; i < 6; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b + ".test";
    }

    private static List<JsonNode> records(Pds pds, String did) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        pds.listRecords(did, "app.bsky.feed.post").forEach(out::add);
        out.sort(Comparator.comparing(r -> r.path("uri").asText()));
        return out;
    }

    @Test
    void aThreadQueuedOnceGoesOutEverywhereAndAFailureOnOnePlatformIsRetriedThereAlone(Pds pds) throws Exception {
        try (LossyProxy bskyNet = new LossyProxy(pds.url()); FakeMastodon mastodon = new FakeMastodon().account("alice", TOKEN)) {
            Pds.Account remote = pds.createAccount(handle(), "app-pass-" + System.nanoTime());
            Workspace ws = Workspace.open(tmp.resolve("ws"));
            Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
            Fixtures.Waits waits = new Fixtures.Waits();
            Accounts accounts = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits));
            AccountRef masto = accounts.addMastodon(mastodon.url().toString(), TOKEN.toCharArray());
            AccountRef bsky = accounts.addBluesky(bskyNet.url().toString(), remote.handle(), remote.password().toCharArray());
            AccountRef x = accounts.addExport("x", "@alice");
            QueueService queue = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                    .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
            List<Post> posts = List.of(
                    Post.of("1/3 One thread, three platforms, queued once #ResearchMonday"),
                    Post.of("2/3 Each platform keeps its own state."),
                    Post.of("3/3 And a failure on one leaves the others alone."));
            PostThread thread = Fixtures.thread(ws, "everywhere", posts);
            // Mastodon takes post 2 but its answer is lost, and then the server is gone
            mastodon.loseResponse("/api/v1/statuses", 2, true);

            QueueEntry queued = queue.add(thread.id(), List.of(masto.id(), bsky.id(), x.id()), When.now());
            assertEquals(List.of("mastodon", "bluesky", "x"), queued.targets().stream().map(QueueTarget::platform).toList());
            assertEquals(1, ws.queue().size(), "one entry for the whole thread");

            List<Outcome> first = queue.publishDue();

            assertEquals(1, first.size());
            Outcome o = first.get(0);
            assertEquals(Outcome.Result.FAILED, o.result(), o::line);
            assertEquals(List.of(Outcome.Result.FAILED, Outcome.Result.PUBLISHED, Outcome.Result.PUBLISHED),
                    o.targets().stream().map(Outcome.Target::result).toList(), o::line);
            assertEquals(PublishException.Reason.NOT_TAKEN, o.targets().get(0).reason().reason());
            assertEquals(List.of("Mastodon", "@alice@localhost"), o.targets().get(0).reason().args().subList(0, 2));
            assertEquals(2, o.targets().get(0).reason().args().get(3), "post 2 is the one in doubt");

            List<JsonNode> recs = records(pds, remote.did());
            assertEquals(3, recs.size(), "Bluesky went out although Mastodon, tried first, failed");
            for (int i = 0; i < 3; i++) {
                assertEquals(posts.get(i).text(), recs.get(i).path("value").path("text").asText());
            }
            Path export = ws.root().resolve("exports").resolve(queued.id()).resolve("x");
            assertEquals(posts.get(2).text(), Files.readString(export.resolve("03.txt")));
            assertEquals(2, mastodon.statuses().size());

            QueueEntry failed = queue.get(queued.id());
            assertEquals(QueueState.FAILED, failed.state());
            QueueTarget mFailed = failed.target("mastodon").orElseThrow();
            assertEquals(QueueState.FAILED, mFailed.state());
            assertTrue(mFailed.post(0).orElseThrow().exists());
            assertEquals("gloss-" + queued.id() + "-mastodon-1", mFailed.post(1).orElseThrow().key(), "saved before the request");
            assertFalse(mFailed.post(1).orElseThrow().exists());
            QueueTarget bDone = failed.target("bluesky").orElseThrow();
            QueueTarget xDone = failed.target("x").orElseThrow();
            assertEquals(QueueState.PUBLISHED, bDone.state());
            assertEquals(3, bDone.postsOut());
            assertEquals(QueueState.PUBLISHED, xDone.state());
            long writes = bskyNet.count("applyWrites");
            long exportWrite = Files.getLastModifiedTime(export.resolve("01.txt")).toMillis();

            mastodon.online();
            QueueEntry again = queue.retry(queued.id(), "mastodon");
            assertEquals(QueueState.SCHEDULED, again.target("mastodon").orElseThrow().state());
            assertEquals(bDone, again.target("bluesky").orElseThrow(), "the retry of Mastodon does not touch Bluesky");
            assertEquals(xDone, again.target("x").orElseThrow());

            List<Outcome> second = queue.publishDue();

            assertEquals(1, second.size());
            assertEquals(Outcome.Result.PUBLISHED, second.get(0).result(), second.get(0)::line);
            assertEquals(List.of("mastodon"), second.get(0).targets().stream().map(Outcome.Target::platform).toList(),
                    "only the failed platform was tried");
            List<FakeMastodon.Status> st = mastodon.statuses();
            assertEquals(3, st.size(), "post 2 was not posted twice: its key answered with the status made before");
            for (int i = 1; i < 3; i++) {
                assertEquals(st.get(i - 1).id(), st.get(i).inReplyToId());
            }
            QueueEntry done = queue.get(queued.id());
            assertTrue(done.isAllPublished());
            assertEquals(QueueState.PUBLISHED, done.state());
            assertEquals(st.stream().map(FakeMastodon.Status::id).toList(),
                    done.target("mastodon").orElseThrow().posts().stream().map(PublishedPost::remoteId).toList());
            assertEquals(2, done.target("mastodon").orElseThrow().attempts());
            assertEquals(bDone, done.target("bluesky").orElseThrow(), "Bluesky's target is as it was");
            assertEquals(xDone, done.target("x").orElseThrow());
            assertEquals(3, records(pds, remote.did()).size(), "nothing more on Bluesky");
            assertEquals(writes, bskyNet.count("applyWrites"), "Bluesky was not written to again");
            assertEquals(exportWrite, Files.getLastModifiedTime(export.resolve("01.txt")).toMillis(), "nor the export");
            assertTrue(queue.publishDue().isEmpty());
        }
    }
}
