package dev.gloss.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Bluesky PDS (and an in-memory PLC) on loopback for the tests: {@code scripts/pds/install.sh}
 * installs it into a cache outside the repo (once), {@code scripts/pds/server.js} starts it and
 * prints its URL; closing the server's stdin stops it, so a crashed test JVM never leaves it
 * running. One server is shared by all test classes of a run.
 */
public final class Pds implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private static Pds shared;

    private final Process process;
    private final URI url;
    private final String jwtSecret;
    private final OutputStream stdin;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A created account. */
    public record Account(String handle, String did, String password, String accessJwt) {
    }

    private Pds(Process process, URI url, String jwtSecret) {
        this.process = process;
        this.url = url;
        this.jwtSecret = jwtSecret;
        this.stdin = process.getOutputStream();
    }

    /** The server of this test run, started on first use and stopped when the run ends. */
    public static synchronized Pds shared(ExtensionContext context) throws Exception {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Pds.class.getName(), shared);
        }
        return shared;
    }

    static Path scripts() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("scripts/pds/server.js"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("scripts/pds/server.js not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("scripts/pds");
    }

    /** A server of its own (the application's loop tests start one per test). */
    public static Pds start() throws Exception {
        Path scripts = scripts();
        long t0 = System.nanoTime();
        Process install = new ProcessBuilder("bash", scripts.resolve("install.sh").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        install.getOutputStream().close();
        String cache = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!install.waitFor(15, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IllegalStateException("scripts/pds/install.sh failed (exit " + install.exitValue() + ")");
        }
        long t1 = System.nanoTime();
        String secret = randomHex();
        ProcessBuilder pb = new ProcessBuilder("node", scripts.resolve("server.js").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("NODE_PATH", Path.of(cache.lines().reduce((a, b) -> b).orElseThrow()).resolve("node_modules").toString());
        pb.environment().put("PDS_JWT_SECRET", secret);
        pb.environment().put("GLOSS_PDS_MAX_SECONDS", "1800");
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(3, TimeUnit.MINUTES);
        if (line == null || !line.startsWith("http")) {
            p.destroyForcibly();
            throw new IllegalStateException("the test PDS did not start (see the test output)");
        }
        long t2 = System.nanoTime();
        System.out.printf("test PDS: install check %d ms, start %d ms, at %s%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, line);
        return new Pds(p, URI.create(line.strip()), secret);
    }

    private static String randomHex() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public URI url() {
        return url;
    }

    /** The PDS's HS256 secret, to mint tokens (e.g. an expired one) the server accepts as its own. */
    public String jwtSecret() {
        return jwtSecret;
    }

    /** Creates an account, e.g. {@code alice-<random>.test}. */
    public Account createAccount(String handle, String password) throws IOException, InterruptedException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("handle", handle);
        body.put("email", handle.replace('.', '-') + "@example.com");
        body.put("password", password);
        JsonNode r = post("com.atproto.server.createAccount", body, null);
        return new Account(r.path("handle").asText(), r.path("did").asText(), password, r.path("accessJwt").asText());
    }

    /** Every record of a collection in a repo, oldest first. */
    public ArrayNode listRecords(String did, String collection) throws IOException, InterruptedException {
        ArrayNode all = Json.MAPPER.createArrayNode();
        String cursor = null;
        do {
            String q = "repo=" + enc(did) + "&collection=" + enc(collection) + "&limit=100&reverse=true"
                    + (cursor == null ? "" : "&cursor=" + enc(cursor));
            JsonNode r = get("com.atproto.repo.listRecords?" + q);
            r.path("records").forEach(all::add);
            cursor = r.path("records").size() == 0 ? null : r.path("cursor").asText(null);
        } while (cursor != null);
        return all;
    }

    /** A blob's bytes. */
    public byte[] blob(String did, String cid) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(url.resolve("/xrpc/com.atproto.sync.getBlob?did=" + enc(did) + "&cid=" + enc(cid)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("getBlob answered " + r.statusCode());
        }
        return r.body();
    }

    /** Uploads a blob as {@code com.atproto.repo.uploadBlob} does for the app. */
    public JsonNode upload(byte[] data, String mimeType, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/xrpc/com.atproto.repo.uploadBlob"))
                .header("Content-Type", mimeType).header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofByteArray(data)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("uploadBlob answered " + r.statusCode() + ": " + r.body());
        }
        return Json.MAPPER.readTree(r.body());
    }

    public JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/xrpc/" + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return Json.MAPPER.readTree(r.body());
    }

    public JsonNode post(String nsid, JsonNode body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve("/xrpc/" + nsid))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.compact(body)));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(nsid + " answered " + r.statusCode() + ": " + r.body());
        }
        return Json.MAPPER.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Stops the server by closing its stdin; forcibly if it does not go within 20 s. */
    @Override
    public void close() throws Exception {
        stdin.close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
