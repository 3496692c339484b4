package dev.gloss.publish.impl.threads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Threads Graph API calls Gloss makes (graph.threads.net, v1.0), with the user's token as the
 * documented {@code access_token} parameter: the user ({@code GET /me}), the publishing quota
 * ({@code GET /me/threads_publishing_limit}), a media container ({@code POST /me/threads}:
 * {@code TEXT} or {@code IMAGE} with a public {@code image_url} and {@code alt_text},
 * {@code reply_to_id}), its status ({@code GET /{container}?fields=status,error_message}), its
 * publication ({@code POST /me/threads_publish} with {@code creation_id}), the user's own posts
 * ({@code GET /me/threads}) and the replies to a post ({@code GET /{id}/replies}), and deletion
 * ({@code DELETE /{id}}). Graph errors that mean "too many calls" (codes 4, 17, 32, 613) count as
 * rate limits. Publishing a container is not retried: the container's status says whether it went out.
 */
public final class ThreadsClient {
    /** Graph API error codes that mean a rate limit (application, user, page, API-specific). */
    static final Set<Integer> THROTTLING = Set.of(4, 17, 32, 613);
    private static final String FIELDS = "id,text,timestamp,permalink,username,is_reply,media_type";

    private final URI base;
    private final Supplier<String> token;
    private final HttpTransport http;
    private final Retry retry;

    /** The user behind a token. */
    public record User(String id, String username) {
    }

    /**
     * What may still be published in the moving 24 hours: top-level posts and replies.
     *
     * @param duration seconds of the window
     */
    public record Quota(int usage, int total, int replyUsage, int replyTotal, long duration) {
    }

    /** A container's state: IN_PROGRESS, FINISHED, PUBLISHED, ERROR or EXPIRED, with Meta's error message. */
    public record Container(String id, String status, String errorMessage) {
    }

    /** One of the user's posts. */
    public record Posted(String id, String text, Instant at, String permalink, String username) {
    }

    /** @param base the versioned API base, {@code https://graph.threads.net/v1.0} (a setting) */
    public ThreadsClient(URI base, Supplier<String> token, HttpTransport http, Retry retry) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.token = token;
        this.http = http;
        this.retry = retry;
    }

    public String host() {
        return HttpTransport.hostOf(base);
    }

    /** {@code GET /me?fields=id,username}. */
    public User me() throws RemoteException {
        JsonNode n = retry.run(() -> get("me", "fields=id,username"));
        return new User(n.path("id").asText(), n.path("username").asText());
    }

    /** {@code GET /me/threads_publishing_limit}. */
    public Quota quota() throws RemoteException {
        JsonNode n = retry.run(() -> get("me/threads_publishing_limit", "fields=" + enc("quota_usage,config,reply_quota_usage,reply_config")))
                .path("data").path(0);
        return new Quota(n.path("quota_usage").asInt(0), n.path("config").path("quota_total").asInt(250),
                n.path("reply_quota_usage").asInt(0), n.path("reply_config").path("quota_total").asInt(1000),
                n.path("config").path("quota_duration").asLong(86400));
    }

    /**
     * {@code POST /me/threads}: a container for one post.
     *
     * @param imageUrl a public URL Threads downloads the image from, or null for a text post
     * @param replyTo  the post this one replies to, or null
     * @return the container's id
     */
    public String container(String text, String imageUrl, String altText, String replyTo) throws RemoteException {
        List<String> form = new ArrayList<>();
        form.add(param("media_type", imageUrl == null ? "TEXT" : "IMAGE"));
        if (text != null && !text.isEmpty()) {
            form.add(param("text", text));
        }
        if (imageUrl != null) {
            form.add(param("image_url", imageUrl));
            if (altText != null && !altText.isBlank()) {
                form.add(param("alt_text", altText));
            }
        }
        if (replyTo != null) {
            form.add(param("reply_to_id", replyTo));
        }
        // creating a container publishes nothing, so it is safe to repeat
        return retry.run(() -> post("me/threads", form)).path("id").asText();
    }

    /** {@code GET /{container}?fields=status,error_message}. */
    public Container status(String containerId) throws RemoteException {
        JsonNode n = retry.run(() -> get(enc(containerId), "fields=" + enc("id,status,error_message")));
        return new Container(n.path("id").asText(containerId), n.path("status").asText(""), n.path("error_message").asText(null));
    }

    /** {@code POST /me/threads_publish} with the container: sent once; the caller asks the container's status after a lost answer. */
    public String publish(String containerId) throws RemoteException {
        return post("me/threads_publish", List.of(param("creation_id", containerId))).path("id").asText();
    }

    /** The user's top-level posts since {@code since} ({@code GET /me/threads}), newest first. */
    public List<Posted> ownPosts(Instant since) throws RemoteException {
        String q = "fields=" + enc(FIELDS) + "&since=" + since.getEpochSecond() + "&limit=100";
        return list(retry.run(() -> get("me/threads", q)));
    }

    /** The replies to a post ({@code GET /{id}/replies}), those of the user only. */
    public List<Posted> ownReplies(String postId, String username) throws RemoteException {
        String q = "fields=" + enc(FIELDS + ",is_reply_owned_by_me") + "&reverse=false";
        JsonNode n = retry.run(() -> get(enc(postId) + "/replies", q));
        List<Posted> out = new ArrayList<>();
        for (JsonNode p : n.path("data")) {
            boolean mine = p.has("is_reply_owned_by_me") ? p.path("is_reply_owned_by_me").asBoolean() : username.equals(p.path("username").asText());
            if (mine) {
                out.add(posted(p));
            }
        }
        return out;
    }

    /** {@code DELETE /{id}}; true when Threads says it is deleted. */
    public boolean delete(String id) throws RemoteException {
        JsonNode n = retry.run(() -> call(HttpRequest.newBuilder(url(enc(id), "")).DELETE()));
        return n.path("success").asBoolean(false);
    }

    private static List<Posted> list(JsonNode n) {
        List<Posted> out = new ArrayList<>();
        for (JsonNode p : n.path("data")) {
            out.add(posted(p));
        }
        return out;
    }

    private static Posted posted(JsonNode p) {
        return new Posted(p.path("id").asText(), p.path("text").asText(""), time(p.path("timestamp").asText(null)),
                p.path("permalink").asText(null), p.path("username").asText(null));
    }

    /** Threads writes {@code 2023-10-17T05:42:03+0000}. */
    static Instant time(String s) {
        if (s == null) {
            return Instant.EPOCH;
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(s);
        }
    }

    private JsonNode get(String path, String query) throws RemoteException {
        return call(HttpRequest.newBuilder(url(path, query)).GET());
    }

    private JsonNode post(String path, List<String> form) throws RemoteException {
        List<String> all = new ArrayList<>(form);
        all.add(param("access_token", token.get()));
        return call(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", all), StandardCharsets.UTF_8)));
    }

    private URI url(String path, String query) {
        String q = (query == null || query.isEmpty() ? "" : query + "&") + "access_token=" + enc(token.get());
        return base.resolve(path + "?" + q);
    }

    private JsonNode call(HttpRequest.Builder b) throws RemoteException {
        try {
            return http.send(b.header("Accept", "application/json")).json();
        } catch (RemoteException e) {
            throw graphCode(e) != null && THROTTLING.contains(graphCode(e)) ? e.throttled() : e;
        }
    }

    /** The Graph error code of a failure ({@code "OAuthException 190"} gives 190), or null. */
    static Integer graphCode(RemoteException e) {
        String err = e.error();
        if (err == null) {
            return null;
        }
        int sp = err.lastIndexOf(' ');
        try {
            return Integer.valueOf(err.substring(sp + 1));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static String param(String name, String value) {
        return enc(name) + "=" + enc(value);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
