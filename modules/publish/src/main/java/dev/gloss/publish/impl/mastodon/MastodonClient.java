package dev.gloss.publish.impl.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.publish.impl.ImageFile;
import dev.gloss.publish.impl.Multipart;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Mastodon REST calls Gloss makes, with a bearer access token: instance limits, the
 * account behind the token, media upload with a description, and statuses with
 * {@code in_reply_to_id}, {@code media_ids[]} and an {@code Idempotency-Key}. Each call is
 * retried on transient failures; posting a status is safe to retry because of the key.
 */
public final class MastodonClient {
    /** How long to wait for the server to process an uploaded image before giving up. */
    private static final int MEDIA_POLLS = 30;

    private final URI service;
    private final char[] token;
    private final HttpTransport http;
    private final Retry retry;

    /** What the instance allows. */
    public record Instance(String domain, int maxCharacters, long imageSizeLimit, int maxMediaAttachments) {
    }

    /** The account behind a token. */
    public record Account(String id, String username, String acct, String url) {
    }

    /** A status that exists. */
    public record Status(String id, String url) {
    }

    /** @param token the access token; the caller zeroes it when done with this client */
    public MastodonClient(URI service, char[] token, HttpTransport http, Retry retry) {
        String s = service.toString();
        this.service = URI.create(s.endsWith("/") ? s : s + "/");
        this.token = token;
        this.http = http;
        this.retry = retry;
    }

    public String host() {
        return HttpTransport.hostOf(service);
    }

    /** {@code GET /api/v2/instance} (falling back to v1 on older servers). */
    public Instance instance() throws RemoteException {
        JsonNode n;
        try {
            n = retry.run(() -> get("api/v2/instance"));
        } catch (RemoteException e) {
            if (e.status() != 404) {
                throw e;
            }
            n = retry.run(() -> get("api/v1/instance"));
        }
        JsonNode conf = n.path("configuration");
        String domain = n.path("domain").asText(n.path("uri").asText(service.getHost()));
        return new Instance(domain,
                conf.path("statuses").path("max_characters").asInt(500),
                conf.path("media_attachments").path("image_size_limit").asLong(16L * 1024 * 1024),
                conf.path("statuses").path("max_media_attachments").asInt(4));
    }

    /** {@code GET /api/v1/accounts/verify_credentials}: who the token belongs to. */
    public Account verifyCredentials() throws RemoteException {
        JsonNode n = retry.run(() -> get("api/v1/accounts/verify_credentials"));
        return new Account(n.path("id").asText(), n.path("username").asText(), n.path("acct").asText(), n.path("url").asText(null));
    }

    /**
     * {@code POST /api/v2/media} with the image and its alt text as {@code description}; waits
     * while the server answers 202 (still processing) until the attachment is ready.
     *
     * @return the attachment id
     */
    public String uploadMedia(ImageFile image) throws RemoteException {
        Multipart body = new Multipart().file("file", image.fileName(), image.mimeType(), image.bytes());
        if (!image.alt().isBlank()) {
            body.field("description", image.alt());
        }
        HttpTransport.Response r = retry.run(() -> http.send(authed(HttpRequest.newBuilder(service.resolve("api/v2/media")))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))));
        String id = r.json().path("id").asText();
        if (r.status() == 202) {
            awaitProcessed(id);
        }
        return id;
    }

    private void awaitProcessed(String id) throws RemoteException {
        for (int i = 0; i < MEDIA_POLLS; i++) {
            try {
                retry.pause(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw RemoteException.interrupted(host());
            }
            HttpTransport.Response r = retry.run(() -> http.send(authed(HttpRequest.newBuilder(service.resolve("api/v1/media/" + id))).GET()));
            if (r.status() == 200 && !r.json().path("url").isNull()) {
                return;
            }
        }
        throw RemoteException.stillProcessing(host(), MEDIA_POLLS);
    }

    /** How a status is seen, and what it is about: Mastodon's own fields for one post. */
    public record Options(String visibility, String language, String spoilerText) {
        public static final Options DEFAULT = new Options(null, null, null);
    }

    /**
     * {@code POST /api/v1/statuses}. The idempotency key makes a retry (in this run or a later
     * one, within the server's window of an hour) return the same status instead of a second one.
     */
    public Status postStatus(String text, String inReplyToId, List<String> mediaIds, String idempotencyKey) throws RemoteException {
        return postStatus(text, inReplyToId, mediaIds, idempotencyKey, Options.DEFAULT);
    }

    /** As {@link #postStatus(String, String, List, String)}, with visibility, language and a content warning. */
    public Status postStatus(String text, String inReplyToId, List<String> mediaIds, String idempotencyKey, Options options)
            throws RemoteException {
        List<String> form = new ArrayList<>();
        form.add(param("status", text));
        if (inReplyToId != null) {
            form.add(param("in_reply_to_id", inReplyToId));
        }
        for (String m : mediaIds) {
            form.add(param("media_ids[]", m));
        }
        if (options.visibility() != null) {
            form.add(param("visibility", options.visibility()));
        }
        if (options.language() != null) {
            form.add(param("language", options.language()));
        }
        if (options.spoilerText() != null && !options.spoilerText().isBlank()) {
            form.add(param("spoiler_text", options.spoilerText()));
        }
        String body = String.join("&", form);
        JsonNode n = retry.run(() -> http.send(authed(HttpRequest.newBuilder(service.resolve("api/v1/statuses")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))).json());
        return new Status(n.path("id").asText(), n.path("url").asText(null));
    }

    /** One of the account's own statuses, with its text as plain text (from its HTML). */
    public record Posted(String id, String url, String inReplyToId, java.time.Instant createdAt, String text) {
    }

    /** How many pages of 40 {@link #ownStatuses} reads at most. */
    private static final int STATUS_PAGES = 5;

    /**
     * The account's own statuses created at or after {@code since}, newest first ({@code GET
     * /api/v1/accounts/:id/statuses}, paged with {@code max_id}; replies included).
     */
    public List<Posted> ownStatuses(String accountId, java.time.Instant since) throws RemoteException {
        List<Posted> out = new ArrayList<>();
        String maxId = null;
        for (int page = 0; page < STATUS_PAGES; page++) {
            String path = "api/v1/accounts/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8) + "/statuses?limit=40"
                    + (maxId == null ? "" : "&max_id=" + URLEncoder.encode(maxId, StandardCharsets.UTF_8));
            JsonNode list = retry.run(() -> get(path));
            if (!list.isArray() || list.isEmpty()) {
                return out;
            }
            for (JsonNode n : list) {
                java.time.Instant at = java.time.Instant.parse(n.path("created_at").asText("1970-01-01T00:00:00Z"));
                if (at.isBefore(since)) {
                    return out;
                }
                out.add(new Posted(n.path("id").asText(), n.path("url").asText(null), n.path("in_reply_to_id").asText(null),
                        at, StatusText.plain(n.path("content").asText(""))));
                maxId = n.path("id").asText();
            }
        }
        return out;
    }

    private JsonNode get(String path) throws RemoteException {
        return http.send(authed(HttpRequest.newBuilder(service.resolve(path))).header("Accept", "application/json").GET()).json();
    }

    private HttpRequest.Builder authed(HttpRequest.Builder b) {
        return b.header("Authorization", "Bearer " + new String(token));
    }

    private static String param(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
