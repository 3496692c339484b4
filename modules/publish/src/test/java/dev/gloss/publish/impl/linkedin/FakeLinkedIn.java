package dev.gloss.publish.impl.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.FakeOAuth;
import dev.gloss.publish.FakeService;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LinkedIn on loopback, as its Community Management documentation shows (learn.microsoft.com/linkedin):
 * OAuth 2.0 ({@code /oauth/v2/authorization}, {@code POST /oauth/v2/accessToken}), {@code GET
 * /v2/userinfo}, and under {@code /rest} with {@code LinkedIn-Version} and {@code
 * X-Restli-Protocol-Version: 2.0.0} required: images and documents ({@code ?action=initializeUpload},
 * then a {@code PUT} to the upload URL), posts ({@code POST /rest/posts}: 201 with the URN in
 * {@code x-restli-id}; commentary in the "little" format, read as LinkedIn does: an unescaped
 * reserved character ends the text; at most 3000 characters; the same commentary again is 422
 * "Content is a duplicate of urn:li:share:…"), comments ({@code POST
 * /rest/socialActions/{urn}/comments}, 1250 characters; reading them needs {@code r_member_social},
 * 403 otherwise) and their deletion, and the author's posts ({@code GET /rest/posts?author=...&q=author},
 * likewise only with {@code r_member_social}). Errors {@code {status, serviceErrorCode, code, message}};
 * a 429 carries no {@code Retry-After} (LinkedIn's limits are daily, reset at midnight UTC).
 */
public final class FakeLinkedIn extends FakeService {
    public static final String CLIENT_ID = "86bkhc4ow7rj0h";
    public static final String CLIENT_SECRET = "WPL_AP1.secret";
    static final String RESERVED = "|{}@[]()<>#\\*_~";

    /** A post as stored: the commentary sent and the text LinkedIn shows. */
    public record Post(String urn, String author, String commentary, String shown, JsonNode content, Instant at) {
    }

    /** An uploaded asset (image or document). */
    public record Asset(String urn, String owner, byte[] bytes, String contentType) {
    }

    /** A comment. */
    public record Comment(String urn, String id, String post, String actor, String text, Instant at, boolean deleted) {
    }

    private final FakeOAuth oauth;
    private final String sub;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final Map<String, Asset> assets = new ConcurrentHashMap<>();
    private final List<Comment> comments = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(7012345678901234567L);

    public FakeLinkedIn(String sub) throws IOException {
        this.sub = sub;
        this.oauth = new FakeOAuth(FakeOAuth.Style.LINKEDIN, CLIENT_ID, CLIENT_SECRET, sub);
    }

    public FakeOAuth oauth() {
        return oauth;
    }

    public List<Post> posts() {
        return List.copyOf(posts);
    }

    public List<Comment> comments() {
        return comments.stream().filter(c -> !c.deleted()).toList();
    }

    public Asset asset(String urn) {
        return assets.get(urn);
    }

    @Override
    protected Reply route(Request r) throws Exception {
        String m = r.method();
        String p = r.path();
        if (m.equals("GET") && p.equals("/oauth/v2/authorization")) {
            return oauth.authorize(r);
        }
        if (m.equals("POST") && p.equals("/oauth/v2/accessToken")) {
            return oauth.token(r);
        }
        if (m.equals("PUT") && p.startsWith("/dms-uploads/")) {
            return put(p.substring("/dms-uploads/".length()), r);
        }
        FakeOAuth.Token token = oauth.valid(r.bearer());
        if (token == null) {
            return error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
        }
        java.util.Set<String> scopes = FakeOAuth.scopes(token);
        String me = "urn:li:person:" + token.user();
        if (m.equals("GET") && p.equals("/v2/userinfo")) {
            if (!scopes.contains("openid")) {
                return error(403, 100, "ACCESS_DENIED", "Not enough permissions to access: userinfo.GET.NO_VERSION");
            }
            ObjectNode n = object().put("sub", token.user()).put("email_verified", true).put("name", "Alice Researcher")
                    .put("given_name", "Alice").put("family_name", "Researcher");
            n.putObject("locale").put("country", "US").put("language", "en");
            return Reply.json(200, n);
        }
        if (!p.startsWith("/rest/")) {
            return error(404, 0, "NOT_FOUND", "No virtual resource found");
        }
        String version = r.header("LinkedIn-Version");
        if (version == null) {
            return error(400, 0, "VERSION_MISSING", "A version must be present. Please specify a version by adding the LinkedIn-Version header.");
        }
        if (!version.matches("\\d{6}") || version.compareTo("202501") < 0) {
            return error(426, 0, "NONEXISTENT_VERSION", "Requested version " + version + " is not active");
        }
        if (!"2.0.0".equals(r.header("X-Restli-Protocol-Version"))) {
            return error(400, 0, "ILLEGAL_ARGUMENT", "Restli protocol version 2.0.0 is required");
        }
        if (m.equals("POST") && (p.equals("/rest/images") || p.equals("/rest/documents")) && "initializeUpload".equals(r.query().get("action"))) {
            String owner = r.json().path("initializeUploadRequest").path("owner").asText();
            if (!owner.equals(me)) {
                return error(403, 100, "ACCESS_DENIED", "Not enough permissions to upload for " + owner);
            }
            boolean image = p.equals("/rest/images");
            String urn = (image ? "urn:li:image:C4E10AQ" : "urn:li:document:D4E10AQ") + Long.toString(ids.incrementAndGet(), 36);
            assets.put(urn, new Asset(urn, owner, null, null));
            ObjectNode n = object();
            ObjectNode v = n.putObject("value");
            v.put("uploadUrlExpiresAt", Instant.now().plus(Duration.ofDays(1)).toEpochMilli());
            v.put("uploadUrl", url() + "/dms-uploads/" + java.net.URLEncoder.encode(urn, StandardCharsets.UTF_8) + "?ca=vector_feedshare");
            v.put(image ? "image" : "document", urn);
            return Reply.json(200, n);
        }
        if (m.equals("GET") && p.equals("/rest/posts") && "author".equals(r.query().get("q"))) {
            if (!scopes.contains("r_member_social")) {
                return error(403, 100, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.FINDER-author.20260101");
            }
            return postsBy(r.query());
        }
        if (m.equals("POST") && p.equals("/rest/posts")) {
            if (!scopes.contains("w_member_social")) {
                return error(403, 100, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.CREATE.20260101");
            }
            return createPost(me, r.json());
        }
        Matcher c = Pattern.compile("/rest/socialActions/([^/]+)/comments(?:/([^/]+))?").matcher(p);
        if (c.matches()) {
            String post = URLDecoder.decode(c.group(1), StandardCharsets.UTF_8);
            if (m.equals("POST") && c.group(2) == null) {
                return comment(me, post, r.json());
            }
            if (m.equals("GET") && c.group(2) == null) {
                if (!scopes.contains("r_member_social")) {
                    return error(403, 100, "ACCESS_DENIED", "Not enough permissions to access: partnerApiSocialActions.GET_ALL.20260101");
                }
                return listComments(post);
            }
            if (m.equals("DELETE") && c.group(2) != null) {
                return deleteComment(post, URLDecoder.decode(c.group(2), StandardCharsets.UTF_8), r.query().get("actor"), me);
            }
        }
        return error(404, 0, "NOT_FOUND", "No virtual resource found");
    }

    private Reply put(String encodedUrn, Request r) {
        String urn = URLDecoder.decode(encodedUrn, StandardCharsets.UTF_8);
        Asset a = assets.get(urn);
        if (a == null || oauth.valid(r.bearer()) == null) {
            return error(400, 0, "BAD_REQUEST", "Invalid upload URL");
        }
        assets.put(urn, new Asset(urn, a.owner(), r.body(), r.header("Content-Type")));
        return Reply.empty(201);
    }

    private synchronized Reply createPost(String me, JsonNode b) {
        if (b == null || !b.isObject()) {
            return error(400, 0, "BAD_REQUEST", "Unable to parse the request body");
        }
        String author = b.path("author").asText();
        if (!author.equals(me)) {
            return error(403, 100, "ACCESS_DENIED", "Member is not allowed to post as " + author);
        }
        for (String field : List.of("commentary", "visibility", "distribution", "lifecycleState")) {
            if (!b.has(field)) {
                return error(422, 0, "UNPROCESSABLE_ENTITY", "/" + field + " :: field is required but not found and has no default value");
            }
        }
        String commentary = b.path("commentary").asText();
        if (commentary.length() > 3000) {
            return error(422, 0, "UNPROCESSABLE_ENTITY", "/commentary :: length of 'commentary' exceeds 3000");
        }
        JsonNode content = b.path("content");
        List<String> used = new ArrayList<>();
        content.path("media").path("id").asText(null);
        if (content.path("media").has("id")) {
            used.add(content.path("media").path("id").asText());
        }
        content.path("multiImage").path("images").forEach(i -> used.add(i.path("id").asText()));
        for (String urn : used) {
            Asset a = assets.get(urn);
            if (a == null || a.bytes() == null || !a.owner().equals(me)) {
                return error(422, 0, "UNPROCESSABLE_ENTITY", "/content :: the media " + urn + " is not ready or not yours");
            }
        }
        Instant now = Instant.now();
        for (Post earlier : posts) {
            if (earlier.author().equals(author) && earlier.commentary().equals(commentary) && earlier.at().isAfter(now.minus(Duration.ofDays(1)))) {
                ObjectNode n = object();
                n.put("errorDetailType", "com.linkedin.common.error.BadRequest");
                n.put("message", "Content is a duplicate of " + earlier.urn());
                ObjectNode input = n.putObject("errorDetails").putArray("inputErrors").addObject();
                input.put("description", "Duplicate post is detected");
                input.putObject("input");
                input.put("code", "DUPLICATE_POST");
                n.put("status", 422);
                return Reply.json(422, n);
            }
        }
        Post post = new Post("urn:li:share:" + ids.addAndGet(1000), author, commentary, render(commentary), content.isMissingNode() ? null : content, now);
        posts.add(post);
        return Reply.empty(201).with("x-restli-id", post.urn()).with("x-linkedin-id", post.urn());
    }

    /** The author finder: newest first (by creation), paged with start and count. */
    private Reply postsBy(Map<String, String> q) {
        String author = q.getOrDefault("author", "");
        int start = Integer.parseInt(q.getOrDefault("start", "0"));
        int count = Math.min(100, Integer.parseInt(q.getOrDefault("count", "10")));
        List<Post> mine = new ArrayList<>(posts.stream().filter(x -> x.author().equals(author)).toList());
        java.util.Collections.reverse(mine);
        ObjectNode n = object();
        ArrayNode el = n.putArray("elements");
        for (Post x : mine.subList(Math.min(start, mine.size()), Math.min(start + count, mine.size()))) {
            ObjectNode e = el.addObject();
            e.put("author", x.author());
            e.put("commentary", x.commentary());
            e.put("createdAt", x.at().toEpochMilli());
            e.put("publishedAt", x.at().toEpochMilli());
            e.put("lastModifiedAt", x.at().toEpochMilli());
            e.put("id", x.urn());
            e.put("lifecycleState", "PUBLISHED");
            e.put("visibility", "PUBLIC");
            if (x.content() != null) {
                e.set("content", x.content());
            }
        }
        n.putObject("paging").put("start", start).put("count", count).put("total", mine.size()).putArray("links");
        return Reply.json(200, n);
    }

    private synchronized Reply comment(String me, String post, JsonNode b) {
        if (posts.stream().noneMatch(x -> x.urn().equals(post))) {
            return error(404, 0, "NOT_FOUND", "Post " + post + " does not exist");
        }
        if (b == null || !me.equals(b.path("actor").asText())) {
            return error(403, 100, "ACCESS_DENIED", "Member is not allowed to comment as " + (b == null ? "" : b.path("actor").asText()));
        }
        String text = b.path("message").path("text").asText("");
        if (text.isEmpty() || text.length() > 1250) {
            return error(422, 0, "UNPROCESSABLE_ENTITY", "/message/text :: length must be between 1 and 1250");
        }
        String id = String.valueOf(ids.addAndGet(3));
        String activity = "urn:li:activity:" + post.substring(post.lastIndexOf(':') + 1);
        Comment cm = new Comment("urn:li:comment:(" + activity + "," + id + ")", id, post, me, text, Instant.now(), false);
        comments.add(cm);
        return Reply.json(201, json(cm)).with("x-restli-id", cm.urn());
    }

    private Reply listComments(String post) {
        ObjectNode n = object();
        ArrayNode el = n.putArray("elements");
        comments.stream().filter(c -> !c.deleted() && c.post().equals(post)).forEach(c -> el.add(json(c)));
        n.putObject("paging").put("count", 100).put("start", 0).put("total", el.size());
        return Reply.json(200, n);
    }

    private synchronized Reply deleteComment(String post, String id, String actor, String me) {
        if (!me.equals(actor)) {
            return error(403, 100, "ACCESS_DENIED", "Member is not allowed to delete as " + actor);
        }
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            if (c.id().equals(id) && c.post().equals(post) && !c.deleted()) {
                comments.set(i, new Comment(c.urn(), c.id(), c.post(), c.actor(), c.text(), c.at(), true));
                return Reply.empty(204);
            }
        }
        return error(404, 0, "NOT_FOUND", "Comment " + id + " does not exist");
    }

    private static ObjectNode json(Comment c) {
        ObjectNode n = object();
        n.put("actor", c.actor());
        n.put("agent", c.actor());
        n.putObject("created").put("actor", c.actor()).put("time", c.at().toEpochMilli());
        n.put("id", c.id());
        n.putObject("message").put("text", c.text());
        n.put("object", c.post());
        n.put("$URN", c.urn());
        return n;
    }

    /**
     * What LinkedIn shows for a commentary: escapes read, hashtag templates and mentions rendered,
     * and the text cut at the first reserved character that is neither escaped nor part of a template.
     */
    static String render(String little) {
        StringBuilder out = new StringBuilder();
        Matcher hashtag = Pattern.compile("\\{hashtag\\|\\\\?[#\uFF03]\\|((?:\\\\.|[^}\\\\])*)}").matcher(little);
        Matcher mention = Pattern.compile("@\\[((?:\\\\.|[^\\]\\\\])*)]\\((urn:li:[^)]+)\\)").matcher(little);
        int i = 0;
        while (i < little.length()) {
            char c = little.charAt(i);
            if (c == '\\' && i + 1 < little.length()) {
                out.append(little.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '{' && hashtag.find(i) && hashtag.start() == i) {
                out.append('#').append(unescape(hashtag.group(1)));
                i = hashtag.end();
                continue;
            }
            if (c == '@' && mention.find(i) && mention.start() == i) {
                out.append(unescape(mention.group(1)));
                i = mention.end();
                continue;
            }
            if (RESERVED.indexOf(c) >= 0) {
                break; // LinkedIn drops the rest
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    static Reply error(int status, int serviceErrorCode, String code, String message) {
        ObjectNode n = object().put("status", status);
        if (serviceErrorCode != 0) {
            n.put("serviceErrorCode", serviceErrorCode);
        }
        n.put("code", code);
        n.put("message", message);
        return Reply.json(status, n);
    }

    /** LinkedIn's 429 as a fault. */
    public static Reply tooManyRequests() {
        return error(429, 101, "TOO_MANY_REQUESTS", "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.");
    }

    /** A LinkedIn 504 as a fault. */
    public static Reply gatewayTimeout() {
        return error(504, 0, "GATEWAY_TIMEOUT", "Request timed out");
    }
}
