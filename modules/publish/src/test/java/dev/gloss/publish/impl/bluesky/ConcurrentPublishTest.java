package dev.gloss.publish.impl.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.LossyProxy;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.Pds;
import dev.gloss.publish.PdsExtension;
import dev.gloss.publish.PublishDueMain;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.When;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two publishers at once (two processes, or two workspaces in one process) publish an entry once. */
@ExtendWith(PdsExtension.class)
class ConcurrentPublishTest {
    @TempDir
    Path tmp;

    @Test
    void twoPublishDueProcessesPublishTheEntryOnce(Pds pds) throws Exception {
        try (LossyProxy proxy = new LossyProxy(pds.url())) {
            // slow posts down so that the two runs overlap
            proxy.delay("com.atproto.repo.applyWrites", 1000);
            BlueskyPublishTest t = new BlueskyPublishTest();
            t.tmp = tmp;
            BlueskyPublishTest.Setup s = t.setup(pds, proxy.url());
            PostThread thread = Fixtures.numbered(s.ws(), 5);
            QueueEntry entry = s.queue().add(thread.id(), s.account().id(), When.now());
            Path go = tmp.resolve("go");

            List<Process> procs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                procs.add(PublishDueMain.start(s.ws().root(), tmp.resolve("secrets"), go, tmp.resolve("out-" + i + ".txt")));
            }
            Files.writeString(go, "go");
            for (Process p : procs) {
                assertTrue(p.waitFor(2, TimeUnit.MINUTES), "a publisher did not finish");
                assertEquals(0, p.exitValue());
            }

            String out0 = Files.readString(tmp.resolve("out-0.txt"), StandardCharsets.UTF_8);
            String out1 = Files.readString(tmp.resolve("out-1.txt"), StandardCharsets.UTF_8);
            String both = out0 + out1;
            System.out.print("two publish-due processes:\n" + both);
            assertEquals(1, count(both, "published " + entry.id()), both);
            assertEquals(1, count(both, "skipped " + entry.id()), both);
            List<JsonNode> recs = BlueskyPublishTest.posts(pds, s.remote().did());
            assertEquals(5, recs.size(), "published once: " + both);
            BlueskyPublishTest.assertChain(recs);
            assertEquals(1, proxy.count("applyWrites"), "one commit, from the process that held the entry");
            s.ws().reload();
            assertEquals(QueueState.PUBLISHED, s.queue().get(entry.id()).state());
            assertEquals(1, Fixtures.only(s.queue().get(entry.id())).attempts());
        }
    }

    @Test
    void twoWorkspaceInstancesInOneProcessPublishTheEntryOnce(Pds pds) throws Exception {
        try (LossyProxy proxy = new LossyProxy(pds.url())) {
            proxy.delay("com.atproto.repo.applyWrites", 1000);
            BlueskyPublishTest t = new BlueskyPublishTest();
            t.tmp = tmp;
            BlueskyPublishTest.Setup s = t.setup(pds, proxy.url());
            PostThread thread = Fixtures.numbered(s.ws(), 4);
            QueueEntry entry = s.queue().add(thread.id(), s.account().id(), When.now());

            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Outcome>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Workspace own = Workspace.open(s.ws().root());
                QueueService q = QueueService.builder(own).clock(Clock.systemDefaultZone()).secrets(s.secrets())
                        .http(Fixtures.transport()).retry(Fixtures.fastRetry(new Fixtures.Waits())).build();
                runs.add(pool.submit(() -> {
                    start.await();
                    return q.publishDue();
                }));
            }
            start.countDown();
            List<Outcome.Result> results = new ArrayList<>();
            for (Future<List<Outcome>> f : runs) {
                f.get(2, TimeUnit.MINUTES).forEach(o -> results.add(o.result()));
            }
            pool.shutdown();

            assertEquals(1, results.stream().filter(r -> r == Outcome.Result.PUBLISHED).count(), results.toString());
            assertEquals(1, results.stream().filter(r -> r == Outcome.Result.SKIPPED).count(), results.toString());
            assertEquals(4, BlueskyPublishTest.posts(pds, s.remote().did()).size());
            assertEquals(QueueState.PUBLISHED, Workspace.open(s.ws().root()).get(dev.gloss.workspace.Kind.QUEUE, entry.id())
                    .orElseThrow().state());
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
