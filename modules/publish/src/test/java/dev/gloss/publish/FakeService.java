package dev.gloss.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the loopback test servers of X, LinkedIn and Threads share: an HTTP server on 127.0.0.1,
 * a log of the requests it saw ({@code "POST /2/tweets"}), and injected faults. A fault is
 * matched by method and path: the next request answers a given status, headers and body (a 429
 * with the service's own rate-limit headers, a 5xx with its error body); or the nth request is
 * carried out and its answer lost (the connection closed, as a network failure after the
 * server's commit), optionally taking the server offline after it; or requests are held for a
 * while (to kill a process in the middle of one).
 */
public abstract class FakeService implements AutoCloseable {
    /** A request as the subclass sees it. */
    public record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        /** Form fields of an x-www-form-urlencoded body, and the query's. */
        public Map<String, String> form() {
            Map<String, String> out = new LinkedHashMap<>(query);
            String ct = header("Content-Type");
            if (ct != null && ct.startsWith("application/x-www-form-urlencoded")) {
                out.putAll(parseQuery(text()));
            }
            if (ct != null && ct.startsWith("multipart/form-data")) {
                for (Part p : parts().values()) {
                    if (p.fileName() == null) {
                        out.put(p.name(), new String(p.data(), StandardCharsets.UTF_8));
                    }
                }
            }
            return out;
        }

        public Map<String, Part> parts() {
            String ct = header("Content-Type");
            return ct == null || !ct.contains("boundary=") ? Map.of() : Part.parse(body, ct.substring(ct.indexOf("boundary=") + 9));
        }

        public String bearer() {
            String a = header("Authorization");
            return a != null && a.startsWith("Bearer ") ? a.substring(7) : null;
        }
    }

    /** An answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        public static Reply json(int status, JsonNode body) {
            return new Reply(status, new LinkedHashMap<>(Map.of("Content-Type", "application/json; charset=utf-8")),
                    Json.compact(body).getBytes(StandardCharsets.UTF_8));
        }

        public static Reply empty(int status) {
            return new Reply(status, new LinkedHashMap<>(), new byte[0]);
        }

        public Reply with(String header, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return new Reply(status, h, body);
        }
    }

    private record Fault(String method, String pathRegex, Reply reply, int nth, boolean lose, boolean thenOffline, long holdMillis,
            int[] countdown) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private volatile boolean offline;

    protected FakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** The next request matching {@code method} and the path pattern answers {@code reply} (and does nothing). */
    public synchronized FakeService failNext(String method, String pathRegex, Reply reply) {
        faults.add(new Fault(method, pathRegex, reply, 1, false, false, 0, new int[]{1}));
        return this;
    }

    /** The {@code nth} next matching request is carried out and its answer lost; then offline if asked. */
    public synchronized FakeService loseAnswer(String method, String pathRegex, int nth, boolean thenOffline) {
        faults.add(new Fault(method, pathRegex, null, nth, true, thenOffline, 0, new int[]{nth}));
        return this;
    }

    /** The next matching request waits {@code millis} before it is carried out. */
    public synchronized FakeService hold(String method, String pathRegex, long millis) {
        faults.add(new Fault(method, pathRegex, null, 1, false, false, millis, new int[]{1}));
        return this;
    }

    public void online() {
        offline = false;
    }

    public void offline() {
        offline = true;
    }

    /** Requests seen, in order: {@code "POST /2/tweets"}. */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    /** How many requests seen start with {@code "METHOD /path"} (a prefix). */
    public long count(String methodAndPath) {
        return seen.stream().filter(s -> s.startsWith(methodAndPath)).count();
    }

    /** The service's own answer to a request. */
    protected abstract Reply route(Request r) throws Exception;

    private synchronized Fault nextFault(String method, String path) {
        for (Fault f : faults) {
            if (f.method().equals(method) && path.matches(f.pathRegex())) {
                if (--f.countdown()[0] > 0) {
                    return null;
                }
                faults.remove(f);
                return f;
            }
        }
        return null;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            seen.add(method + " " + path);
            if (offline) {
                return;
            }
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            Fault f = nextFault(method, path);
            if (f != null && f.reply() != null) {
                send(ex, f.reply());
                return;
            }
            if (f != null && f.holdMillis() > 0) {
                Thread.sleep(f.holdMillis());
            }
            Map<String, List<String>> headers = new LinkedHashMap<>(ex.getRequestHeaders());
            Reply reply = route(new Request(method, path, parseQuery(ex.getRequestURI().getRawQuery()), headers, body));
            if (f != null && f.lose()) {
                offline = f.thenOffline();
                return; // carried out; the client never hears
            }
            send(ex, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            send(ex, Reply.json(500, Json.MAPPER.createObjectNode().put("fake", String.valueOf(e))));
        }
    }

    private static void send(HttpExchange ex, Reply r) throws IOException {
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        if (r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    public static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    protected static ObjectNode object() {
        return Json.MAPPER.createObjectNode();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** One part of a multipart/form-data body. */
    public record Part(String name, String fileName, String contentType, byte[] data) {
        static Map<String, Part> parse(byte[] body, String boundary) {
            Map<String, Part> out = new LinkedHashMap<>();
            byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            int pos = indexOf(body, delim, 0);
            while (pos >= 0) {
                int start = pos + delim.length;
                if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                    break;
                }
                start += 2;
                int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
                int next = headersEnd < 0 ? -1 : indexOf(body, delim, headersEnd);
                if (headersEnd < 0 || next < 0) {
                    break;
                }
                String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
                byte[] data = Arrays.copyOfRange(body, headersEnd + 4, next - 2);
                Matcher n = Pattern.compile("\\bname=\"([^\"]*)\"").matcher(headers);
                Matcher fn = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
                Matcher t = Pattern.compile("(?im)^Content-Type:\\s*([^;\\s]+)").matcher(headers);
                if (n.find()) {
                    out.put(n.group(1), new Part(n.group(1), fn.find() ? fn.group(1) : null, t.find() ? t.group(1) : "text/plain", data));
                }
                pos = next;
            }
            return out;
        }

        private static int indexOf(byte[] hay, byte[] needle, int from) {
            outer:
            for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (hay[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
