package dev.gloss.publish.impl.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.workspace.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LinkedIn calls Gloss makes for a member (scopes {@code openid profile w_member_social}):
 * who the member is ({@code GET /v2/userinfo}: {@code sub} gives {@code urn:li:person:<sub>}),
 * images and documents ({@code POST /rest/images|documents?action=initializeUpload}, then a
 * {@code PUT} of the bytes to the upload URL), a post ({@code POST /rest/posts}; its URN comes in
 * the {@code x-restli-id} header), and a comment on it ({@code POST
 * /rest/socialActions/{urn}/comments}). Every {@code /rest} call carries {@code LinkedIn-Version}
 * (YYYYMM, a setting) and {@code X-Restli-Protocol-Version: 2.0.0}. A post is sent once: LinkedIn
 * refuses the same commentary again with 422 "Content is a duplicate of urn:li:share:…", which
 * names the post that is already there.
 */
public final class LinkedInClient {
    /** The LinkedIn-Version Gloss was written against. */
    public static final String VERSION = "202601";
    private static final Pattern DUPLICATE = Pattern.compile("(?i)duplicate of (urn:li:(?:share|ugcPost|activity):\\d+)");

    private final URI base;
    private final Supplier<String> token;
    private final String version;
    private final HttpTransport http;
    private final Retry retry;

    /** The member behind a token. */
    public record Member(String sub, String name) {
        public String urn() {
            return "urn:li:person:" + sub;
        }
    }

    /** An upload LinkedIn made room for: where to PUT the bytes and the asset's URN. */
    public record Upload(String uploadUrl, String urn) {
    }

    /** One of the member's own posts, as LinkedIn lists it. */
    public record Posted(String urn, String commentary, java.time.Instant createdAt) {
    }

    /** A comment that exists. */
    public record Comment(String urn, String id, String actor, String text) {
    }

    /**
     * @param base    {@code https://api.linkedin.com} (a setting)
     * @param version the LinkedIn-Version to send (YYYYMM)
     */
    public LinkedInClient(URI base, Supplier<String> token, String version, HttpTransport http, Retry retry) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.token = token;
        this.version = version == null || version.isBlank() ? VERSION : version;
        this.http = http;
        this.retry = retry;
    }

    public String host() {
        return HttpTransport.hostOf(base);
    }

    /** {@code GET /v2/userinfo} (OpenID Connect). */
    public Member me() throws RemoteException {
        JsonNode n = retry.run(() -> http.send(authed(HttpRequest.newBuilder(base.resolve("v2/userinfo"))).GET()).json());
        return new Member(n.path("sub").asText(), n.path("name").asText(null));
    }

    /** {@code POST /rest/images?action=initializeUpload}. */
    public Upload initializeImage(String owner) throws RemoteException {
        JsonNode v = initialize("rest/images?action=initializeUpload", owner);
        return new Upload(v.path("uploadUrl").asText(), v.path("image").asText());
    }

    /** {@code POST /rest/documents?action=initializeUpload}. */
    public Upload initializeDocument(String owner) throws RemoteException {
        JsonNode v = initialize("rest/documents?action=initializeUpload", owner);
        return new Upload(v.path("uploadUrl").asText(), v.path("document").asText());
    }

    private JsonNode initialize(String path, String owner) throws RemoteException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putObject("initializeUploadRequest").put("owner", owner);
        String json = Json.compact(body);
        return retry.run(() -> http.send(rest(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)))).json().path("value");
    }

    /** {@code PUT} the bytes to an upload URL (repeating it replaces the same asset). */
    public void upload(Upload u, byte[] bytes, String contentType) throws RemoteException {
        retry.run(() -> http.send(authed(HttpRequest.newBuilder(URI.create(u.uploadUrl())))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))));
    }

    /**
     * {@code POST /rest/posts} by the member, public, in the main feed. Sent once.
     *
     * @param content the post's {@code content} ({@link #image}, {@link #images}, {@link #document}), or null
     * @return the post's URN (x-restli-id)
     */
    public String createPost(String author, String commentary, ObjectNode content) throws RemoteException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("author", author);
        body.put("commentary", commentary);
        body.put("visibility", "PUBLIC");
        ObjectNode dist = body.putObject("distribution");
        dist.put("feedDistribution", "MAIN_FEED");
        dist.putArray("targetEntities");
        dist.putArray("thirdPartyDistributionChannels");
        if (content != null) {
            body.set("content", content);
        }
        body.put("lifecycleState", "PUBLISHED");
        body.put("isReshareDisabledByAuthor", false);
        String json = Json.compact(body);
        HttpTransport.Response r = http.send(rest("rest/posts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        return r.headers().firstValue("x-restli-id").orElse(r.json().path("id").asText(null));
    }

    /** One image with its alt text. */
    public static ObjectNode image(String urn, String alt) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        ObjectNode m = c.putObject("media");
        m.put("id", urn);
        if (alt != null && !alt.isBlank()) {
            m.put("altText", alt);
        }
        return c;
    }

    /** Two to twenty images with their alt texts ({@code multiImage}). */
    public static ObjectNode images(List<String> urns, List<String> alts) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        ArrayNode list = c.putObject("multiImage").putArray("images");
        for (int i = 0; i < urns.size(); i++) {
            ObjectNode im = list.addObject().put("id", urns.get(i));
            if (alts.get(i) != null && !alts.get(i).isBlank()) {
                im.put("altText", alts.get(i));
            }
        }
        return c;
    }

    /** A document (a PDF shown as a carousel) with its title. */
    public static ObjectNode document(String urn, String title) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.putObject("media").put("title", title).put("id", urn);
        return c;
    }

    /** Posts a page of the author finder asks for. */
    static final int PAGE = 50;
    /** At most this many pages are read when looking for a post. */
    static final int PAGES = 4;

    /**
     * The member's posts created at or after {@code since}, newest first ({@code GET
     * /rest/posts?author=...&q=author&sortBy=CREATED}, a Rest.li FINDER). LinkedIn lets only apps
     * with {@code r_member_social} read them, and answers 403 otherwise.
     */
    public List<Posted> ownPosts(String author, java.time.Instant since) throws RemoteException {
        List<Posted> out = new ArrayList<>();
        for (int page = 0; page < PAGES; page++) {
            String path = "rest/posts?author=" + enc(author) + "&q=author&count=" + PAGE + "&start=" + page * PAGE + "&sortBy=CREATED";
            JsonNode n = retry.run(() -> http.send(rest(path).header("X-RestLi-Method", "FINDER").GET()).json());
            boolean older = false;
            for (JsonNode p : n.path("elements")) {
                java.time.Instant at = java.time.Instant.ofEpochMilli(p.path("createdAt").asLong(0));
                if (at.isBefore(since)) {
                    older = true;
                    continue;
                }
                out.add(new Posted(p.path("id").asText(), p.path("commentary").asText(""), at));
            }
            if (older || n.path("elements").size() < PAGE) {
                break;
            }
        }
        return out;
    }

    /** The post a 422 duplicate refusal names, or null when the failure is something else. */
    public static String duplicateOf(RemoteException e) {
        if (e.status() != 422 && e.status() != 409 && e.status() != 400 || e.serverMessage() == null) {
            return null;
        }
        Matcher m = DUPLICATE.matcher(e.serverMessage());
        return m.find() ? m.group(1) : null;
    }

    /** {@code POST /rest/socialActions/{post}/comments} as the member. Sent once. */
    public Comment comment(String actor, String postUrn, String text) throws RemoteException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("actor", actor);
        body.put("object", postUrn);
        body.putObject("message").put("text", text);
        String json = Json.compact(body);
        HttpTransport.Response r = http.send(rest("rest/socialActions/" + enc(postUrn) + "/comments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        JsonNode n = r.json();
        String urn = n.path("$URN").asText(r.headers().firstValue("x-restli-id").orElse(null));
        return new Comment(urn, n.path("id").asText(null), actor, text);
    }

    /**
     * The comments on a post ({@code GET /rest/socialActions/{post}/comments}); LinkedIn lets only
     * apps with {@code r_member_social} read them, and answers 403 otherwise.
     */
    public List<Comment> comments(String postUrn) throws RemoteException {
        JsonNode n = retry.run(() -> http.send(rest("rest/socialActions/" + enc(postUrn) + "/comments?count=100").GET()).json());
        List<Comment> out = new ArrayList<>();
        for (JsonNode c : n.path("elements")) {
            out.add(new Comment(c.path("$URN").asText(null), c.path("id").asText(null), c.path("actor").asText(null),
                    c.path("message").path("text").asText("")));
        }
        return out;
    }

    /** {@code DELETE /rest/socialActions/{post}/comments/{id}?actor=...}. */
    public void deleteComment(String postUrn, String commentId, String actor) throws RemoteException {
        retry.run(() -> http.send(rest("rest/socialActions/" + enc(postUrn) + "/comments/" + enc(commentId) + "?actor=" + enc(actor))
                .DELETE()));
    }

    private HttpRequest.Builder rest(String path) {
        return authed(HttpRequest.newBuilder(base.resolve(path)))
                .header("LinkedIn-Version", version)
                .header("X-Restli-Protocol-Version", "2.0.0");
    }

    private HttpRequest.Builder authed(HttpRequest.Builder b) {
        return b.header("Authorization", "Bearer " + token.get());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
