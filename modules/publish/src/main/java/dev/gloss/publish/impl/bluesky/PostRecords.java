package dev.gloss.publish.impl.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.net.RemoteException;
import dev.gloss.publish.impl.bluesky.BlueskyClient.StrongRef;
import dev.gloss.threads.Facet;
import dev.gloss.threads.Facets;
import dev.gloss.workspace.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@code app.bsky.feed.post} records: text, {@code createdAt}, {@code langs}, rich-text
 * facets (links, mentions resolved to DIDs, hashtags, by UTF-8 byte range), the reply
 * references and the post's one embed: images with alt text and aspect ratio, the paper's link
 * card, a quoted post, or a quoted post with images or the card ({@code recordWithMedia}).
 */
final class PostRecords {
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** An uploaded image: the blob object the server returned, with alt text and size. */
    record Image(JsonNode blob, String alt, int width, int height) {
    }

    /** A link card with its uploaded thumbnail (null when the paper could not be drawn). */
    record Card(String uri, String title, String description, JsonNode thumb) {
    }

    /** What goes below a post's text; every part may be empty. */
    record Embed(List<Image> images, Card card, StrongRef quote) {
        static final Embed NONE = new Embed(List.of(), null, null);
    }

    private final BlueskyClient client;
    private final Map<String, Optional<String>> dids = new HashMap<>();

    PostRecords(BlueskyClient client) {
        this.client = client;
    }

    ObjectNode post(String text, Instant createdAt, List<String> langs, StrongRef root, StrongRef parent, Embed embed)
            throws RemoteException {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("$type", BlueskyClient.POST);
        r.put("text", text);
        r.put("createdAt", CREATED_AT.format(createdAt));
        if (!langs.isEmpty()) {
            ArrayNode l = r.putArray("langs");
            langs.forEach(l::add);
        }
        ArrayNode facets = facets(text);
        if (!facets.isEmpty()) {
            r.set("facets", facets);
        }
        if (root != null) {
            ObjectNode reply = r.putObject("reply");
            reply.set("root", root.toJson());
            reply.set("parent", parent.toJson());
        }
        ObjectNode media = !embed.images().isEmpty() ? images(embed.images()) : embed.card() != null ? external(embed.card()) : null;
        if (embed.quote() != null) {
            ObjectNode record = Json.MAPPER.createObjectNode();
            record.put("$type", "app.bsky.embed.record");
            record.set("record", embed.quote().toJson());
            if (media == null) {
                r.set("embed", record);
            } else {
                ObjectNode both = r.putObject("embed");
                both.put("$type", "app.bsky.embed.recordWithMedia");
                both.set("record", record);
                both.set("media", media);
            }
        } else if (media != null) {
            r.set("embed", media);
        }
        return r;
    }

    private static ObjectNode images(List<Image> images) {
        ObjectNode embed = Json.MAPPER.createObjectNode();
        embed.put("$type", "app.bsky.embed.images");
        ArrayNode list = embed.putArray("images");
        for (Image i : images) {
            ObjectNode img = list.addObject();
            img.put("alt", i.alt());
            img.set("image", i.blob());
            if (i.width() > 0 && i.height() > 0) {
                ObjectNode ratio = img.putObject("aspectRatio");
                ratio.put("width", i.width());
                ratio.put("height", i.height());
            }
        }
        return embed;
    }

    private static ObjectNode external(Card card) {
        ObjectNode embed = Json.MAPPER.createObjectNode();
        embed.put("$type", "app.bsky.embed.external");
        ObjectNode ext = embed.putObject("external");
        ext.put("uri", card.uri());
        ext.put("title", card.title());
        ext.put("description", card.description());
        if (card.thumb() != null) {
            ext.set("thumb", card.thumb());
        }
        return embed;
    }

    /** {@code app.bsky.richtext.facet}s; a mention whose handle does not resolve is left as plain text. */
    ArrayNode facets(String text) throws RemoteException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Facet f : Facets.detect(text)) {
            ObjectNode feature = Json.MAPPER.createObjectNode();
            switch (f.kind()) {
                case LINK -> {
                    feature.put("$type", "app.bsky.richtext.facet#link");
                    feature.put("uri", f.value().matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? f.value() : "https://" + f.value());
                }
                case MENTION -> {
                    Optional<String> did = resolve(f.value());
                    if (did.isEmpty()) {
                        continue;
                    }
                    feature.put("$type", "app.bsky.richtext.facet#mention");
                    feature.put("did", did.get());
                }
                case TAG -> {
                    feature.put("$type", "app.bsky.richtext.facet#tag");
                    feature.put("tag", f.value());
                }
                default -> {
                    continue;
                }
            }
            ObjectNode facet = out.addObject();
            ObjectNode index = facet.putObject("index");
            index.put("byteStart", f.byteStart());
            index.put("byteEnd", f.byteEnd());
            facet.putArray("features").add(feature);
        }
        return out;
    }

    private Optional<String> resolve(String handle) throws RemoteException {
        Optional<String> known = dids.get(handle);
        if (known == null) {
            known = client.resolveHandle(handle);
            dids.put(handle, known);
        }
        return known;
    }
}
