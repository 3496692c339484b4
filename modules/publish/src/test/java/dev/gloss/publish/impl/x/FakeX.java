package dev.gloss.publish.impl.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.FakeOAuth;
import dev.gloss.publish.FakeService;
import dev.gloss.threads.Platform;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X on loopback, as the X API v2 documentation and its real answers show (docs.x.com, the v2
 * OpenAPI): OAuth 2.0 with PKCE ({@link FakeOAuth}), {@code GET /2/users/me}, {@code POST
 * /2/media/upload} (multipart {@code media} + {@code media_category}), {@code POST
 * /2/media/metadata} ({@code metadata.alt_text.text}, at most 1000 characters), {@code POST
 * /2/tweets} (201 {@code {data: {id, text, edit_history_tweet_ids}}}; {@code reply}, {@code
 * media.media_ids}; 403 "You are not allowed to create a Tweet with duplicate content." for the
 * same text again; weighted length 280), {@code GET /2/users/:id/tweets} (newest first, {@code
 * start_time}, {@code max_results} 5-100, {@code pagination_token}; {@code text} as X stores it:
 * {@code &amp;}, links as {@code t.co} with {@code entities.urls}, a picture link appended),
 * {@code DELETE /2/tweets/:id}; problem-details error bodies; {@code x-rate-limit-limit},
 * {@code -remaining} and {@code -reset} on every answer and 429 past the limit (POST /2/tweets:
 * 100 per 15 minutes per user).
 */
public final class FakeX extends FakeService {
    /** A post as stored: the text as it was sent. */
    public record Tweet(String id, String author, String text, String replyTo, List<String> media, Instant at, boolean deleted) {
        Tweet asDeleted() {
            return new Tweet(id, author, text, replyTo, media, at, true);
        }
    }

    /** An uploaded image. */
    public record Media(String id, String key, String owner, String mimeType, byte[] bytes, String alt) {
        Media withAlt(String a) {
            return new Media(id, key, owner, mimeType, bytes, a);
        }
    }

    private record Window(Instant reset, int used) {
    }

    public static final String CLIENT_ID = "M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ";
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+[^\\s.,;:!?)\\]'\"]");
    private final FakeOAuth oauth;
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final List<Tweet> tweets = new CopyOnWriteArrayList<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1880028106020515840L);
    private volatile int postLimit = 100;
    private volatile boolean duplicateCheck = true;

    /** A public client (no secret) whose browser user is {@code userId} (@{@code username}). */
    public FakeX(String userId, String username) throws IOException {
        this(userId, username, null);
    }

    public FakeX(String userId, String username, String clientSecret) throws IOException {
        oauth = new FakeOAuth(FakeOAuth.Style.X, CLIENT_ID, clientSecret, userId);
        users.put(userId, username);
    }

    public FakeOAuth oauth() {
        return oauth;
    }

    /** POST /2/tweets allows this many per 15 minutes per user. */
    public FakeX postLimit(int n) {
        postLimit = n;
        return this;
    }

    /** Whether the same text twice is refused (X does; off to see what a missing check would do). */
    public FakeX duplicateCheck(boolean on) {
        duplicateCheck = on;
        return this;
    }

    /** The posts not deleted, oldest first. */
    public List<Tweet> posts() {
        return tweets.stream().filter(t -> !t.deleted()).toList();
    }

    public Media media(String id) {
        return media.get(id);
    }

    /** Adds a post made elsewhere (the user's phone), now. */
    public Tweet postedElsewhere(String userId, String text, String replyTo) {
        Tweet t = new Tweet(String.valueOf(ids.addAndGet(1000)), userId, text, replyTo, List.of(), Instant.now(), false);
        tweets.add(t);
        return t;
    }

    @Override
    protected Reply route(Request r) throws Exception {
        String m = r.method();
        String p = r.path();
        if (m.equals("GET") && p.equals("/i/oauth2/authorize")) {
            return oauth.authorize(r);
        }
        if (m.equals("POST") && p.equals("/2/oauth2/token")) {
            return oauth.token(r);
        }
        FakeOAuth.Token token = oauth.valid(r.bearer());
        if (token == null) {
            return problem(401, "Unauthorized", "Unauthorized", "about:blank");
        }
        String user = token.user();
        Scopes scopes = new Scopes(FakeOAuth.scopes(token));
        if (m.equals("GET") && p.equals("/2/users/me")) {
            return limited(user, "GET /2/users/me", 75, () -> {
                ObjectNode n = object();
                n.putObject("data").put("id", user).put("name", "Alice Researcher").put("username", users.get(user));
                return Reply.json(200, n);
            });
        }
        if (m.equals("POST") && p.equals("/2/media/upload")) {
            if (!scopes.has("media.write")) {
                return problem(403, "Forbidden", "Forbidden", "about:blank");
            }
            return limited(user, "POST /2/media/upload", 500, () -> upload(user, r));
        }
        if (m.equals("POST") && p.equals("/2/media/metadata")) {
            if (!scopes.has("media.write")) {
                return problem(403, "Forbidden", "Forbidden", "about:blank");
            }
            return limited(user, "POST /2/media/metadata", 500, () -> metadata(user, r.json()));
        }
        if (m.equals("POST") && p.equals("/2/tweets")) {
            if (!scopes.has("tweet.write")) {
                return problem(403, "Forbidden", "Forbidden", "about:blank");
            }
            return limited(user, "POST /2/tweets", postLimit, () -> create(user, r.json()));
        }
        Matcher own = Pattern.compile("/2/users/(\\d+)/tweets").matcher(p);
        if (m.equals("GET") && own.matches()) {
            return limited(user, "GET /2/users/:id/tweets", 900, () -> timeline(own.group(1), r.query()));
        }
        Matcher del = Pattern.compile("/2/tweets/(\\d+)").matcher(p);
        if (m.equals("DELETE") && del.matches()) {
            return limited(user, "DELETE /2/tweets/:id", 50, () -> delete(user, del.group(1)));
        }
        return problem(404, "Not Found Error", "Sorry, that page does not exist.", "https://api.twitter.com/2/problems/resource-not-found");
    }

    private record Scopes(java.util.Set<String> all) {
        boolean has(String s) {
            return all.contains(s);
        }
    }

    private interface Action {
        Reply run() throws Exception;
    }

    /** Counts the request in its 15-minute window and writes the x-rate-limit headers; 429 past the limit. */
    private synchronized Reply limited(String user, String endpoint, int limit, Action action) throws Exception {
        Instant now = Instant.now();
        String key = user + " " + endpoint;
        Window w = windows.get(key);
        if (w == null || !now.isBefore(w.reset())) {
            w = new Window(now.plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.SECONDS), 0);
        }
        String reset = String.valueOf(w.reset().getEpochSecond());
        if (w.used() >= limit) {
            return problem(429, "Too Many Requests", "Too Many Requests", "about:blank")
                    .with("x-rate-limit-limit", String.valueOf(limit)).with("x-rate-limit-remaining", "0").with("x-rate-limit-reset", reset);
        }
        w = new Window(w.reset(), w.used() + 1);
        windows.put(key, w);
        return action.run().with("x-rate-limit-limit", String.valueOf(limit))
                .with("x-rate-limit-remaining", String.valueOf(limit - w.used())).with("x-rate-limit-reset", reset);
    }

    /** X's 429 as a fault: the window's end as {@code x-rate-limit-reset}, {@code seconds} from now. */
    public static Reply tooManyRequests(long seconds) {
        return problem(429, "Too Many Requests", "Too Many Requests", "about:blank")
                .with("x-rate-limit-limit", "100").with("x-rate-limit-remaining", "0")
                .with("x-rate-limit-reset", String.valueOf(Instant.now().plusSeconds(seconds).getEpochSecond()));
    }

    /** An X 503 as a fault. */
    public static Reply serviceUnavailable() {
        return problem(503, "Service Unavailable", "Service Unavailable", "about:blank");
    }

    private Reply upload(String user, Request r) {
        Map<String, Part> parts = r.parts();
        Part file = parts.get("media");
        String category = r.form().get("media_category");
        if (file == null || file.data().length == 0 || category == null) {
            return invalid("media", "The `media` and `media_category` fields are required.");
        }
        if (!List.of("tweet_image", "tweet_gif", "tweet_video", "dm_image", "dm_gif", "dm_video", "subtitles").contains(category)) {
            return invalid("media_category", "The `media_category` query parameter value [" + category + "] is not one of [tweet_image, tweet_gif, tweet_video, dm_image, dm_gif, dm_video, subtitles]");
        }
        String id = String.valueOf(ids.incrementAndGet());
        String type = r.form().getOrDefault("media_type", file.contentType());
        Media md = new Media(id, "3_" + id, user, type, file.data(), null);
        media.put(id, md);
        ObjectNode n = object();
        ObjectNode d = n.putObject("data");
        d.put("id", id);
        d.put("media_key", md.key());
        d.put("size", file.data().length);
        d.put("expires_after_secs", 86400);
        d.putObject("image").put("image_type", type).put("w", 64).put("h", 48);
        return Reply.json(200, n);
    }

    private Reply metadata(String user, JsonNode body) {
        String id = body == null ? null : body.path("id").asText(null);
        Media md = id == null ? null : media.get(id);
        if (md == null || !md.owner().equals(user)) {
            return problem(400, "Invalid Request", "One or more parameters to your request was invalid.",
                    "https://api.twitter.com/2/problems/invalid-request");
        }
        String alt = body.path("metadata").path("alt_text").path("text").asText(null);
        if (alt != null && alt.codePointCount(0, alt.length()) > 1000) {
            return invalid("metadata.alt_text.text", "The alt text must be at most 1000 characters.");
        }
        media.put(id, md.withAlt(alt));
        ObjectNode n = object();
        ObjectNode d = n.putObject("data");
        d.put("id", id);
        d.putObject("associated_metadata").putObject("alt_text").put("text", alt);
        return Reply.json(200, n);
    }

    private synchronized Reply create(String user, JsonNode body) {
        if (body == null || !body.isObject()) {
            return problem(400, "Invalid Request", "One or more parameters to your request was invalid.",
                    "https://api.twitter.com/2/problems/invalid-request");
        }
        String text = body.path("text").asText("");
        List<String> mediaIds = new ArrayList<>();
        body.path("media").path("media_ids").forEach(n -> mediaIds.add(n.asText()));
        for (String id : mediaIds) {
            Media md = media.get(id);
            if (md == null || !md.owner().equals(user)) {
                return invalid("media.media_ids", "Your media IDs are invalid.");
            }
        }
        if (text.isEmpty() && mediaIds.isEmpty()) {
            return invalid("text", "The `text` field is required when no media is attached.");
        }
        if (Platform.X.rules().count(text) > 280) {
            return problem(403, "Forbidden", "Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.", "about:blank");
        }
        String replyTo = body.path("reply").path("in_reply_to_tweet_id").asText(null);
        if (replyTo != null && tweets.stream().noneMatch(t -> t.id().equals(replyTo) && !t.deleted())) {
            return problem(403, "Forbidden", "You attempted to reply to a Tweet that is deleted or not visible to you.", "about:blank");
        }
        Instant now = Instant.now();
        if (duplicateCheck && tweets.stream().anyMatch(t -> !t.deleted() && t.author().equals(user) && t.text().equals(text)
                && t.at().isAfter(now.minus(Duration.ofDays(1))))) {
            return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.", "about:blank");
        }
        Tweet t = new Tweet(String.valueOf(ids.addAndGet(1000)), user, text, replyTo, List.copyOf(mediaIds), now, false);
        tweets.add(t);
        ObjectNode n = object();
        ObjectNode d = n.putObject("data");
        d.putArray("edit_history_tweet_ids").add(t.id());
        d.put("id", t.id());
        d.put("text", stored(t).path("text").asText());
        return Reply.json(201, n);
    }

    private Reply timeline(String userId, Map<String, String> q) {
        int max;
        try {
            max = Integer.parseInt(q.getOrDefault("max_results", "10"));
        } catch (NumberFormatException e) {
            max = -1;
        }
        if (max < 5 || max > 100) {
            return invalid("max_results", "The `max_results` query parameter value [" + q.get("max_results") + "] is not between 5 and 100");
        }
        Instant start = q.containsKey("start_time") ? Instant.parse(q.get("start_time")) : Instant.EPOCH;
        java.util.Set<String> fields = java.util.Set.of(q.getOrDefault("tweet.fields", "").split(","));
        List<Tweet> mine = tweets.stream().filter(t -> !t.deleted() && t.author().equals(userId) && !t.at().isBefore(start))
                .sorted(Comparator.comparing(Tweet::id, Comparator.comparingLong(Long::parseLong)).reversed()).toList();
        int from = q.containsKey("pagination_token") ? Integer.parseInt(q.get("pagination_token")) : 0;
        List<Tweet> page = mine.subList(Math.min(from, mine.size()), Math.min(from + max, mine.size()));
        ObjectNode n = object();
        if (!page.isEmpty()) {
            ArrayNode data = n.putArray("data");
            for (Tweet t : page) {
                ObjectNode s = stored(t);
                ObjectNode o = data.addObject();
                o.set("edit_history_tweet_ids", object().arrayNode().add(t.id()));
                o.put("id", t.id());
                o.put("text", s.path("text").asText());
                if (fields.contains("created_at")) {
                    o.put("created_at", DateTimeFormatter.ISO_INSTANT.format(t.at().truncatedTo(ChronoUnit.MILLIS)));
                }
                if (fields.contains("entities") && s.has("entities")) {
                    o.set("entities", s.get("entities"));
                }
                if (fields.contains("referenced_tweets") && t.replyTo() != null) {
                    o.putArray("referenced_tweets").addObject().put("type", "replied_to").put("id", t.replyTo());
                }
                if (fields.contains("attachments") && !t.media().isEmpty()) {
                    ArrayNode keys = o.putObject("attachments").putArray("media_keys");
                    t.media().forEach(id -> keys.add(media.get(id).key()));
                }
            }
        }
        ObjectNode meta = n.putObject("meta");
        meta.put("result_count", page.size());
        if (!page.isEmpty()) {
            meta.put("newest_id", page.get(0).id());
            meta.put("oldest_id", page.get(page.size() - 1).id());
        }
        if (from + max < mine.size()) {
            meta.put("next_token", String.valueOf(from + max));
        }
        return Reply.json(200, n);
    }

    private synchronized Reply delete(String user, String id) {
        for (int i = 0; i < tweets.size(); i++) {
            Tweet t = tweets.get(i);
            if (t.id().equals(id) && !t.deleted()) {
                if (!t.author().equals(user)) {
                    return problem(403, "Forbidden", "You are not authorized to delete this Tweet.", "about:blank");
                }
                tweets.set(i, t.asDeleted());
                ObjectNode n = object();
                n.putObject("data").put("deleted", true);
                return Reply.json(200, n);
            }
        }
        return problem(404, "Not Found Error", "Could not find tweet with id: [" + id + "].",
                "https://api.twitter.com/2/problems/resource-not-found");
    }

    /** The text as X stores and returns it: entities escaped, links as t.co, a picture link at the end; with entities.urls. */
    ObjectNode stored(Tweet t) {
        StringBuilder text = new StringBuilder();
        ArrayNode urls = object().arrayNode();
        Matcher m = URL.matcher(t.text());
        int last = 0;
        while (m.find()) {
            text.append(escape(t.text().substring(last, m.start())));
            String tco = "https://t.co/" + FakeOAuthCode.shortCode(m.group());
            int start = text.codePointCount(0, text.length());
            text.append(tco);
            urls.addObject().put("start", start).put("end", start + tco.length()).put("url", tco).put("expanded_url", m.group())
                    .put("display_url", m.group().replaceFirst("^https?://", ""));
            last = m.end();
        }
        text.append(escape(t.text().substring(last)));
        for (String id : t.media()) {
            Media md = media.get(id);
            String tco = "https://t.co/" + FakeOAuthCode.shortCode(md.key());
            text.append(' ');
            int start = text.codePointCount(0, text.length());
            text.append(tco);
            urls.addObject().put("start", start).put("end", start + tco.length()).put("url", tco)
                    .put("expanded_url", "https://x.com/u/status/" + t.id() + "/photo/1").put("display_url", "pic.x.com/" + md.key())
                    .put("media_key", md.key());
        }
        ObjectNode n = object().put("text", text.toString());
        if (!urls.isEmpty()) {
            n.putObject("entities").set("urls", urls);
        }
        return n;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Reply problem(int status, String title, String detail, String type) {
        return Reply.json(status, object().put("title", title).put("detail", detail).put("type", type).put("status", status));
    }

    private static Reply invalid(String parameter, String message) {
        ObjectNode n = object();
        ObjectNode e = n.putArray("errors").addObject();
        e.putObject("parameters").putArray(parameter).add("");
        e.put("message", message);
        n.put("title", "Invalid Request");
        n.put("detail", "One or more parameters to your request was invalid.");
        n.put("type", "https://api.twitter.com/2/problems/invalid-request");
        return Reply.json(400, n);
    }

    /** t.co codes: ten characters, the same for the same link. */
    static final class FakeOAuthCode {
        private FakeOAuthCode() {
        }

        static String shortCode(String s) {
            String h = Integer.toUnsignedString(s.hashCode(), 36) + "abcdefghij";
            return h.substring(0, 10);
        }
    }
}
