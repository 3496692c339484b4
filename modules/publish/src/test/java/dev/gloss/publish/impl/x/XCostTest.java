package dev.gloss.publish.impl.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.Accounts;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.Secrets;
import dev.gloss.publish.When;
import dev.gloss.publish.XCost;
import dev.gloss.publish.XPrices;
import dev.gloss.publish.impl.export.ExportPublisher;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * X charges for each post, more for one with a link: the cost is said before the first thread
 * goes to an X account, by the workspace's price list, accepted once per account and list, and
 * the links can move to the last post for X alone. Against the loopback X of {@link XPublishTest}.
 */
class XCostTest {
    @TempDir
    Path tmp;
    FakeX x;
    Workspace ws;
    QueueService queue;
    AccountRef account;
    AccountRef linkedin;

    @BeforeEach
    void setUp() throws Exception {
        x = new FakeX(XPublishTest.USER, "alice_research");
        ws = Workspace.open(tmp.resolve("ws"));
        Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
        OAuthTokens t = XClientTest.signIn(x.url(), FakeX.CLIENT_ID, null);
        account = ws.save(Kind.ACCOUNTS, new AccountRef(Ids.newId(), "x", x.url().toString(), "alice_research", XPublishTest.USER, null));
        secrets.saveCredential(account.id(), t.toSecret());
        linkedin = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(new Fixtures.Waits())).addExport("linkedin", "Alice");
        queue = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(new Fixtures.Waits())).build();
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    /** Three posts with a link in the first two, the middle one with a figure and alt text. */
    PostThread linked() throws Exception {
        Fixtures.png(ws.root().resolve("images/fig.png"), 300, 180);
        return Fixtures.thread(ws, "linked", List.of(
                Post.of("A paper on low-rank updates https://arxiv.org/abs/2106.09685 #ResearchMonday"),
                Fixtures.withImage("The update is small (code: github.com/microsoft/LoRA).", "images/fig.png", "Rank by layer."),
                Post.of("Restoring the top layers undoes most of it.")));
    }

    @Test
    void theFirstThreadToAnXAccountIsRefusedWithItsCostUntilAccepted() throws Exception {
        PostThread t = linked();

        PublishSetupException ask = assertThrows(PublishSetupException.class,
                () -> queue.add(t.id(), List.of(account.id(), linkedin.id()), When.now()));

        assertEquals(PublishSetupException.Reason.X_COST_UNCONFIRMED, ask.reason());
        XCost cost = (XCost) ask.args().get(1);
        assertEquals(1, cost.posts());
        assertEquals(2, cost.postsWithLink());
        assertEquals(0, new BigDecimal("0.420").compareTo(cost.total()), "0.015 + 2 × 0.20 + 0.005 alt text: " + cost.total());
        assertEquals("Publishing to alice_research on X costs money and was not confirmed yet. On X this thread costs about $0.42"
                + " in API credits: one post at $0.015, 2 posts with a link at $0.20 each, one alt text at $0.005"
                + " (X's prices as of 2026-12-07).", Phrasebook.MODULES.of(ask));
        assertTrue(ws.queue().isEmpty(), "nothing queued");

        queue.add(t.id(), List.of(account.id(), linkedin.id()), When.now(), new QueueService.XChoice(true, false));
        assertEquals("2026-12-07", ws.reread(Kind.ACCOUNTS, account.id()).orElseThrow().option(XPrices.ACCEPTED), "remembered");
        QueueEntry again = queue.add(t.id(), List.of(account.id()), When.now());
        assertEquals(QueueState.SCHEDULED, again.state(), "not asked a second time");
    }

    @Test
    void linksMoveToTheLastPostOnXAloneAndTheCostFalls() throws Exception {
        PostThread t = linked();
        XCost asWritten = queue.xCost(t.id(), account.id(), false).orElseThrow();
        XCost moved = queue.xCost(t.id(), account.id(), true).orElseThrow();
        assertEquals(0, new BigDecimal("0.235").compareTo(moved.total()), "two plain posts, one with links, one alt text: " + moved.total());
        assertTrue(moved.total().compareTo(asWritten.total()) < 0);
        assertTrue(queue.xCost(t.id(), linkedin.id(), true).isEmpty(), "LinkedIn export costs nothing");

        QueueEntry e = queue.add(t.id(), List.of(account.id(), linkedin.id()), When.now(), new QueueService.XChoice(true, true));
        assertTrue(e.targetOf(account.id()).orElseThrow().movesLinks());
        assertFalse(e.targetOf(linkedin.id()).orElseThrow().movesLinks());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        List<FakeX.Tweet> live = x.posts();
        assertEquals(List.of("A paper on low-rank updates #ResearchMonday", "The update is small (code:).",
                "Restoring the top layers undoes most of it.\n\nhttps://arxiv.org/abs/2106.09685\ngithub.com/microsoft/LoRA"),
                live.stream().map(FakeX.Tweet::text).toList());
        assertEquals(1, live.get(1).media().size(), "the figure stays on its post");
        String exported = Files.readString(ws.root().resolve(ExportPublisher.folder(e.id(), "linkedin")).resolve("thread.txt"));
        assertTrue(exported.contains("low-rank updates https://arxiv.org/abs/2106.09685"), "LinkedIn gets the thread as written: " + exported);
    }

    @Test
    void theWorkspacesOwnPriceListIsUsedAndAskedAboutAgain() throws Exception {
        PostThread t = linked();
        queue.add(t.id(), List.of(account.id()), When.parse("2030-01-01T09:00", Clock.systemDefaultZone()), new QueueService.XChoice(true, false));
        XPrices.of(ws).with("0.02", "0.25", "0.01", null, "2027-02-01").save(ws);

        XCost c = queue.xCost(t.id(), account.id(), false).orElseThrow();

        assertEquals(0, new BigDecimal("0.535").compareTo(c.total()), "0.02 + 2 × 0.25 + 0.01 upload + 0.005 alt: " + c.total());
        assertTrue(Files.readString(ws.root().resolve("gloss.json")).contains("\"postWithLink\" : \"0.25\""), "kept in gloss.json");
        PublishSetupException ask = assertThrows(PublishSetupException.class, () -> queue.add(t.id(), List.of(account.id()), When.now()));
        assertTrue(Phrasebook.MODULES.of(ask).contains("one image upload at $0.01") && Phrasebook.MODULES.of(ask).contains("2027-02-01"),
                Phrasebook.MODULES.of(ask));
        XPrices.PUBLISHED.save(ws);
        assertEquals(XPrices.PUBLISHED, XPrices.of(ws));
        PublishSetupException bad = assertThrows(PublishSetupException.class, () -> XPrices.PUBLISHED.with("-1", null, null, null, null));
        assertEquals(PublishSetupException.Reason.NOT_A_PRICE, bad.reason());
    }

    @Test
    void anEntryQueuedWithoutAcceptingIsNotPublishedToX() throws Exception {
        PostThread t = linked();
        // queued by an older Gloss, or written by hand: the account never accepted the cost
        QueueEntry e = ws.save(Kind.QUEUE, QueueEntry.scheduled(Ids.newId(), t.id(), java.time.Instant.now(), "UTC",
                List.of(dev.gloss.workspace.QueueTarget.scheduled("x", account.id(), "k", java.time.Instant.now())), java.time.Instant.now()));

        Outcome o = queue.publishNow(e.id());

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(PublishException.Reason.X_COST_UNCONFIRMED, o.reason().reason());
        assertTrue(x.posts().isEmpty(), "nothing spent");
        assertNull(ws.reread(Kind.ACCOUNTS, account.id()).orElseThrow().option(XPrices.ACCEPTED));
    }
}
