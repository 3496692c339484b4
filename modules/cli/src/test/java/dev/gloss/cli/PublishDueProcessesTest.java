package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against a real Bluesky PDS on loopback (scripts/pds): an account added with
 * {@code gloss accounts add bluesky}, a thread queued with {@code gloss queue add}, and two
 * {@code gloss queue publish-due} processes started at once: the thread goes out once.
 */
class PublishDueProcessesTest {
    static Process pds;
    static URI url;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startPds() throws Exception {
        Path scripts = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(scripts.resolve("scripts/pds/server.js"))) {
            scripts = scripts.getParent();
        }
        scripts = scripts.resolve("scripts/pds");
        Process install = new ProcessBuilder("bash", scripts.resolve("install.sh").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String cache = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, install.waitFor(), "scripts/pds/install.sh failed");
        ProcessBuilder pb = new ProcessBuilder("node", scripts.resolve("server.js").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("NODE_PATH", Path.of(cache.lines().reduce((a, b) -> b).orElseThrow(), "node_modules").toString());
        pds = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(pds.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(3, TimeUnit.MINUTES);
        assertTrue(line != null && line.startsWith("http"), "the test PDS did not start");
        url = URI.create(line.strip());
    }

    @AfterAll
    static void stopPds() throws Exception {
        if (pds != null) {
            pds.getOutputStream().close(); // server.js exits when its stdin closes
            if (!pds.waitFor(20, TimeUnit.SECONDS)) {
                pds.destroyForcibly();
            }
        }
    }

    static JsonNode xrpc(String nsid, ObjectNode body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve("/xrpc/" + nsid));
        b = body == null ? b.GET() : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.compact(body)));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.MAPPER.readTree(r.body());
    }

    /** An account on the PDS, as {@code gloss accounts add bluesky} adds it, and the DID. */
    private record Remote(String handle, String did) {
    }

    private static Remote remoteAccount(String prefix, String password) throws Exception {
        String handle = prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + ".test";
        ObjectNode acc = Json.MAPPER.createObjectNode().put("handle", handle).put("email", handle + "@example.com")
                .put("password", password);
        return new Remote(handle, xrpc("com.atproto.server.createAccount", acc).path("did").asText());
    }

    /**
     * In {@code ws}: adds the account with {@code gloss accounts add bluesky} (its secret into
     * {@code secrets}), saves a thread of {@code n} posts and queues it now; returns the entry id.
     */
    private static String queueThread(Path ws, Path secrets, Remote remote, String password, int n, String words) throws Exception {
        List<String> base = List.of("--workspace", ws.toString());
        String old = System.getProperty("gloss.secrets");
        System.setProperty("gloss.secrets", secrets.toString());
        try {
            CliRun add = CliRun.withStdin(password + "\n", cat(base, "accounts", "add", "bluesky", "--service", url.toString(),
                    "--handle", remote.handle(), "--json"));
            assertEquals(0, add.code(), add.err());
            Workspace w = Workspace.open(ws);
            List<Post> posts = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                posts.add(Post.of(i + "/" + n + " " + words + ", post " + i + " #gloss"));
            }
            PostThread t = w.save(Kind.THREADS, new PostThread(Ids.newId(), "cli", List.of("bluesky"), null, posts,
                    Instant.now(), Instant.now()));
            CliRun q = CliRun.of(cat(base, "queue", "add", t.id(), "--account", remote.handle(), "--at", "now", "--json"));
            assertEquals(0, q.code(), q.err());
            return Json.MAPPER.readTree(q.out()).path("id").asText();
        } finally {
            if (old == null) {
                System.clearProperty("gloss.secrets");
            } else {
                System.setProperty("gloss.secrets", old);
            }
        }
    }

    @Test
    void twoPublishDueProcessesAtOncePublishTheThreadOnce() throws Exception {
        Remote remote = remoteAccount("cli", "cli-app-pass");
        String did = remote.did();
        Path ws = tmp.resolve("ws");
        Path secrets = tmp.resolve("secrets");
        List<String> base = List.of("--workspace", ws.toString());
        String entry = queueThread(ws, secrets, remote, "cli-app-pass", 5, "From the command line");

        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dgloss.secrets=" + secrets, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(List.of(cat(base, "queue", "publish-due")));
            runs.add(new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out" + i).toFile())
                    .redirectError(tmp.resolve("err" + i).toFile()).start());
        }
        for (Process p : runs) {
            assertTrue(p.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, p.exitValue());
        }
        String out = Files.readString(tmp.resolve("out0")) + Files.readString(tmp.resolve("out1"));
        System.out.print("two gloss queue publish-due processes:\n" + out);

        assertEquals(1, out.lines().filter(l -> l.equals("published " + entry + " bluesky")).count(), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("skipped " + entry + ": ")).count(), out);
        JsonNode recs = xrpc("com.atproto.repo.listRecords?repo=" + did + "&collection=app.bsky.feed.post&limit=100", null);
        assertEquals(5, recs.path("records").size(), "the thread went out once");
        CliRun list = CliRun.of(cat(base, "queue", "list", "--json"));
        JsonNode row = Json.MAPPER.readTree(list.out()).get(0);
        assertEquals("published", row.path("state").asText());
        assertEquals(5, row.path("targets").get(0).path("urls").size());
    }

    @Test
    void twoClonesOfTheWorkspaceRunningPublishDueAtOncePublishTheThreadOnce() throws Exception {
        Remote remote = remoteAccount("cl", "clone-app-pass");
        String did = remote.did();
        Path laptop = tmp.resolve("laptop");
        String entry = queueThread(laptop, tmp.resolve("laptop-secrets"), remote, "clone-app-pass", 4, "Queued on the laptop");
        // the server's clone, as git gives it: the tracked files, none of .gloss/ (locks, index)
        Path server = tmp.resolve("server");
        try (var files = Files.walk(laptop)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path rel = laptop.relativize(f);
                if (!rel.startsWith(".gloss")) {
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(server.resolve(rel.toString()));
                    } else {
                        Files.copy(f, server.resolve(rel.toString()));
                    }
                }
            }
        }
        List<Process> runs = new ArrayList<>();
        String accountId = Workspace.open(laptop).accounts().get(0).id();
        for (Path ws : List.of(laptop, server)) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dgloss.secrets=" + tmp.resolve(ws.getFileName() + "-secrets"), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--workspace", ws.toString(), "queue", "publish-due"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve(ws.getFileName() + ".out").toFile())
                    .redirectError(tmp.resolve(ws.getFileName() + ".err").toFile());
            // the server has no stored secret: it takes the app password from the environment, as cron would
            pb.environment().put("GLOSS_SECRET_" + accountId.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"),
                    "clone-app-pass");
            runs.add(pb.start());
        }
        for (Process p : runs) {
            assertTrue(p.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, p.exitValue());
        }
        String out = Files.readString(tmp.resolve("laptop.out")) + Files.readString(tmp.resolve("server.out"));
        System.out.print("two clones, gloss queue publish-due at once:\n" + out);
        assertEquals(2, out.lines().filter(l -> l.equals("published " + entry + " bluesky")).count(), out
                + Files.readString(tmp.resolve("laptop.err")) + Files.readString(tmp.resolve("server.err")));
        JsonNode recs = xrpc("com.atproto.repo.listRecords?repo=" + did + "&collection=app.bsky.feed.post&limit=100", null);
        assertEquals(4, recs.path("records").size(), "one thread from two clones: " + recs);
    }

    static String[] cat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
