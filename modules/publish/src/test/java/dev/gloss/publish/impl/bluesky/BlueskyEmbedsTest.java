package dev.gloss.publish.impl.bluesky;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.Accounts;
import dev.gloss.publish.CardImage;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.Pds;
import dev.gloss.publish.PdsExtension;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.Secrets;
import dev.gloss.publish.When;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts as good as the official app's, read back from the real PDS: the paper's link card with
 * title, description and a thumbnail drawn from its first page; a quoted post; a quote with an
 * image (recordWithMedia); the image's Exif gone; aspect ratio and language on the record.
 */
@ExtendWith(PdsExtension.class)
class BlueskyEmbedsTest {
    @TempDir
    Path tmp;

    @Test
    void cardQuoteAndQuoteWithImageAsTheLexiconHasThem(Pds pds) throws Exception {
        Workspace ws = Workspace.openOrCreate(tmp.resolve("ws")); // with the demo paper (a real PDF and its metadata)
        Paper paper = ws.papers().get(0);
        assertTrue(paper.arxivId() != null && paper.title() != null, "the demo paper has metadata: " + paper);
        Pds.Account me = pds.createAccount(BlueskyPublishTest.handle("cd"), "card-pass-1");
        Pds.Account bob = pds.createAccount(BlueskyPublishTest.handle("qb"), "quoted-pass-1");
        ObjectNode quoted = Json.MAPPER.createObjectNode().put("$type", "app.bsky.feed.post")
                .put("text", "A post worth quoting.").put("createdAt", "2026-03-01T10:00:00.000Z");
        ObjectNode body = Json.MAPPER.createObjectNode().put("repo", bob.did()).put("collection", "app.bsky.feed.post")
                .put("rkey", "3mabcdefghij2");
        body.set("record", quoted);
        JsonNode bobPost = pds.post("com.atproto.repo.createRecord", body, bob.accessJwt());
        String link = "https://bsky.app/profile/" + bob.handle() + "/post/3mabcdefghij2";

        Secrets secrets = Fixtures.secrets(tmp.resolve("secrets"));
        Fixtures.Waits waits = new Fixtures.Waits();
        AccountRef account = new Accounts(ws, secrets, Fixtures.transport(), Fixtures.fastRetry(waits))
                .addBluesky(pds.url().toString(), me.handle(), me.password().toCharArray());
        Path photo = Fixtures.jpegWithExif(ws.root().resolve("images/photo.jpg"), 400, 300);
        assertTrue(Fixtures.contains(Files.readAllBytes(photo), Fixtures.EXIF_GPS));
        Instant now = Instant.now();
        PostThread thread = ws.save(Kind.THREADS, new PostThread(Ids.newId(), "card", List.of("bluesky"), paper.id(), List.of(
                Post.of("#ResearchMonday: what fine-tuning changes. https://arxiv.org/abs/" + paper.arxivId()),
                Post.of("As this post puts it: " + link),
                Fixtures.withImage("The figure, and the post again: " + link, "images/photo.jpg", "A flat orange photo."),
                Post.of("The paper once more: https://arxiv.org/abs/" + paper.arxivId())), now, now));
        QueueService q = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();

        q.add(thread.id(), account.id(), When.now());
        assertTrue(Files.isRegularFile(CardImage.file(ws, paper.id())), "queueing drew the card, to travel with the workspace");
        Outcome o = q.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        List<JsonNode> recs = BlueskyPublishTest.posts(pds, me.did());
        assertEquals(4, recs.size());
        // 1: the link card, built from the paper's metadata, with a thumbnail of its first page
        JsonNode card = recs.get(0).path("value").path("embed");
        assertEquals("app.bsky.embed.external", card.path("$type").asText());
        assertEquals("https://arxiv.org/abs/" + paper.arxivId(), card.path("external").path("uri").asText());
        assertEquals(paper.title(), card.path("external").path("title").asText());
        String description = card.path("external").path("description").asText();
        assertTrue(description.startsWith(paper.authors().get(0)), description);
        assertTrue(description.length() <= 301, description);
        JsonNode thumb = card.path("external").path("thumb");
        assertEquals("image/jpeg", thumb.path("mimeType").asText());
        byte[] thumbBytes = pds.blob(me.did(), thumb.path("ref").path("$link").asText());
        assertArrayEquals(Files.readAllBytes(CardImage.file(ws, paper.id())), thumbBytes, "the kept card image was uploaded");
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(thumbBytes));
        assertEquals(CardImage.WIDTH, drawn.getWidth());
        assertEquals(CardImage.HEIGHT, drawn.getHeight());
        assertTrue(inkOn(drawn) > 0.01, "the thumbnail shows the page's text, not a blank");
        // 2: the quoted post
        JsonNode quote = recs.get(1).path("value").path("embed");
        assertEquals("app.bsky.embed.record", quote.path("$type").asText());
        assertEquals(bobPost.path("uri").asText(), quote.path("record").path("uri").asText());
        assertEquals(bobPost.path("cid").asText(), quote.path("record").path("cid").asText());
        // 3: quote and image together
        JsonNode both = recs.get(2).path("value").path("embed");
        assertEquals("app.bsky.embed.recordWithMedia", both.path("$type").asText());
        assertEquals(bobPost.path("uri").asText(), both.path("record").path("record").path("uri").asText());
        JsonNode image = both.path("media").path("images").get(0);
        assertEquals("app.bsky.embed.images", both.path("media").path("$type").asText());
        assertEquals(400, image.path("aspectRatio").path("width").asInt());
        assertEquals(300, image.path("aspectRatio").path("height").asInt());
        byte[] uploaded = pds.blob(me.did(), image.path("image").path("ref").path("$link").asText());
        assertFalse(Fixtures.contains(uploaded, Fixtures.EXIF_GPS), "the photo's Exif did not leave the machine");
        assertEquals(400, ImageIO.read(new ByteArrayInputStream(uploaded)).getWidth());
        // 4: the card only once
        assertTrue(recs.get(3).path("value").path("embed").isMissingNode());
        for (JsonNode r : recs) {
            assertEquals("en", r.path("value").path("langs").get(0).asText());
        }
    }

    @Test
    void aThreadsOwnLanguageWinsOverTheDetectedOne(Pds pds) throws Exception {
        BlueskyPublishTest t = new BlueskyPublishTest();
        t.tmp = tmp;
        BlueskyPublishTest.Setup s = t.setup(pds, pds.url());
        PostThread thread = Fixtures.thread(s.ws(), "de", List.of(Post.of("Das ist ein Faden über die Arbeit, und er ist nicht lang.")));
        s.ws().save(Kind.THREADS, thread.withPublishing("de-AT", null, Instant.now()));

        s.queue().add(thread.id(), s.account().id(), When.now());
        assertEquals(Outcome.Result.PUBLISHED, s.queue().publishDue().get(0).result());

        assertEquals("de-AT", BlueskyPublishTest.posts(pds, s.remote().did()).get(0).path("value").path("langs").get(0).asText());
    }

    /** The share of pixels that are not near white. */
    private static double inkOn(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
                    dark++;
                }
            }
        }
        return dark / (img.getWidth() * img.getHeight() / 4.0);
    }
}
