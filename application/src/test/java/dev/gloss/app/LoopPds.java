package dev.gloss.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The loopback Bluesky server of the publish tests ({@code scripts/pds}), started the same way:
 * {@code install.sh} (cached after the first run) then {@code server.js}, which prints its URL and
 * stops when its stdin closes, so a crashed test JVM never leaves it running.
 */
final class LoopPds implements AutoCloseable {
    private final Process process;
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LoopPds(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    static LoopPds start() throws Exception {
        Path scripts = scripts();
        Process install = new ProcessBuilder("bash", scripts.resolve("install.sh").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        install.getOutputStream().close();
        String cache = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!install.waitFor(15, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IllegalStateException("scripts/pds/install.sh failed");
        }
        ProcessBuilder pb = new ProcessBuilder("node", scripts.resolve("server.js").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("NODE_PATH",
                Path.of(cache.lines().reduce((a, b) -> b).orElseThrow()).resolve("node_modules").toString());
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
        return new LoopPds(p, URI.create(line.strip()));
    }

    private static Path scripts() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("scripts/pds/server.js"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("scripts/pds/server.js not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("scripts/pds");
    }

    URI url() {
        return url;
    }

    /** Creates an account and returns its DID. */
    String createAccount(String handle, String password) throws IOException, InterruptedException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("handle", handle);
        body.put("email", handle.replace('.', '-') + "@example.com");
        body.put("password", password);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/xrpc/com.atproto.server.createAccount"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(Json.compact(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("createAccount answered " + r.statusCode() + ": " + r.body());
        }
        return Json.MAPPER.readTree(r.body()).path("did").asText();
    }

    /** The posts of a repo, oldest first. */
    JsonNode listPosts(String did) throws IOException, InterruptedException {
        String q = "repo=" + URLEncoder.encode(did, StandardCharsets.UTF_8) + "&collection=app.bsky.feed.post&limit=100&reverse=true";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/xrpc/com.atproto.repo.listRecords?" + q))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("listRecords answered " + r.statusCode() + ": " + r.body());
        }
        return Json.MAPPER.readTree(r.body()).path("records");
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
