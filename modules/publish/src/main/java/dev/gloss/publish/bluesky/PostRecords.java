package dev.gloss.publish.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.http.RemoteException;
import dev.gloss.publish.bluesky.BlueskyClient.StrongRef;
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
 * Builds {@code app.bsky.feed.post} records: text, {@code createdAt}, rich-text facets (links,
 * mentions resolved to DIDs, hashtags, by UTF-8 byte range), the reply references and an
 * {@code app.bsky.embed.images} embed with alt text.
 */
final class PostRecords {
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** An uploaded image: the blob object the server returned, with alt text and size. */
    record Image(JsonNode blob, String alt, int width, int height) {
    }

    private final BlueskyClient client;
    private final Map<String, Optional<String>> dids = new HashMap<>();

    PostRecords(BlueskyClient client) {
        this.client = client;
    }

    ObjectNode post(String text, Instant createdAt, StrongRef root, StrongRef parent, List<Image> images) throws RemoteException {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("$type", BlueskyClient.POST);
        r.put("text", text);
        r.put("createdAt", CREATED_AT.format(createdAt));
        ArrayNode facets = facets(text);
        if (!facets.isEmpty()) {
            r.set("facets", facets);
        }
        if (root != null) {
            ObjectNode reply = r.putObject("reply");
            reply.set("root", root.toJson());
            reply.set("parent", parent.toJson());
        }
        if (!images.isEmpty()) {
            ObjectNode embed = r.putObject("embed");
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
        }
        return r;
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
