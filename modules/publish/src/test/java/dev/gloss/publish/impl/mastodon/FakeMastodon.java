package dev.gloss.publish.impl.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mastodon server on loopback, faithful to the parts of the REST API Gloss uses (4.x):
 * {@code GET /api/v2/instance}, {@code GET /api/v1/accounts/verify_credentials},
 * {@code POST /api/v2/media} (multipart {@code file} + {@code description}; 202 while processing,
 * then {@code GET /api/v1/media/:id} answers 206 until ready), {@code POST /api/v1/statuses}
 * (form or JSON: {@code status}, {@code in_reply_to_id}, {@code media_ids[]}, {@code visibility},
 * {@code language}, {@code spoiler_text}; the {@code Idempotency-Key} header returns the first
 * status again for the same key and account, for one hour as Mastodon's Redis entry does),
 * {@code GET /api/v1/accounts/:id/statuses} (newest first, {@code limit}, {@code max_id}, the
 * text rendered as Mastodon's HTML: paragraphs, line breaks, links with hidden parts, hashtags),
 * bearer tokens, Mastodon's error bodies ({@code {"error": "..."}}), and injected failures:
 * 429 with {@code Retry-After}, 5xx, lost responses, going offline.
 */
public final class FakeMastodon implements AutoCloseable {
    /** A status as stored. */
    public record Status(String id, String accountId, String text, String inReplyToId, List<String> mediaIds, String idempotencyKey,
            String visibility, String language, String spoilerText, Instant createdAt) {
    }

    /** How long Mastodon remembers an idempotency key. */
    static final java.time.Duration KEY_WINDOW = java.time.Duration.ofHours(1);

    /** An uploaded attachment. */
    public record Media(String id, String description, String mimeType, byte[] bytes) {
    }

    private record Failure(String path, int status, String retryAfter, boolean lose, boolean thenOffline) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<Status> statuses = new CopyOnWriteArrayList<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final Map<String, Integer> processingPolls = new ConcurrentHashMap<>();
    private final Map<String, Status> idempotent = new ConcurrentHashMap<>();
    private volatile java.time.Duration skew = java.time.Duration.ZERO;
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(110_000_000_000_000_000L);
    private final Map<String, Integer> countdown = new ConcurrentHashMap<>();
    private volatile boolean offline;
    private volatile int maxCharacters = 500;
    private volatile boolean slowMedia;
    private volatile long statusDelayMillis;
    private final java.util.concurrent.atomic.AtomicInteger stalls = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long stallMillis;

    public FakeMastodon() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** Lets {@code token} act as the account {@code username} (ids are assigned in order). */
    public FakeMastodon account(String username, String token) {
        tokens.put(token, username);
        return this;
    }

    public FakeMastodon maxCharacters(int n) {
        this.maxCharacters = n;
        return this;
    }

    /** Media uploads answer 202 and need two polls before they are ready. */
    public FakeMastodon slowMedia() {
        this.slowMedia = true;
        return this;
    }

    public FakeMastodon delayStatuses(long millis) {
        this.statusDelayMillis = millis;
        return this;
    }

    /** The next {@code n} status requests wait {@code millis} before they are handled (a slow server). */
    public FakeMastodon stallStatuses(int n, long millis) {
        stalls.set(n);
        stallMillis = millis;
        return this;
    }

    /** The server's clock moves on by {@code d} (to let idempotency keys expire). */
    public FakeMastodon advance(java.time.Duration d) {
        skew = skew.plus(d);
        return this;
    }

    private Instant now() {
        return Instant.now().plus(skew);
    }

    public void revoke(String token) {
        tokens.remove(token);
    }

    /** The next request to {@code path} answers {@code status} (with {@code Retry-After} when not null). */
    public synchronized FakeMastodon failNext(String path, int status, String retryAfter) {
        failures.add(new Failure(path, status, retryAfter, false, false));
        return this;
    }

    /** The {@code nth} next request to {@code path} is carried out but its response is lost. */
    public synchronized FakeMastodon loseResponse(String path, int nth, boolean thenOffline) {
        countdown.put(path, nth);
        failures.add(new Failure(path, 0, null, true, thenOffline));
        return this;
    }

    public void online() {
        offline = false;
    }

    public List<Status> statuses() {
        return List.copyOf(statuses);
    }

    public Media media(String id) {
        return media.get(id);
    }

    public long count(String pathPart) {
        return seen.stream().filter(p -> p.contains(pathPart)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            seen.add(ex.getRequestMethod() + " " + path);
            if (offline) {
                return; // no response: the connection is closed
            }
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            Failure f = nextFailure(path);
            if (f != null && !f.lose()) {
                if (f.retryAfter() != null) {
                    ex.getResponseHeaders().add("Retry-After", f.retryAfter());
                }
                send(ex, f.status(), error(f.status() == 429 ? "Too many requests" : "Internal server error"));
                return;
            }
            boolean lose = f != null;
            Object[] response = route(ex, path, body);
            if (lose) {
                offline = f.thenOffline();
                return; // carried out, but the client never hears
            }
            send(ex, (Integer) response[0], (JsonNode) response[1]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Failure nextFailure(String path) {
        for (Failure f : failures) {
            if (path.equals(f.path())) {
                if (f.lose()) {
                    int left = countdown.merge(path, -1, Integer::sum);
                    if (left > 0) {
                        return null;
                    }
                }
                failures.remove(f);
                return f;
            }
        }
        return null;
    }

    private Object[] route(HttpExchange ex, String path, byte[] body) throws InterruptedException {
        String method = ex.getRequestMethod();
        if (method.equals("GET") && path.equals("/api/v2/instance")) {
            return ok(instance());
        }
        String user = user(ex);
        if (user == null) {
            return new Object[]{401, error("The access token is invalid")};
        }
        if (method.equals("GET") && path.equals("/api/v1/accounts/verify_credentials")) {
            return ok(account(user));
        }
        Matcher own = Pattern.compile("/api/v1/accounts/(\\d+)/statuses").matcher(path);
        if (method.equals("GET") && own.matches()) {
            return ok(accountStatuses(own.group(1), ex.getRequestURI().getRawQuery()));
        }
        if (method.equals("POST") && path.equals("/api/v2/media")) {
            return upload(ex, body);
        }
        Matcher m = Pattern.compile("/api/v1/media/(\\d+)").matcher(path);
        if (method.equals("GET") && m.matches()) {
            Media md = media.get(m.group(1));
            if (md == null) {
                return new Object[]{404, error("Record not found")};
            }
            int left = processingPolls.getOrDefault(md.id(), 0);
            if (left > 0) {
                processingPolls.put(md.id(), left - 1);
                return new Object[]{206, attachment(md, false)};
            }
            return ok(attachment(md, true));
        }
        if (method.equals("POST") && path.equals("/api/v1/statuses")) {
            if (statusDelayMillis > 0) {
                Thread.sleep(statusDelayMillis);
            }
            if (stalls.getAndDecrement() > 0) {
                Thread.sleep(stallMillis);
            }
            return postStatus(ex, user, body);
        }
        return new Object[]{404, error("Not found")};
    }

    private ObjectNode instance() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("domain", "localhost");
        n.put("title", "Fake Mastodon");
        n.put("version", "4.3.0");
        ObjectNode conf = n.putObject("configuration");
        ObjectNode st = conf.putObject("statuses");
        st.put("max_characters", maxCharacters);
        st.put("max_media_attachments", 4);
        st.put("characters_reserved_per_url", 23);
        ObjectNode ma = conf.putObject("media_attachments");
        ma.putArray("supported_mime_types").add("image/png").add("image/jpeg").add("image/gif").add("image/webp");
        ma.put("image_size_limit", 16_777_216);
        return n;
    }

    private ObjectNode account(String user) {
        ObjectNode a = Json.MAPPER.createObjectNode();
        a.put("id", String.valueOf(Math.abs(user.hashCode())));
        a.put("username", user);
        a.put("acct", user);
        a.put("url", url() + "/@" + user);
        return a;
    }

    private Object[] upload(HttpExchange ex, byte[] body) {
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        if (ct == null || !ct.startsWith("multipart/form-data")) {
            return new Object[]{422, error("Validation failed: File can't be blank")};
        }
        Map<String, Part> parts = Part.parse(body, ct.substring(ct.indexOf("boundary=") + 9));
        Part file = parts.get("file");
        if (file == null || file.data().length == 0) {
            return new Object[]{422, error("Validation failed: File can't be blank")};
        }
        Part desc = parts.get("description");
        String id = String.valueOf(ids.incrementAndGet());
        Media md = new Media(id, desc == null ? null : new String(desc.data(), StandardCharsets.UTF_8), file.contentType(), file.data());
        media.put(id, md);
        if (slowMedia) {
            processingPolls.put(id, 2);
            return new Object[]{202, attachment(md, false)};
        }
        return ok(attachment(md, true));
    }

    private ObjectNode attachment(Media md, boolean ready) {
        ObjectNode a = Json.MAPPER.createObjectNode();
        a.put("id", md.id());
        a.put("type", "image");
        if (ready) {
            a.put("url", url() + "/system/media/" + md.id());
        } else {
            a.putNull("url");
        }
        a.put("description", md.description());
        return a;
    }

    private synchronized Object[] postStatus(HttpExchange ex, String user, byte[] body) {
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        if (key != null) {
            Status earlier = idempotent.get(user + "\n" + key);
            if (earlier != null && now().isBefore(earlier.createdAt().plus(KEY_WINDOW))) {
                return ok(statusJson(earlier));
            }
        }
        Map<String, List<String>> p = params(ex, body);
        String text = first(p, "status");
        List<String> mediaIds = p.getOrDefault("media_ids[]", p.getOrDefault("media_ids", List.of()));
        if ((text == null || text.isBlank()) && mediaIds.isEmpty()) {
            return new Object[]{422, error("Validation failed: Text can't be blank")};
        }
        if (text != null && length(text) > maxCharacters) {
            return new Object[]{422, error("Validation failed: Text character limit of " + maxCharacters + " exceeded")};
        }
        String reply = first(p, "in_reply_to_id");
        if (reply != null && statuses.stream().noneMatch(s -> s.id().equals(reply))) {
            return new Object[]{404, error("Record not found")};
        }
        for (String m : mediaIds) {
            if (!media.containsKey(m) || processingPolls.getOrDefault(m, 0) > 0) {
                return new Object[]{422, error("Validation failed: Media attachment ids are not valid")};
            }
        }
        String visibility = first(p, "visibility");
        if (visibility != null && !List.of("public", "unlisted", "private", "direct").contains(visibility)) {
            return new Object[]{422, error("Validation failed: Visibility is not included in the list")};
        }
        Status s = new Status(String.valueOf(ids.incrementAndGet()), user, text, reply, List.copyOf(mediaIds), key,
                visibility == null ? "public" : visibility, first(p, "language"), first(p, "spoiler_text"), now());
        statuses.add(s);
        if (key != null) {
            idempotent.put(user + "\n" + key, s);
        }
        return ok(statusJson(s));
    }

    /** The statuses of an account, newest first, {@code limit} (at most 40) before {@code max_id}. */
    private ArrayNode accountStatuses(String accountId, String query) {
        Map<String, String> q = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        int limit = Math.min(40, Integer.parseInt(q.getOrDefault("limit", "20")));
        long maxId = q.containsKey("max_id") ? Long.parseLong(q.get("max_id")) : Long.MAX_VALUE;
        ArrayNode out = Json.MAPPER.createArrayNode();
        List<Status> all = new ArrayList<>(statuses);
        java.util.Collections.reverse(all);
        for (Status st : all) {
            if (out.size() >= limit) {
                break;
            }
            if (account(st.accountId()).path("id").asText().equals(accountId) && Long.parseLong(st.id()) < maxId) {
                out.add(statusJson(st));
            }
        }
        return out;
    }

    /** The text as Mastodon renders it: paragraphs, line breaks, links (long ones partly hidden) and hashtags. */
    static String html(String text) {
        StringBuilder b = new StringBuilder();
        for (String para : text.split("\n\n+")) {
            b.append("<p>");
            String[] lines = para.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    b.append("<br />");
                }
                b.append(inline(lines[i]));
            }
            b.append("</p>");
        }
        return b.toString();
    }

    private static String inline(String line) {
        Matcher m = Pattern.compile("(https?://)(\\S+)|#(\\w+)").matcher(line);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            b.append(escape(line.substring(last, m.start())));
            if (m.group(1) != null) {
                String rest = m.group(2);
                String shown = rest.length() > 30 ? rest.substring(0, 30) : rest;
                b.append("<a href=\"").append(escape(m.group())).append("\" target=\"_blank\" rel=\"nofollow noopener\">")
                        .append("<span class=\"invisible\">").append(escape(m.group(1))).append("</span>")
                        .append("<span class=\"").append(rest.length() > 30 ? "ellipsis" : "").append("\">").append(escape(shown)).append("</span>")
                        .append("<span class=\"invisible\">").append(escape(rest.substring(shown.length()))).append("</span></a>");
            } else {
                b.append("<a href=\"/tags/").append(escape(m.group(3))).append("\" class=\"mention hashtag\" rel=\"tag\">#<span>")
                        .append(escape(m.group(3))).append("</span></a>");
            }
            last = m.end();
        }
        b.append(escape(line.substring(last)));
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Mastodon's count: every URL is 23 characters, everything else by code point. */
    private static int length(String text) {
        String urls = text.replaceAll("https?://\\S+", "x".repeat(23));
        return urls.codePointCount(0, urls.length());
    }

    private ObjectNode statusJson(Status s) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("created_at", s.createdAt().toString());
        if (s.inReplyToId() != null) {
            n.put("in_reply_to_id", s.inReplyToId());
        } else {
            n.putNull("in_reply_to_id");
        }
        n.put("visibility", s.visibility());
        n.put("language", s.language());
        n.put("spoiler_text", s.spoilerText() == null ? "" : s.spoilerText());
        n.put("sensitive", s.spoilerText() != null && !s.spoilerText().isBlank());
        n.put("content", html(s.text() == null ? "" : s.text()));
        n.put("url", url() + "/@" + s.accountId() + "/" + s.id());
        n.put("uri", url() + "/users/" + s.accountId() + "/statuses/" + s.id());
        ArrayNode ma = n.putArray("media_attachments");
        s.mediaIds().forEach(id -> ma.add(attachment(media.get(id), true)));
        n.set("account", account(s.accountId()));
        return n;
    }

    private String user(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            return null;
        }
        return tokens.get(auth.substring(7));
    }

    private static Map<String, List<String>> params(HttpExchange ex, byte[] body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        String s = new String(body, StandardCharsets.UTF_8);
        if (ct != null && ct.startsWith("application/json")) {
            try {
                JsonNode n = Json.MAPPER.readTree(s);
                n.fields().forEachRemaining(e -> {
                    List<String> vs = new ArrayList<>();
                    if (e.getValue().isArray()) {
                        e.getValue().forEach(v -> vs.add(v.asText()));
                    } else if (!e.getValue().isNull()) {
                        vs.add(e.getValue().asText());
                    }
                    out.put(e.getKey(), vs);
                });
            } catch (IOException e) {
                return out;
            }
            return out;
        }
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static String first(Map<String, List<String>> p, String k) {
        List<String> v = p.get(k);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static ObjectNode error(String message) {
        return Json.MAPPER.createObjectNode().put("error", message);
    }

    private static Object[] ok(JsonNode n) {
        return new Object[]{200, n};
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] b = Json.compact(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** One part of a multipart/form-data body. */
    record Part(String name, String contentType, byte[] data) {
        static Map<String, Part> parse(byte[] body, String boundary) {
            Map<String, Part> out = new LinkedHashMap<>();
            byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            int pos = indexOf(body, delim, 0);
            while (pos >= 0) {
                int start = pos + delim.length;
                if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                    break;
                }
                start += 2; // CRLF
                int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
                int next = indexOf(body, delim, headersEnd);
                if (headersEnd < 0 || next < 0) {
                    break;
                }
                String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
                byte[] data = java.util.Arrays.copyOfRange(body, headersEnd + 4, next - 2);
                Matcher n = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
                Matcher t = Pattern.compile("(?im)^Content-Type:\\s*(\\S+)").matcher(headers);
                if (n.find()) {
                    out.put(n.group(1), new Part(n.group(1), t.find() ? t.group(1) : "text/plain", data));
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
