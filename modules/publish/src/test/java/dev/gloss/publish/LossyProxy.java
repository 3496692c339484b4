package dev.gloss.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of a test server that can lose responses: it forwards the
 * chosen request (so the server acts on it) and then closes the connection without answering,
 * as a network failure after the server's commit would. It can also go offline (every request
 * is cut) to make a whole run fail, and records every path it saw.
 */
public final class LossyProxy implements AutoCloseable {
    private static final Set<String> HOP = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "http2-settings");

    private final URI target;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger matches = new AtomicInteger();
    private volatile String dropPath;
    private volatile int dropNth;
    private volatile boolean offlineAfterDrop;
    private final AtomicBoolean offline = new AtomicBoolean();
    private volatile long delayMillis;
    private volatile String delayPath;

    public LossyProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** The proxy's URL, to use instead of the target's. */
    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** Loses the response of the {@code nth} request (from 1) whose path contains {@code path}. */
    public LossyProxy dropResponse(String path, int nth, boolean thenOffline) {
        this.dropPath = path;
        this.dropNth = nth;
        this.offlineAfterDrop = thenOffline;
        matches.set(0);
        return this;
    }

    /** Delays every request whose path contains {@code path} (to make runs overlap). */
    public LossyProxy delay(String path, long millis) {
        this.delayPath = path;
        this.delayMillis = millis;
        return this;
    }

    public void online() {
        offline.set(false);
    }

    /** Paths seen, in order, e.g. {@code /xrpc/com.atproto.repo.createRecord}. */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    public long count(String pathPart) {
        return seen.stream().filter(p -> p.contains(pathPart)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            seen.add(path);
            if (offline.get()) {
                return; // closed without a response
            }
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (delayPath != null && path.contains(delayPath)) {
                Thread.sleep(delayMillis);
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().toString()))
                    .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            ex.getRequestHeaders().forEach((k, vs) -> {
                if (!HOP.contains(k.toLowerCase(Locale.ROOT))) {
                    vs.forEach(v -> b.header(k, v));
                }
            });
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (dropPath != null && path.contains(dropPath) && matches.incrementAndGet() == dropNth) {
                if (offlineAfterDrop) {
                    offline.set(true);
                }
                return; // the server did it; the client never hears
            }
            r.headers().map().forEach((k, vs) -> {
                if (!HOP.contains(k.toLowerCase(Locale.ROOT)) && !k.startsWith(":")) {
                    vs.forEach(v -> ex.getResponseHeaders().add(k, v));
                }
            });
            ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
