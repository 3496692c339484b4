package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadExportTest {

    static PostThread thread() {
        Instant t = Instant.parse("2024-05-06T07:08:09Z");
        return new PostThread("01hzthread", "Attention, explained", List.of("bluesky", "x", "nonsense"), "0123456789abcdef",
                List.of(Post.of("First post 👨‍👩‍👧‍👦 https://example.com/a"),
                        new Post("Second\n\n# not a heading", List.of(new PostImage("fig1.png", "Figure 1"),
                                new PostImage("fig2.png", "")), List.of("ann1")),
                        Post.of("x".repeat(290))),
                t, t);
    }

    @Test
    void textSeparatesPostsWithALine() {
        assertEquals("First post 👨‍👩‍👧‍👦 https://example.com/a\n---\nSecond\n\n# not a heading\n---\n" + "x".repeat(290) + "\n",
                ThreadExport.text(thread()));
        assertEquals("", ThreadExport.text(thread().withPosts(List.of(), null)));
    }

    @Test
    void markdownQuotesPostsAndMarksOverLimit() {
        String md = ThreadExport.markdown(thread());
        assertTrue(md.startsWith("# Attention, explained\n\nPlatforms: Bluesky, X  \nPaper: `0123456789abcdef`  \nPosts: 3\n"), md);
        assertTrue(md.contains("## 2/3\n\n> Second\n>\n> # not a heading\n"), md);
        assertTrue(md.contains("![Figure 1](fig1.png)\n"), md);
        assertTrue(md.contains("![](fig2.png) **(no alt text)**"), md);
        assertTrue(md.contains("_Bluesky 290/300 · X 290/280 **over**_"), md);
        // "First post " 11 + family (1 grapheme on Bluesky, 2 on X) + " " + URL (21 as typed, 23 on X)
        assertTrue(md.contains("_Bluesky 34/300 · X 37/280_"), md);
    }

    @Test
    void jsonHasCountsPerPlatform() throws Exception {
        JsonNode root = Json.MAPPER.readTree(ThreadExport.json(thread()));
        assertEquals("01hzthread", root.get("id").asText());
        assertEquals(3, root.get("posts").size());
        JsonNode last = root.get("posts").get(2).get("counts");
        assertEquals(290, last.get("x").get("length").asInt());
        assertFalse(last.get("x").get("valid").asBoolean());
        assertTrue(last.get("bluesky").get("valid").asBoolean());
        assertEquals(300, last.get("bluesky").get("limit").asInt());
        assertEquals("fig1.png", root.get("posts").get(1).get("images").get(0).get("file").asText());
        assertEquals("ann1", root.get("posts").get(1).get("sources").get(0).asText());
        assertEquals("2024-05-06T07:08:09Z", root.get("created").asText());
    }
}
