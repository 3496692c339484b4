package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.publish.Endpoints;
import dev.gloss.publish.FakeOAuth;
import dev.gloss.publish.impl.linkedin.FakeLinkedIn;
import dev.gloss.publish.impl.threads.FakeThreads;
import dev.gloss.publish.impl.x.FakeX;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gloss accounts add x|linkedin|threads --client-id ...}: the loopback sign-in from the
 * command line, run in-process while a "browser" follows the address it prints, against the
 * loopback X, LinkedIn and Threads named in the workspace's settings; then publishing to the account.
 */
class AccountsSignInTest {
    private static final Pattern URL = Pattern.compile("^  (http://\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path tmp;
    String ws;
    Path secrets;
    String oldSecrets;

    @BeforeEach
    void setUp() {
        ws = tmp.resolve("ws").toString();
        secrets = tmp.resolve("secrets");
        oldSecrets = System.getProperty("gloss.secrets");
        System.setProperty("gloss.secrets", secrets.toString());
    }

    @AfterEach
    void tearDown() {
        if (oldSecrets == null) {
            System.clearProperty("gloss.secrets");
        } else {
            System.setProperty("gloss.secrets", oldSecrets);
        }
    }

    /** Runs the command; once it prints the address, a browser opens it and follows the redirect. */
    static CliRun signIn(String stdin, boolean follow, String... argv) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(List.of(argv),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        if (follow) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Matcher m = URL.matcher("");
            boolean found = false;
            while (!found && !run.isDone() && System.nanoTime() < end) {
                m = URL.matcher(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
                found = m.find();
                if (!found) {
                    Thread.sleep(20);
                }
            }
            assertTrue(found, "the command printed the address to open: " + out + err);
            FakeOAuth.browse(URI.create(m.group(1)));
        }
        int code = run.get(30, TimeUnit.SECONDS);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anXAccountIsAddedBySigningInFromTheCommandLineAndPublishes() throws Exception {
        try (FakeX x = new FakeX("1470000000000000001", "alice_research")) {
            Workspace w = Workspace.open(Path.of(ws));
            Endpoints.save(w, new Endpoints("x", x.url(), x.url().resolve("/i/oauth2/authorize"), x.url().resolve("/2/oauth2/token")));

            CliRun add = signIn("", true, "--workspace", ws, "accounts", "add", "x", "--client-id", FakeX.CLIENT_ID, "--port", "0");

            assertEquals(0, add.code(), add.err());
            assertTrue(add.out().startsWith("Open this address in your browser and sign in to X:\n  " + x.url() + "/i/oauth2/authorize?"),
                    add.out());
            assertTrue(add.out().contains("code_challenge_method=S256"), add.out());
            assertTrue(add.out().matches("(?s).*redirect address http://127\\.0\\.0\\.1:\\d+/callback\\. Waiting up to 300 seconds.*"),
                    add.out());
            assertTrue(add.out().contains("Added x account alice_research (id "), add.out());
            JsonNode row = Json.MAPPER.readTree(CliRun.of("--workspace", ws, "accounts", "list", "--json").out()).get(0);
            String id = row.path("id").asText();
            assertEquals("x", row.path("kind").asText());
            assertEquals("1470000000000000001", row.path("remoteId").asText());
            assertEquals("secret stored", row.path("secret").asText());
            assertTrue(add.out().contains("GLOSS_SECRET_" + id.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + " overrides it"),
                    add.out());
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE),
                    Files.getPosixFilePermissions(secrets));
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(secrets.resolve(id)),
                    "the tokens in a file only its owner reads");
            assertTrue(Files.readString(secrets.resolve(id)).contains("refresh"), "the tokens, refresh token included");
            assertFalse(Files.readString(Path.of(ws, "accounts", id + ".json")).contains("access_token"), "no token in the workspace");

            PostThread t = new PostThread(Ids.newId(), "CLI X", List.of("x"), null,
                    List.of(Post.of("1/2 Signed in from the command line."), Post.of("2/2 And published.")), Instant.now(), Instant.now());
            w.save(Kind.THREADS, t);
            assertEquals(0, CliRun.of("--workspace", ws, "queue", "add", t.id(), "--account", "alice_research", "--at", "now",
                    "--accept-x-cost").code());
            CliRun due = CliRun.of("--workspace", ws, "queue", "publish-due");
            assertEquals(0, due.code(), due.err());
            assertEquals(2, x.posts().size());
            assertEquals(x.posts().get(0).id(), x.posts().get(1).replyTo());
        }
    }

    @Test
    void theAddressABrowserElsewhereEndedOnIsPastedOnStdin() throws Exception {
        try (FakeX x = new FakeX("1470000000000000001", "alice_research")) {
            Workspace w = Workspace.open(Path.of(ws));
            Endpoints.save(w, new Endpoints("x", x.url(), x.url().resolve("/i/oauth2/authorize"), x.url().resolve("/2/oauth2/token")));
            java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
            java.io.PipedInputStream stdin = new java.io.PipedInputStream(typing);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(List.of("--workspace", ws, "accounts", "add", "x",
                    "--client-id", FakeX.CLIENT_ID, "--port", "0"), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), stdin));
            Matcher m = URL.matcher("");
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); System.nanoTime() < end && !m.find(); Thread.sleep(20)) {
                m = URL.matcher(out.toString(StandardCharsets.UTF_8));
            }
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("paste the address it ends on"), out.toString(StandardCharsets.UTF_8));
            // the browser on another machine is sent to this one's loopback, which it cannot reach
            String ended = FakeOAuth.allow(URI.create(m.group(1)));
            Thread.sleep(600);
            assertFalse(run.isDone(), "still waiting: " + err);
            typing.write(("\n" + ended + "\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();

            assertEquals(0, run.get(30, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Added x account alice_research (id "), out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aThreadsAccountTakesTheAppSecretOnStdinAndItsImageFolder() throws Exception {
        try (FakeThreads threads = new FakeThreads("25025320", "alice.research")) {
            Workspace w = Workspace.open(Path.of(ws));
            Endpoints.save(w, new Endpoints("threads", threads.api(), threads.url().resolve("/oauth/authorize"),
                    threads.url().resolve("/oauth/access_token")));
            Path images = tmp.resolve("www");

            CliRun noSecret = signIn("", false, "--workspace", ws, "accounts", "add", "threads", "--client-id", FakeThreads.APP_ID, "--port", "0");
            assertEquals(2, noSecret.code());
            assertEquals("gloss: the secret is read from the first line of standard input, and it was empty\n", noSecret.err());

            CliRun add = signIn(FakeThreads.APP_SECRET + "\n", true, "--workspace", ws, "accounts", "add", "threads",
                    "--client-id", FakeThreads.APP_ID, "--port", "0", "--image-folder", images.toString(),
                    "--image-url", "https://example.org/gloss/", "--json");

            assertEquals(0, add.code(), add.err());
            assertTrue(add.err().startsWith("Open this address in your browser and sign in to Threads:\n"), "instructions off stdout: " + add.err());
            String id = Json.MAPPER.readTree(add.out()).path("id").asText();
            JsonNode account = Json.MAPPER.readTree(Path.of(ws, "accounts", id + ".json").toFile());
            assertEquals("alice.research", account.path("handle").asText());
            assertEquals(images.toAbsolutePath().toString(), account.path("options").path("imageFolder").asText(), account.toString());
            assertEquals("https://example.org/gloss/", account.path("options").path("imageUrl").asText());

            CliRun half = CliRun.of("--workspace", ws, "accounts", "set", id, "--image-folder", images.toString());
            assertEquals(2, half.code());
            assertEquals("gloss: Give the image folder and its public address together, or neither\n", half.err());
            CliRun bad = CliRun.of("--workspace", ws, "accounts", "set", "alice.research", "--image-folder", "www", "--image-url", "ftp://h/x");
            assertEquals("gloss: \"ftp://h/x\" is not a public web address; use one such as https://example.org/gloss-images/\n", bad.err());
            CliRun off = CliRun.of("--workspace", ws, "accounts", "set", "alice.research");
            assertEquals("Images of alice.research are no longer published.\n", off.out(), off.err());
            assertTrue(Json.MAPPER.readTree(Path.of(ws, "accounts", id + ".json").toFile()).path("options").path("imageFolder").isMissingNode());
        }
    }

    /**
     * A Meta app takes only an https redirect: nothing listens, the browser fails to open it, and
     * the user pastes the address it shows (code and state in it) into the command.
     */
    @Test
    void aThreadsSignInFinishesWithThePastedAddress() throws Exception {
        try (FakeThreads threads = new FakeThreads("25025320", "alice.research")) {
            Workspace w = Workspace.open(Path.of(ws));
            Endpoints.save(w, new Endpoints("threads", threads.api(), threads.url().resolve("/oauth/authorize"),
                    threads.url().resolve("/oauth/access_token")));
            java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
            java.io.PipedInputStream stdin = new java.io.PipedInputStream(typing);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(List.of("--workspace", ws, "accounts", "add",
                    "threads", "--client-id", FakeThreads.APP_ID, "--redirect", "https://127.0.0.1:8765/callback"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), stdin));
            typing.write((FakeThreads.APP_SECRET + "\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Matcher m = URL.matcher("");
            boolean found = false;
            while (!found && !run.isDone() && System.nanoTime() < end) {
                m = URL.matcher(out.toString(StandardCharsets.UTF_8));
                found = m.find();
                if (!found) {
                    Thread.sleep(20);
                }
            }
            assertTrue(found, "the address to open: " + out + err);
            assertTrue(m.group(1).contains("redirect_uri=" + FakeOAuth.enc("https://127.0.0.1:8765/callback")), m.group(1));
            java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
            String back = browser.send(java.net.http.HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow();
            assertTrue(back.startsWith("https://127.0.0.1:8765/callback?code="), back);
            typing.write(("  " + back + "\n").getBytes(StandardCharsets.UTF_8));
            typing.close();

            int code = run.get(30, TimeUnit.SECONDS);
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("copy the whole address from its address bar"), out.toString());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Added threads account alice.research (id "), out.toString());

            CliRun wrong = CliRun.withStdin(FakeThreads.APP_SECRET + "\nhttps://127.0.0.1:8765/callback\n", "--workspace", ws, "accounts", "add",
                    "threads", "--client-id", FakeThreads.APP_ID, "--redirect", "https://127.0.0.1:8765/callback");
            assertEquals(2, wrong.code());
            assertTrue(wrong.err().startsWith("gloss: That is not the address Threads sent the browser back to;"), wrong.err());
        }
    }

    @Test
    void noAnswerFromTheBrowserEndsWithOneSentence() throws Exception {
        try (FakeX x = new FakeX("1470000000000000001", "alice_research")) {
            Workspace w = Workspace.open(Path.of(ws));
            Endpoints.save(w, new Endpoints("x", x.url(), x.url().resolve("/i/oauth2/authorize"), x.url().resolve("/2/oauth2/token")));
            CliRun late = signIn("", false, "--workspace", ws, "accounts", "add", "x", "--client-id", FakeX.CLIENT_ID, "--port", "0",
                    "--timeout", "1");
            assertEquals(2, late.code(), late.err());
            assertEquals("gloss: No answer came from the browser within a minute; run gloss accounts add again to sign in to X\n", late.err());
            assertEquals("[]", CliRun.of("--workspace", ws, "accounts", "list", "--json").out().strip());
        }
    }

    @Test
    void aLinkedInAccountTakesTheAppSecretOnStdinItsShapeAndSaysWhenToSignInAgain() throws Exception {
        try (FakeLinkedIn li = new FakeLinkedIn("782bbtaQ")) {
            Workspace w = Workspace.open(Path.of(ws));
            Endpoints.save(w, new Endpoints("linkedin", li.url(), li.url().resolve("/oauth/v2/authorization"),
                    li.url().resolve("/oauth/v2/accessToken")));

            CliRun add = signIn(FakeLinkedIn.CLIENT_SECRET + "\n", true, "--workspace", ws, "accounts", "add", "linkedin",
                    "--client-id", FakeLinkedIn.CLIENT_ID, "--port", "0", "--shape", "posts");

            assertEquals(0, add.code(), add.err());
            assertTrue(add.out().startsWith("Open this address in your browser and sign in to LinkedIn:\n  " + li.url() + "/oauth/v2/authorization?"),
                    add.out());
            assertTrue(add.out().contains("scope=openid%20profile%20w_member_social"), add.out());
            assertFalse(add.out().contains("code_challenge"), "no PKCE: LinkedIn's ordinary apps use their secret");
            assertTrue(add.out().contains("Added linkedin account Alice Researcher (id "), add.out());
            JsonNode row = Json.MAPPER.readTree(CliRun.of("--workspace", ws, "accounts", "list", "--json").out()).get(0);
            String id = row.path("id").asText();
            assertEquals("782bbtaQ", row.path("remoteId").asText());
            Instant ends = Instant.parse(row.path("signInEnds").asText());
            assertTrue(java.time.Duration.between(Instant.now(), ends).toDays() >= 59, "sixty days: " + ends);
            assertTrue(CliRun.of("--workspace", ws, "accounts", "list").out().contains("  sign in again before "
                    + ends.atZone(java.time.ZoneId.systemDefault()).toLocalDate()));
            assertEquals("posts", Json.MAPPER.readTree(Path.of(ws, "accounts", id + ".json").toFile()).path("options")
                    .path("linkedinShape").asText());
            assertFalse(Files.readString(Path.of(ws, "accounts", id + ".json")).contains("access_token"), "no token in the workspace");

            CliRun back = CliRun.of("--workspace", ws, "accounts", "set", "Alice Researcher", "--shape", "post+comments");
            assertEquals("Threads of Alice Researcher go out on LinkedIn as one post and your comments on it.\n", back.out(), back.err());
            CliRun bad = CliRun.of("--workspace", ws, "accounts", "set", id, "--shape", "carousel");
            assertEquals(2, bad.code());
            assertTrue(bad.err().startsWith("gloss: \"carousel\" is not a LinkedIn shape; choose post+comments"), bad.err());

            PostThread t = new PostThread(Ids.newId(), "CLI LinkedIn", List.of("linkedin"), null,
                    List.of(Post.of("1/2 Signed in from the command line #ResearchMonday"), Post.of("2/2 And published (once).")),
                    Instant.now(), Instant.now());
            w.save(Kind.THREADS, t);
            assertEquals(0, CliRun.of("--workspace", ws, "queue", "add", t.id(), "--account", id, "--at", "now").code());
            CliRun due = CliRun.of("--workspace", ws, "queue", "publish-due");
            assertEquals(0, due.code(), due.err());
            assertEquals(1, li.posts().size(), "a short thread is one LinkedIn post");
            assertEquals("1/2 Signed in from the command line #ResearchMonday\n\n2/2 And published (once).", li.posts().get(0).shown());
        }
    }
}
