package dev.gloss.publish.impl.threads;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.FakeOAuth;
import dev.gloss.publish.FakeService;
import dev.gloss.threads.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Threads on loopback, as Meta's Threads API documentation shows it (developers.facebook.com/docs/threads):
 * the Authorization Window ({@code /oauth/authorize}) and token endpoint ({@code POST
 * /oauth/access_token}, answering {@code {access_token, user_id}}), the long-lived token exchange
 * and refresh ({@code GET /access_token}, {@code GET /refresh_access_token}, only once a day
 * old), and under {@code /v1.0}: {@code GET /me}, {@code POST /me/threads} (a container: TEXT, or
 * IMAGE whose {@code image_url} the server downloads at once, as Meta's does; {@code alt_text},
 * {@code reply_to_id}; 500 characters), {@code GET /{container}?fields=status} (IN_PROGRESS,
 * then FINISHED; PUBLISHED once published), {@code POST /me/threads_publish} ({@code
 * creation_id}), {@code GET /me/threads} (top-level posts, newest first, {@code since}),
 * {@code GET /{id}/replies} (with {@code is_reply_owned_by_me}), {@code DELETE /{id}}
 * ({@code threads_delete}), {@code GET /me/threads_publishing_limit}. The token is the
 * {@code access_token} parameter; errors are Graph's {@code {error: {message, type, code,
 * fbtrace_id}}}.
 */
public final class FakeThreads extends FakeService {
    public static final String APP_ID = "990602627938098";
    public static final String APP_SECRET = "a1b2C3D4e5f6";

    /** A container: what will be published. */
    public record Container(String id, String user, String text, String imageUrl, String alt, String replyTo, Instant created,
            String status, String mediaId, int polls) {
        Container with(String newStatus, String newMediaId, int newPolls) {
            return new Container(id, user, text, imageUrl, alt, replyTo, created, newStatus, newMediaId, newPolls);
        }
    }

    /** A published post. */
    public record Media(String id, String user, String text, byte[] image, String alt, String replyTo, Instant at, boolean deleted) {
        Media asDeleted() {
            return new Media(id, user, text, image, alt, replyTo, at, true);
        }
    }

    private final FakeOAuth oauth;
    private final String userId;
    private final String username;
    private final Map<String, Container> containers = new ConcurrentHashMap<>();
    private final List<Media> media = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(17889615691921648L);
    private final Map<String, Instant> longLived = new ConcurrentHashMap<>();
    private final HttpClient fetcher = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private volatile int pollsBeforeFinished = 1;
    private volatile int quotaUsage;

    public FakeThreads(String userId, String username) throws IOException {
        this.userId = userId;
        this.username = username;
        this.oauth = new FakeOAuth(FakeOAuth.Style.THREADS, APP_ID, APP_SECRET, userId);
    }

    public FakeOAuth oauth() {
        return oauth;
    }

    /** The API's base, as a setting would name it. */
    public URI api() {
        return url().resolve("/v1.0");
    }

    /** Containers answer IN_PROGRESS this many times before FINISHED. */
    public FakeThreads pollsBeforeFinished(int n) {
        pollsBeforeFinished = n;
        return this;
    }

    /** Posts already published by the user in the last 24 hours (for the quota). */
    public FakeThreads quotaUsage(int n) {
        quotaUsage = n;
        return this;
    }

    /** The posts not deleted, oldest first. */
    public List<Media> posts() {
        return media.stream().filter(m -> !m.deleted()).toList();
    }

    public List<Media> deleted() {
        return media.stream().filter(Media::deleted).toList();
    }

    @Override
    protected Reply route(Request r) throws Exception {
        String m = r.method();
        String p = r.path();
        if (m.equals("GET") && p.equals("/oauth/authorize")) {
            return oauth.authorize(r);
        }
        if (m.equals("POST") && p.equals("/oauth/access_token")) {
            return oauth.token(r);
        }
        if (m.equals("GET") && p.equals("/access_token")) {
            return exchange(r.query());
        }
        if (m.equals("GET") && p.equals("/refresh_access_token")) {
            return refresh(r.query());
        }
        if (!p.startsWith("/v1.0/")) {
            return graphError(404, "Unknown path components: " + p, "OAuthException", 2500);
        }
        Map<String, String> f = r.form();
        String tokenValue = f.containsKey("access_token") ? f.get("access_token") : r.bearer();
        FakeOAuth.Token token = oauth.valid(tokenValue);
        if (token == null) {
            return graphError(400, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190);
        }
        String path = p.substring("/v1.0".length());
        java.util.Set<String> scopes = FakeOAuth.scopes(token);
        if (m.equals("GET") && (path.equals("/me") || path.equals("/" + userId))) {
            return Reply.json(200, object().put("id", userId).put("username", username));
        }
        if (m.equals("GET") && path.equals("/me/threads_publishing_limit")) {
            return Reply.json(200, quota());
        }
        if (m.equals("POST") && path.equals("/me/threads")) {
            if (!scopes.contains("threads_content_publish")) {
                return graphError(403, "(#10) Application does not have permission for this action", "OAuthException", 10);
            }
            return create(f);
        }
        if (m.equals("POST") && path.equals("/me/threads_publish")) {
            return publish(f.get("creation_id"));
        }
        if (m.equals("GET") && path.equals("/me/threads")) {
            return ownThreads(f);
        }
        Matcher replies = Pattern.compile("/(\\d+)/replies").matcher(path);
        if (m.equals("GET") && replies.matches()) {
            if (!scopes.contains("threads_read_replies")) {
                return graphError(403, "(#10) Application does not have permission for this action", "OAuthException", 10);
            }
            return replies(replies.group(1), f);
        }
        Matcher one = Pattern.compile("/(\\d+)").matcher(path);
        if (one.matches() && m.equals("GET")) {
            return object(one.group(1));
        }
        if (one.matches() && m.equals("DELETE")) {
            if (!scopes.contains("threads_delete")) {
                return graphError(403, "(#10) Application does not have permission for this action", "OAuthException", 10);
            }
            return delete(one.group(1));
        }
        return graphError(400, "Unsupported request - method type: " + m.toLowerCase(), "GraphMethodException", 100);
    }

    private Reply exchange(Map<String, String> q) {
        if (!"th_exchange_token".equals(q.get("grant_type")) || !APP_SECRET.equals(q.get("client_secret"))
                || oauth.valid(q.get("access_token")) == null) {
            return graphError(400, "Error validating client secret.", "OAuthException", 1);
        }
        String token = "THLL" + FakeOAuthAccess.random();
        FakeOAuth.Token old = oauth.valid(q.get("access_token"));
        oauth.accessLifetime(Duration.ofDays(60)).issue(token, old.user(), old.scope());
        longLived.put(token, oauth.now());
        return Reply.json(200, object().put("access_token", token).put("token_type", "bearer").put("expires_in", 5183944));
    }

    private Reply refresh(Map<String, String> q) {
        String t = q.get("access_token");
        FakeOAuth.Token old = oauth.valid(t);
        Instant issued = longLived.get(t);
        if (!"th_refresh_token".equals(q.get("grant_type")) || old == null || issued == null
                || Duration.between(issued, oauth.now()).compareTo(Duration.ofDays(1)) < 0) {
            return graphError(400, "Error validating access token: the token is not a long-lived token at least a day old.",
                    "OAuthException", 190);
        }
        String token = "THLL" + FakeOAuthAccess.random();
        oauth.issue(token, old.user(), old.scope());
        longLived.put(token, oauth.now());
        return Reply.json(200, object().put("access_token", token).put("token_type", "bearer").put("expires_in", 5183944));
    }

    private synchronized ObjectNode quota() {
        Instant day = Instant.now().minus(Duration.ofDays(1));
        long top = media.stream().filter(x -> x.replyTo() == null && x.at().isAfter(day)).count() + quotaUsage;
        long rep = media.stream().filter(x -> x.replyTo() != null && x.at().isAfter(day)).count();
        ObjectNode n = object();
        ObjectNode d = n.putArray("data").addObject();
        d.put("quota_usage", top);
        d.putObject("config").put("quota_total", 250).put("quota_duration", 86400);
        d.put("reply_quota_usage", rep);
        d.putObject("reply_config").put("quota_total", 1000).put("quota_duration", 86400);
        return n;
    }

    private Reply create(Map<String, String> f) throws InterruptedException {
        String type = f.get("media_type");
        String text = f.get("text");
        String image = f.get("image_url");
        if (!List.of("TEXT", "IMAGE", "VIDEO", "CAROUSEL").contains(String.valueOf(type))) {
            return graphError(400, "The parameter media_type is required.", "OAuthException", 100);
        }
        if ("TEXT".equals(type) && (text == null || text.isEmpty())) {
            return graphError(400, "The parameter text is required for TEXT posts.", "OAuthException", 100);
        }
        if (text != null && Platform.THREADS.rules().count(text) > 500) {
            return graphError(400, "Param text must be at most 500 characters long.", "OAuthException", 100);
        }
        String reply = f.get("reply_to_id");
        if (reply != null && media.stream().noneMatch(x -> x.id().equals(reply) && !x.deleted())) {
            return graphError(400, "Invalid parameter: the post to reply to does not exist.", "OAuthException", 100);
        }
        if ("IMAGE".equals(type)) {
            if (image == null) {
                return graphError(400, "The parameter image_url is required.", "OAuthException", 100);
            }
            try {
                HttpResponse<byte[]> got = fetcher.send(HttpRequest.newBuilder(URI.create(image)).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                String ct = got.headers().firstValue("Content-Type").orElse("");
                if (got.statusCode() != 200 || !ct.startsWith("image/")) {
                    return mediaDownloadFailed();
                }
            } catch (IOException | IllegalArgumentException e) {
                return mediaDownloadFailed();
            }
        }
        String id = String.valueOf(ids.addAndGet(7));
        containers.put(id, new Container(id, userId, text, image, f.get("alt_text"), reply, Instant.now(), "IN_PROGRESS", null, 0));
        return Reply.json(200, object().put("id", id));
    }

    private static Reply mediaDownloadFailed() {
        ObjectNode n = object();
        ObjectNode e = n.putObject("error");
        e.put("message", "Media download has failed. The media URI doesn't meet our requirements.");
        e.put("type", "OAuthException");
        e.put("code", 9004);
        e.put("error_subcode", 2207052);
        e.put("fbtrace_id", "AmediaFAIL");
        return Reply.json(400, n);
    }

    private synchronized Reply object(String id) {
        Container c = containers.get(id);
        if (c != null) {
            if (c.status().equals("IN_PROGRESS")) {
                int polls = c.polls() + 1;
                c = c.with(polls >= pollsBeforeFinished ? "FINISHED" : "IN_PROGRESS", null, polls);
                containers.put(id, c);
            }
            return Reply.json(200, object().put("id", id).put("status", c.status()));
        }
        for (Media x : media) {
            if (x.id().equals(id) && !x.deleted()) {
                return Reply.json(200, json(x));
            }
        }
        return graphError(400, "Unsupported get request. Object with ID '" + id + "' does not exist.", "GraphMethodException", 100);
    }

    private synchronized Reply publish(String creationId) {
        Container c = creationId == null ? null : containers.get(creationId);
        if (c == null) {
            return graphError(400, "Param creation_id must be a valid container id.", "OAuthException", 100);
        }
        if (c.status().equals("IN_PROGRESS") && pollsBeforeFinished > 0) {
            return graphError(400, "The media is not ready for publishing, please wait for a moment.", "OAuthException", 9007);
        }
        if (c.status().equals("PUBLISHED")) {
            return graphError(400, "The media has already been published.", "OAuthException", 100);
        }
        byte[] img = c.imageUrl() == null ? null : new byte[]{1};
        if (c.imageUrl() != null) {
            try {
                img = fetcher.send(HttpRequest.newBuilder(URI.create(c.imageUrl())).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            } catch (IOException e) {
                return mediaDownloadFailed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mediaDownloadFailed();
            }
        }
        Media x = new Media(String.valueOf(ids.addAndGet(11)), c.user(), c.text(), img, c.alt(), c.replyTo(), Instant.now(), false);
        media.add(x);
        containers.put(c.id(), c.with("PUBLISHED", x.id(), c.polls()));
        return Reply.json(200, object().put("id", x.id()));
    }

    private Reply ownThreads(Map<String, String> q) {
        Instant since = q.containsKey("since") ? Instant.ofEpochSecond(Long.parseLong(q.get("since"))) : Instant.EPOCH;
        List<Media> top = media.stream().filter(x -> !x.deleted() && x.replyTo() == null && !x.at().isBefore(since))
                .sorted(Comparator.comparing(Media::at).reversed()).toList();
        return Reply.json(200, page(top));
    }

    private Reply replies(String id, Map<String, String> q) {
        boolean reverse = !"false".equals(q.get("reverse"));
        Comparator<Media> order = Comparator.comparing(Media::at);
        List<Media> rs = media.stream().filter(x -> !x.deleted() && id.equals(x.replyTo()))
                .sorted(reverse ? order.reversed() : order).toList();
        ObjectNode n = page(rs);
        for (com.fasterxml.jackson.databind.JsonNode o : n.path("data")) {
            ((ObjectNode) o).put("is_reply_owned_by_me", userId.equals(owner(o.path("id").asText())));
        }
        return Reply.json(200, n);
    }

    private String owner(String id) {
        return media.stream().filter(x -> x.id().equals(id)).map(Media::user).findFirst().orElse("");
    }

    private synchronized Reply delete(String id) {
        for (int i = 0; i < media.size(); i++) {
            Media x = media.get(i);
            if (x.id().equals(id) && !x.deleted()) {
                media.set(i, x.asDeleted());
                return Reply.json(200, object().put("success", true).put("deleted_id", id));
            }
        }
        return graphError(400, "Unsupported delete request. Object with ID '" + id + "' does not exist.", "GraphMethodException", 100);
    }

    private ObjectNode page(List<Media> items) {
        ObjectNode n = object();
        ArrayNode data = n.putArray("data");
        items.forEach(x -> data.add(json(x)));
        n.putObject("paging").putObject("cursors").put("before", "BEFORE").put("after", "AFTER");
        return n;
    }

    private ObjectNode json(Media x) {
        ObjectNode o = object();
        o.put("id", x.id());
        o.put("media_product_type", "THREADS");
        o.put("media_type", x.image() == null ? "TEXT_POST" : "IMAGE");
        o.put("permalink", url() + "/@" + username + "/post/" + Long.toString(Long.parseLong(x.id()), 36));
        o.put("username", username);
        if (x.text() != null) {
            o.put("text", x.text());
        }
        o.put("timestamp", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").format(x.at().atOffset(ZoneOffset.UTC)));
        o.put("is_reply", x.replyTo() != null);
        if (x.alt() != null) {
            o.put("alt_text", x.alt());
        }
        return o;
    }

    static Reply graphError(int status, String message, String type, int code) {
        ObjectNode n = object();
        ObjectNode e = n.putObject("error");
        e.put("message", message);
        e.put("type", type);
        e.put("code", code);
        e.put("fbtrace_id", "A" + Long.toString(System.nanoTime(), 36));
        return Reply.json(status, n);
    }

    /** Graph's "too many calls" as a fault (HTTP 400, code 4). */
    public static Reply applicationRequestLimit() {
        ObjectNode n = object();
        ObjectNode e = n.putObject("error");
        e.put("message", "Application request limit reached");
        e.put("type", "OAuthException");
        e.put("is_transient", true);
        e.put("code", 4);
        e.put("fbtrace_id", "AthrottleX");
        return Reply.json(400, n);
    }

    /** A 500 as Meta's front end answers it. */
    public static Reply serverError() {
        ObjectNode n = object();
        ObjectNode e = n.putObject("error");
        e.put("message", "An unexpected error has occurred. Please retry your request later.");
        e.put("type", "OAuthException");
        e.put("is_transient", true);
        e.put("code", 2);
        e.put("fbtrace_id", "AunexpectedX");
        return Reply.json(500, n);
    }

    /** Random token text. */
    static final class FakeOAuthAccess {
        private FakeOAuthAccess() {
        }

        static String random() {
            return Long.toString(System.nanoTime(), 36) + Long.toString(Double.doubleToLongBits(Math.random()), 36);
        }
    }
}
