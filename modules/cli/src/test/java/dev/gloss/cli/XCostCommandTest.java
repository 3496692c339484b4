package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.XPrices;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gloss queue add / x-prices with an X account signed in to: the cost is said, and accepted with a flag. */
class XCostCommandTest {
    @TempDir
    Path tmp;
    String ws;
    String thread;

    @BeforeEach
    void setUp() {
        ws = tmp.resolve("ws").toString();
        Workspace w = Workspace.open(Path.of(ws));
        // signed in (it has an API address); queueing needs no token, publishing would
        w.save(Kind.ACCOUNTS, new AccountRef("acc-x", "x", "https://api.x.com", "alice_research", "147", null));
        Instant now = Instant.now();
        thread = w.save(Kind.THREADS, new PostThread(Ids.newId(), "linked", List.of("x"), null, List.of(
                Post.of("A paper https://arxiv.org/abs/2106.09685 on updates."), Post.of("Code: github.com/microsoft/LoRA"),
                Post.of("Thanks.")), now, now)).id();
    }

    @Test
    void queueAddSaysTheCostAndWantsItAcceptedOnce() throws Exception {
        CliRun refused = CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "alice_research", "--at", "2031-01-06T09:00");
        assertEquals(2, refused.code());
        assertEquals("gloss: Publishing to alice_research on X costs money. On X this thread costs about $0.415 in API credits:"
                + " one post at $0.015, 2 posts with a link at $0.20 each (X's prices as of 2026-12-07). Add --accept-x-cost to accept it"
                + " (asked once per account and price list); --links-to-last moves the links of earlier posts into the last one, on X only\n",
                refused.err());

        CliRun accepted = CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "alice_research", "--at", "2031-01-06T09:00",
                "--accept-x-cost", "--links-to-last");
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(accepted.out().contains("x: On X this thread costs about $0.23 in API credits: 2 posts at $0.015 each,"
                + " one post with a link at $0.20 (X's prices as of 2026-12-07). Links moved to the last post."), accepted.out());
        Workspace w = Workspace.open(Path.of(ws));
        assertEquals("2026-12-07", w.get(Kind.ACCOUNTS, "acc-x").orElseThrow().option(XPrices.ACCEPTED));
        QueueEntry e = w.queue().get(0);
        assertTrue(e.targets().get(0).movesLinks());

        CliRun second = CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "alice_research", "--at", "2031-01-13T09:00");
        assertEquals(0, second.code(), "accepted once: " + second.err());
        assertTrue(second.out().contains("x: On X this thread costs about $0.415"), "still said: " + second.out());
    }

    @Test
    void xPricesShowsAndUpdatesTheWorkspacesList() throws Exception {
        CliRun shown = CliRun.of("--workspace", ws, "queue", "x-prices");
        assertEquals("X's prices as of 2026-12-07 (as X published them): a post $0.015, a post with a link $0.20,"
                + " an image upload $0.00, an alt text $0.005.\n", shown.out());

        CliRun set = CliRun.of("--workspace", ws, "queue", "x-prices", "--link", "0.25", "--as-of", "2027-02-01");
        assertEquals(0, set.code(), set.err());
        assertTrue(set.out().startsWith("X's prices as of 2027-02-01 (this workspace's): a post $0.015, a post with a link $0.25"), set.out());
        CliRun bad = CliRun.of("--workspace", ws, "queue", "x-prices", "--post", "cheap");
        assertEquals(2, bad.code());
        assertEquals("gloss: \"cheap\" is not a price; give dollars of at least 0, such as --post 0.015\n", bad.err());

        CliRun refused = CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "alice_research", "--at", "2031-01-06T09:00");
        assertTrue(refused.err().contains("$0.515") && refused.err().contains("as of 2027-02-01"), refused.err());
        assertEquals(0, CliRun.of("--workspace", ws, "queue", "x-prices", "--published").code());
        assertEquals(XPrices.PUBLISHED, XPrices.of(Workspace.open(Path.of(ws))));
    }

    @Test
    void queuePublishSaysTheCostAndSpendsNothingUntilAccepted() throws Exception {
        String old = System.getProperty("gloss.secrets");
        System.setProperty("gloss.secrets", tmp.resolve("secrets").toString());
        try {
            Workspace w = Workspace.open(Path.of(ws));
            Instant now = Instant.now();
            // queued before costs were asked about
            QueueEntry e = w.save(Kind.QUEUE, QueueEntry.scheduled(Ids.newId(), thread, now, "UTC",
                    List.of(dev.gloss.workspace.QueueTarget.scheduled("x", "acc-x", "k", now)), now));

            CliRun refused = CliRun.of("--workspace", ws, "queue", "publish", e.id());
            assertEquals(2, refused.code());
            assertTrue(refused.out().startsWith("x: On X this thread costs about $0.415"), refused.out());
            assertTrue(refused.err().contains("costs money and was not confirmed: queue it again from the desktop, or run gloss queue publish"
                    + " with --accept-x-cost"), refused.err());

            assertEquals(0, CliRun.of("--workspace", ws, "queue", "retry", e.id()).code());
            CliRun accepted = CliRun.of("--workspace", ws, "queue", "publish", e.id(), "--accept-x-cost");
            assertEquals("2026-12-07", Workspace.open(Path.of(ws)).get(Kind.ACCOUNTS, "acc-x").orElseThrow().option(XPrices.ACCEPTED));
            assertTrue(accepted.err().contains("No password or token is stored for @alice_research on https://api.x.com"),
                    "past the cost, on to the token this test has none of: " + accepted.err());
        } finally {
            if (old == null) {
                System.clearProperty("gloss.secrets");
            } else {
                System.setProperty("gloss.secrets", old);
            }
        }
    }
}
