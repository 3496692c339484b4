package dev.gloss.publish.impl.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.impl.ImageFile;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.publish.impl.Multipart;
import dev.gloss.workspace.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The X API v2 calls Gloss makes with a user's OAuth 2.0 token: who the user is ({@code GET
 * /2/users/me}), an image ({@code POST /2/media/upload}, {@code media_category=tweet_image}) and
 * its alt text ({@code POST /2/media/metadata}), a post replying to another ({@code POST
 * /2/tweets} with {@code reply.in_reply_to_tweet_id}), and the user's own recent posts ({@code GET
 * /2/users/:id/tweets}). Reads and uploads are retried on transient failures; creating a post is
 * not, since X takes no idempotency key: the caller decides after reading the user's posts.
 */
public final class XClient {
    /** Posts a timeline page asks for (X allows 5 to 100). */
    static final int PAGE = 100;
    /** At most this many pages are read when looking for a post. */
    static final int PAGES = 5;

    private final URI base;
    private final Supplier<String> token;
    private final HttpTransport http;
    private final Retry retry;

    /** The user behind a token. */
    public record User(String id, String username, String name) {
    }

    /** A post X created: its id and its text as X stored it. */
    public record Created(String id, String text) {
    }

    /**
     * One of the user's own posts, its text rebuilt as it was sent (links expanded, the picture
     * link X appends removed, HTML entities decoded).
     */
    public record Posted(String id, Instant createdAt, String text, String inReplyToId, int media) {
    }

    /**
     * @param base  the API's base URL, {@code https://api.x.com} (a setting)
     * @param token the current access token
     */
    public XClient(URI base, Supplier<String> token, HttpTransport http, Retry retry) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.token = token;
        this.http = http;
        this.retry = retry;
    }

    public String host() {
        return HttpTransport.hostOf(base);
    }

    /** {@code GET /2/users/me}. */
    public User me() throws RemoteException {
        JsonNode d = retry.run(() -> get("2/users/me")).path("data");
        return new User(d.path("id").asText(), d.path("username").asText(), d.path("name").asText(null));
    }

    /**
     * {@code POST /2/media/upload} (multipart: {@code media}, {@code media_category=tweet_image});
     * images need no processing, so the id is usable at once.
     *
     * @return the media id
     */
    public String uploadImage(ImageFile image) throws RemoteException {
        Multipart body = new Multipart().field("media_category", "tweet_image")
                .field("media_type", image.mimeType())
                .file("media", image.fileName(), image.mimeType(), image.bytes());
        JsonNode n = retry.run(() -> http.send(authed("2/media/upload")
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))).json());
        return n.path("data").path("id").asText();
    }

    /** {@code POST /2/media/metadata} with {@code metadata.alt_text.text}. */
    public void altText(String mediaId, String alt) throws RemoteException {
        ObjectNode body = Json.MAPPER.createObjectNode().put("id", mediaId);
        body.putObject("metadata").putObject("alt_text").put("text", alt);
        String json = Json.compact(body);
        retry.run(() -> http.send(authed("2/media/metadata").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))));
    }

    /**
     * {@code POST /2/tweets}: sent once. A 429 (nothing was created) may be sent again after the
     * wait; anything else with no answer may have created the post.
     */
    public Created createPost(String text, String inReplyTo, List<String> mediaIds) throws RemoteException {
        ObjectNode body = Json.MAPPER.createObjectNode().put("text", text);
        if (inReplyTo != null) {
            body.putObject("reply").put("in_reply_to_tweet_id", inReplyTo);
        }
        if (!mediaIds.isEmpty()) {
            ArrayNode ids = body.putObject("media").putArray("media_ids");
            mediaIds.forEach(ids::add);
        }
        String json = Json.compact(body);
        JsonNode d = http.send(authed("2/tweets").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))).json().path("data");
        return new Created(d.path("id").asText(), d.path("text").asText(""));
    }

    /**
     * The user's posts created at or after {@code since}, newest first ({@code GET
     * /2/users/:id/tweets} with {@code start_time}, replies included, paged with
     * {@code pagination_token}).
     */
    public List<Posted> ownPosts(String userId, Instant since) throws RemoteException {
        List<Posted> out = new ArrayList<>();
        String next = null;
        String start = DateTimeFormatter.ISO_INSTANT.format(since.truncatedTo(ChronoUnit.SECONDS));
        for (int page = 0; page < PAGES; page++) {
            String path = "2/users/" + enc(userId) + "/tweets?max_results=" + PAGE + "&start_time=" + enc(start)
                    + "&tweet.fields=" + enc("created_at,referenced_tweets,entities,attachments")
                    + (next == null ? "" : "&pagination_token=" + enc(next));
            JsonNode n = retry.run(() -> get(path));
            for (JsonNode t : n.path("data")) {
                out.add(posted(t));
            }
            next = n.path("meta").path("next_token").asText(null);
            if (next == null) {
                break;
            }
        }
        return out;
    }

    /** {@code DELETE /2/tweets/:id}; true when X says it is deleted. */
    public boolean deletePost(String id) throws RemoteException {
        JsonNode n = retry.run(() -> http.send(authed("2/tweets/" + enc(id)).DELETE()).json());
        return n.path("data").path("deleted").asBoolean(false);
    }

    static Posted posted(JsonNode t) {
        String replyTo = null;
        for (JsonNode r : t.path("referenced_tweets")) {
            if ("replied_to".equals(r.path("type").asText())) {
                replyTo = r.path("id").asText();
            }
        }
        Instant at = t.hasNonNull("created_at") ? Instant.parse(t.path("created_at").asText()) : Instant.EPOCH;
        return new Posted(t.path("id").asText(), at, XText.asSent(t), replyTo, t.path("attachments").path("media_keys").size());
    }

    private JsonNode get(String path) throws RemoteException {
        return http.send(authed(path).header("Accept", "application/json").GET()).json();
    }

    private HttpRequest.Builder authed(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token.get());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
