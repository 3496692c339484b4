package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** accounts, queue and slots from the command line, with export targets (no network). */
class PublishCommandsTest {
    @TempDir
    Path tmp;
    String ws;
    String oldSecrets;

    @BeforeEach
    void setUp() {
        ws = tmp.resolve("ws").toString();
        oldSecrets = System.getProperty("gloss.secrets");
        System.setProperty("gloss.secrets", tmp.resolve("secrets").toString());
    }

    @AfterEach
    void tearDown() {
        if (oldSecrets == null) {
            System.clearProperty("gloss.secrets");
        } else {
            System.setProperty("gloss.secrets", oldSecrets);
        }
    }

    String thread(String... texts) {
        Workspace w = Workspace.open(Path.of(ws));
        Instant now = Instant.now();
        PostThread t = new PostThread(Ids.newId(), "CLI thread", List.of("x"), null,
                java.util.Arrays.stream(texts).map(Post::of).toList(), now, now);
        w.save(Kind.THREADS, t);
        return t.id();
    }

    static String id(CliRun r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return Json.MAPPER.readTree(r.out()).path("id").asText();
    }

    @Test
    void anExportAccountAndAThreadGoThroughTheQueue() throws Exception {
        String account = id(CliRun.of("--workspace", ws, "accounts", "add", "x", "--handle", "gloss_dev", "--json"));
        String thread = thread("1/2 Hello from the command line.", "2/2 Bye.");

        String entry = id(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "gloss_dev", "--at", "now", "--json"));
        CliRun dry = CliRun.of("--workspace", ws, "queue", "publish-due", "--dry-run");
        CliRun due = CliRun.of("--workspace", ws, "queue", "publish-due");
        CliRun again = CliRun.of("--workspace", ws, "queue", "publish-due");
        CliRun list = CliRun.of("--workspace", ws, "queue", "list", "--json");

        assertTrue(dry.out().startsWith("would publish " + entry + ": gloss_dev (x)"), dry.out());
        assertEquals(0, due.code(), due.err());
        assertEquals("published " + entry + " x\n", due.out());
        assertEquals("", again.out(), "nothing due any more");
        JsonNode row = Json.MAPPER.readTree(list.out()).get(0);
        assertEquals(entry, row.path("id").asText());
        assertEquals("published", row.path("state").asText());
        assertEquals(1, row.path("targets").size());
        JsonNode x = row.path("targets").get(0);
        assertEquals("x", x.path("platform").asText());
        assertEquals(account, x.path("accountId").asText());
        assertEquals("published", x.path("state").asText());
        assertEquals(2, x.path("published").asInt());
        assertEquals("1/2 Hello from the command line.",
                Files.readString(Path.of(ws, "exports", entry, "x", "01.txt")));
        assertTrue(Files.isRegularFile(Path.of(ws, "exports", entry, "x", "CHECKLIST.md")));
    }

    @Test
    void anAccountAddedWithNumberingGetsEachPostNumbered() throws Exception {
        String account = id(CliRun.of("--workspace", ws, "accounts", "add", "x", "--handle", "gloss_dev", "--numbering", "--json"));
        assertTrue(Json.MAPPER.readTree(CliRun.of("--workspace", ws, "accounts", "list", "--json").out()).get(0)
                .path("numbering").asBoolean());
        String thread = thread("Hello from the command line.", "Bye.");
        String entry = id(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", account, "--at", "now", "--json"));

        CliRun due = CliRun.of("--workspace", ws, "queue", "publish-due");

        assertEquals(0, due.code(), due.err());
        assertEquals("Hello from the command line. 1/2", Files.readString(Path.of(ws, "exports", entry, "x", "01.txt")));
        assertEquals("Bye. 2/2", Files.readString(Path.of(ws, "exports", entry, "x", "02.txt")));
    }

    @Test
    void slotsFeedNextSlotAndEntriesCanBeCancelledAndRetried() throws Exception {
        CliRun.of("--workspace", ws, "accounts", "add", "linkedin");
        assertEquals(0, CliRun.of("--workspace", ws, "slots", "add", "MONDAY", "09:00", "--zone", "Europe/Berlin").code());
        CliRun slots = CliRun.of("--workspace", ws, "slots", "list", "--json");
        JsonNode s = Json.MAPPER.readTree(slots.out()).get(0);
        assertEquals("MONDAY", s.path("day").asText());
        assertEquals("09:00", s.path("time").asText());

        String thread = thread("A single post.");
        String entry = id(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "linkedin", "--at", "next-slot", "--json"));
        JsonNode row = Json.MAPPER.readTree(CliRun.of("--workspace", ws, "queue", "list", "--json").out()).get(0);
        assertTrue(row.path("local").asText().startsWith("Mon "), row.toString());
        assertTrue(row.path("local").asText().contains(" 09:00 "), row.toString());

        assertEquals("Cancelled " + entry + ".\n", CliRun.of("--workspace", ws, "queue", "cancel", entry).out());
        CliRun retry = CliRun.of("--workspace", ws, "queue", "retry", entry);
        assertEquals(0, retry.code(), retry.err());
        assertTrue(retry.out().startsWith("Scheduled " + entry + " again on linkedin for Mon "), retry.out());
        assertEquals(0, CliRun.of("--workspace", ws, "slots", "remove", "mon", "09:00", "--zone", "Europe/Berlin").code());
        assertEquals("No weekly slots yet. Add one with: gloss slots add MONDAY 09:00 --zone Europe/Berlin\n",
                CliRun.of("--workspace", ws, "slots", "list").out());
    }

    @Test
    void badInputIsExitTwoWithOneLine() throws Exception {
        String thread = thread("A post.");
        CliRun.of("--workspace", ws, "accounts", "add", "threads");

        assertOneLine(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "threads", "--at", "someday"),
                "gloss: \"someday\" is not a time; use now, next-slot, or an ISO date-time such as 2025-03-31T09:00\n");
        assertOneLine(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "nobody", "--at", "now"),
                "gloss: There is no account with the id or handle nobody\n");
        assertOneLine(CliRun.of("--workspace", ws, "queue", "add", "nothread", "--account", "threads", "--at", "now"),
                "gloss: There is no thread nothread\n");
        assertOneLine(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "threads", "--at", "next-slot"),
                "gloss: No weekly slots are set; add one first (gloss slots add MONDAY 09:00)\n");
        assertOneLine(CliRun.of("--workspace", ws, "queue", "add", thread, "--at", "now"), "gloss: --account is required\n");
        assertOneLine(CliRun.of("--workspace", ws, "queue", "cancel", "nothere"), "gloss: There is no queue entry nothere\n");
        assertOneLine(CliRun.of("--workspace", ws, "accounts", "add", "myspace"),
                "gloss: unknown account kind \"myspace\"; use bluesky, mastodon, x, linkedin or threads\n");
        assertOneLine(CliRun.of("--workspace", ws, "accounts", "add", "bluesky", "--service", "http://localhost:9", "--handle", "a.test"),
                "gloss: the secret is read from the first line of standard input, and it was empty\n");
        assertOneLine(CliRun.of("--workspace", ws, "slots", "add", "funday", "09:00"),
                "gloss: \"funday\" is not a day of the week; use MONDAY ... SUNDAY\n");
    }

    @Test
    void anUnreachableServerIsReportedWhenAddingAnAccount() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long start = System.nanoTime();
        CliRun r = CliRun.withStdin("app-pass\n", "--workspace", ws, "accounts", "add", "bluesky",
                "--service", "http://127.0.0.1:" + port, "--handle", "alice.test");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(2, r.code());
        // a refusal is not retried (it took 16 s of backoff before, issue 23 item 6)
        assertTrue(seconds < 6, "took " + seconds + " s");
        assertTrue(r.err().startsWith("gloss: Could not reach 127.0.0.1:" + port + " to sign in as alice.test: "), r.err());
        assertEquals(1, r.err().lines().count());
        assertTrue(!r.err().contains("app-pass"));
        assertEquals("No accounts yet.", CliRun.of("--workspace", ws, "accounts", "list").out().substring(0, 16));
    }

    @Test
    void aFailedEntryIsPhrasedByTheCliAndAnOldSentenceIsShownAsItIs() throws Exception {
        CliRun.of("--workspace", ws, "accounts", "add", "x", "--handle", "gloss_dev");
        String thread = thread("Short enough.");
        String entry = id(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "gloss_dev", "--at", "now", "--json"));
        Workspace w = Workspace.open(Path.of(ws));
        w.update(Kind.THREADS, thread, t -> t.withPosts(List.of(Post.of("y".repeat(300))), Instant.now()));

        CliRun due = CliRun.of("--workspace", ws, "queue", "publish-due");
        CliRun list = CliRun.of("--workspace", ws, "queue", "list");

        String why = "The thread was changed and no longer fits the x account: Post 1 has 300 characters; X allows 280.";
        assertEquals("failed " + entry + " x: " + why + "\n", due.out());
        assertTrue(list.out().contains("\n    x         failed     gloss_dev\n        reason: " + why + "\n"), list.out());
        assertEquals(why, Json.MAPPER.readTree(CliRun.of("--workspace", ws, "queue", "list", "--json").out()).get(0)
                .path("targets").get(0).path("reason").asText());

        Path file = Path.of(ws, "queue", entry + ".json");
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(file.toFile())
                .path("targets").get(0);
        com.fasterxml.jackson.databind.node.ObjectNode whole = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(file.toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) whole.get("targets")).set(0, old);
        old.remove("failure");
        old.put("reason", "Bluesky (alice on pds) did not take post 1 of 1: Internal server error (HTTP 500).");
        Files.write(file, Json.pretty(whole));
        assertTrue(CliRun.of("--workspace", ws, "queue", "list").out()
                .contains("\n        reason: Bluesky (alice on pds) did not take post 1 of 1: Internal server error (HTTP 500).\n"),
                "a file of an older Gloss keeps its sentence");
    }

    @Test
    void aThreadIsQueuedOnceForSeveralPlatformsAndEachIsShownAndRetriedOnItsOwn() throws Exception {
        CliRun.of("--workspace", ws, "accounts", "add", "x", "--handle", "gloss_dev");
        CliRun.of("--workspace", ws, "accounts", "add", "linkedin", "--handle", "Gloss Lab");
        CliRun.of("--workspace", ws, "accounts", "add", "threads", "--handle", "gloss.lab");
        String thread = thread("1/2 One thread for three platforms.", "2/2 Queued once.");

        CliRun add = CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "gloss_dev", "--account", "Gloss Lab,gloss.lab",
                "--at", "now", "--json");
        String entry = id(add);
        assertEquals(List.of("x", "linkedin", "threads"), Json.MAPPER.convertValue(Json.MAPPER.readTree(add.out()).path("platforms"), List.class));
        assertEquals("Cancelled " + entry + " on threads.\n", CliRun.of("--workspace", ws, "queue", "cancel", entry, "--platform", "threads").out());
        CliRun due = CliRun.of("--workspace", ws, "queue", "publish-due", "--json");
        CliRun list = CliRun.of("--workspace", ws, "queue", "list");

        JsonNode o = Json.MAPPER.readTree(due.out()).get(0);
        assertEquals("published", o.path("result").asText());
        assertEquals(List.of("x", "linkedin"), List.of(o.path("targets").get(0).path("platform").asText(),
                o.path("targets").get(1).path("platform").asText()));
        assertEquals(2, o.path("targets").size(), "Threads was cancelled");
        String text = list.out();
        assertTrue(text.startsWith(entry + "  published  "), text);
        assertTrue(text.contains("\n    x         published  gloss_dev\n"), text);
        assertTrue(text.contains("\n    linkedin  published  Gloss Lab\n"), text);
        assertTrue(text.contains("\n    threads   cancelled  gloss.lab\n"), text);

        CliRun retry = CliRun.of("--workspace", ws, "queue", "retry", entry, "--platform", "threads");
        assertTrue(retry.out().startsWith("Scheduled " + entry + " again on threads for "), retry.out());
        CliRun publish = CliRun.of("--workspace", ws, "queue", "publish", entry);
        assertEquals("published " + entry + " threads\n", publish.out(), "X and LinkedIn are not published again");
        assertOneLine(CliRun.of("--workspace", ws, "queue", "retry", entry, "--platform", "x"),
                "gloss: Cannot retry queue entry " + entry + " on x: it is already published there\n");
        CliRun.of("--workspace", ws, "accounts", "add", "x", "--handle", "other_dev");
        assertOneLine(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "gloss_dev", "--account", "other_dev", "--at", "now"),
                "gloss: gloss_dev and other_dev are both x accounts; a thread is queued for one account per platform\n");
    }

    /** {@code queue publish ID} that fails says why and exits 2 (it exited 0, issue 23 item 6). */
    @Test
    void publishingOneEntryThatFailsExitsWithBadInput() throws Exception {
        CliRun.of("--workspace", ws, "accounts", "add", "x", "--handle", "gloss_dev");
        String thread = thread("Short enough.");
        String entry = id(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "gloss_dev", "--at", "now", "--json"));
        Workspace.open(Path.of(ws)).update(Kind.THREADS, thread, t -> t.withPosts(List.of(Post.of("y".repeat(300))), Instant.now()));
        assertOneLine(CliRun.of("--workspace", ws, "queue", "publish", entry), "gloss: failed " + entry
                + " x: The thread was changed and no longer fits the x account: Post 1 has 300 characters; X allows 280\n");
    }

    /** One platform of an entry failing: the others go out (stdout), the failure says why (stderr), exit 2. */
    @Test
    void publishingAnEntryWithOnePlatformFailingSaysWhichAndExitsWithBadInput() throws Exception {
        CliRun.of("--workspace", ws, "accounts", "add", "x", "--handle", "gloss_dev");
        CliRun.of("--workspace", ws, "accounts", "add", "linkedin", "--handle", "Gloss Lab");
        String thread = thread("Short enough.");
        String entry = id(CliRun.of("--workspace", ws, "queue", "add", thread, "--account", "gloss_dev,Gloss Lab", "--at", "now", "--json"));
        Workspace.open(Path.of(ws)).update(Kind.THREADS, thread, t -> t.withPosts(List.of(Post.of("y".repeat(300))), Instant.now()));
        CliRun r = CliRun.of("--workspace", ws, "queue", "publish", entry);
        assertEquals(2, r.code(), r.err());
        assertEquals("gloss: failed " + entry
                + " x: The thread was changed and no longer fits the x account: Post 1 has 300 characters; X allows 280\n", r.err());
        assertEquals("published " + entry + " linkedin\n", r.out(), "LinkedIn allows 3000 and went out");
    }

    static void assertOneLine(CliRun r, String err) {
        assertEquals(2, r.code(), r.err());
        assertEquals(err, r.err());
        assertEquals("", r.out());
    }
}
