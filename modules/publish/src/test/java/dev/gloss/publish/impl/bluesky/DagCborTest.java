package dev.gloss.publish.impl.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.Pds;
import dev.gloss.publish.PdsExtension;
import dev.gloss.workspace.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** CIDs computed here are the ones the real PDS gives the same records. */
@ExtendWith(PdsExtension.class)
class DagCborTest {
    @TempDir
    Path tmp;

    @Test
    void encodingIsCanonical() throws Exception {
        // keys by length, then bytewise; minimal integer and length heads
        JsonNode v = Json.MAPPER.readTree("{\"bb\":1,\"a\":-1,\"c\":[500,70000],\"ab\":\"é\"}");
        assertEquals("a4" + "616120" + "6163" + "82" + "1901f4" + "1a00011170" + "626162" + "62c3a9" + "626262" + "01",
                HexFormat.of().formatHex(DagCbor.encode(v)));
        assertThrows(IllegalArgumentException.class, () -> DagCbor.encode(Json.MAPPER.readTree("{\"f\":1.5}")));
        String cid = "bafyreichmiecf7tjp652kfc5p3muegjhvadremxg7xw44pw7down4kn5qa";
        assertEquals(cid, "b" + DagCbor.base32(DagCbor.cidBytes(cid)));
        // the PDS's CID for this record, seen when createRecord answered
        assertEquals(cid, DagCbor.cid(Json.MAPPER.readTree(
                "{\"$type\":\"app.bsky.feed.post\",\"text\":\"hello\",\"createdAt\":\"2024-01-01T00:00:00.000Z\"}")));
    }

    @Test
    void cidsMatchThePdsForPostsWithFacetsRepliesBlobsAndLangs(Pds pds) throws Exception {
        Pds.Account a = pds.createAccount(BlueskyPublishTest.handle("cb"), "cid-pass-1");
        byte[] png = Files.readAllBytes(Fixtures.png(tmp.resolve("p.png"), 64, 40));
        JsonNode blob = pds.upload(png, "image/png", a.accessJwt()).path("blob");
        ObjectNode first = record("Plain text ✨ with ünïcödé", null, null);
        String firstCid = create(pds, a, "3lzzzzzzzzz22", first);
        assertEquals(firstCid, DagCbor.cid(first));

        BlueskyClient.StrongRef root = new BlueskyClient.StrongRef("at://" + a.did() + "/app.bsky.feed.post/3lzzzzzzzzz22", firstCid);
        ObjectNode reply = record("A reply with a link https://example.com/x #tag", root, blob);
        reply.putArray("langs").add("en").add("de");
        ObjectNode facet = reply.putArray("facets").addObject();
        facet.putObject("index").put("byteStart", 20).put("byteEnd", 41);
        facet.putArray("features").addObject().put("$type", "app.bsky.richtext.facet#link").put("uri", "https://example.com/x");
        assertEquals(create(pds, a, "3lzzzzzzzzz23", reply), DagCbor.cid(reply));
    }

    private static ObjectNode record(String text, BlueskyClient.StrongRef root, JsonNode blob) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("$type", "app.bsky.feed.post");
        r.put("text", text);
        r.put("createdAt", "2026-03-02T09:00:00.123Z");
        if (root != null) {
            ObjectNode reply = r.putObject("reply");
            reply.putObject("root").put("uri", root.uri()).put("cid", root.cid());
            reply.putObject("parent").put("uri", root.uri()).put("cid", root.cid());
        }
        if (blob != null) {
            ObjectNode embed = r.putObject("embed");
            embed.put("$type", "app.bsky.embed.images");
            ObjectNode img = embed.putArray("images").addObject();
            img.put("alt", "a figure");
            img.set("image", blob);
            img.putObject("aspectRatio").put("width", 64).put("height", 40);
        }
        return r;
    }

    private static String create(Pds pds, Pds.Account a, String rkey, ObjectNode record) throws Exception {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("repo", a.did());
        body.put("collection", "app.bsky.feed.post");
        body.put("rkey", rkey);
        body.set("record", record);
        return pds.post("com.atproto.repo.createRecord", body, a.accessJwt()).path("cid").asText();
    }
}
