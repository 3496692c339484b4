package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gloss thread count|split|new|list|show|export, in-process on a temp workspace (which may hold demo content). */
class ThreadCommandTest {
    static final String FAMILY = "👨‍👩‍👧‍👦";

    @TempDir
    Path dir;
    String ws;

    @BeforeEach
    void workspace() {
        ws = dir.resolve("ws").toString();
    }

    private CliRun gloss(String... argv) {
        return glossIn("", argv);
    }

    private CliRun glossIn(String stdin, String... argv) {
        List<String> all = new ArrayList<>(List.of("--workspace", ws));
        all.addAll(List.of(argv));
        return CliRun.withStdin(stdin, all.toArray(String[]::new));
    }

    private static void assertBadInput(CliRun r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("gloss: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void countPlainJsonAndStdin() throws Exception {
        CliRun r = gloss("thread", "count", "--platform", "bluesky", "Family " + FAMILY + " time");
        assertEquals(0, r.code(), r.err());
        assertEquals("13/300 ok", r.out().strip());
        r = gloss("thread", "count", "--platform", "x", "--json", "Family " + FAMILY + " https://example.com/a/long/path");
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals(7 + 2 + 1 + 23, j.get("length").asInt());
        assertEquals(280, j.get("limit").asInt());
        assertTrue(j.get("valid").asBoolean());
        r = glossIn("a".repeat(301) + "\n", "thread", "count", "--platform", "bluesky", "-");
        assertEquals("301/300 over by 1", r.out().strip(), "stdin loses its trailing newline");
        r = glossIn("a".repeat(600), "thread", "count", "--platform", "mastodon", "--limit", "1000");
        assertEquals("600/1000 ok", r.out().strip());
        r = gloss("thread", "count", "--platform", "bluesky", FAMILY.repeat(150));
        assertEquals("150/300 over: 3750 UTF-8 bytes, Bluesky allows 3000", r.out().strip());
        r = gloss("thread", "count", "--platform", "mastodon", "@alice@example.social hi");
        assertEquals("9/500 ok", r.out().strip());
    }

    @Test
    void countBadInput() {
        assertBadInput(gloss("thread", "count", "--platform", "myspace", "hi"), "the platforms are x, bluesky");
        assertBadInput(gloss("thread", "count", "hi"), "--platform is required");
        assertBadInput(gloss("thread", "count", "--platform", "x", "--limit", "0", "hi"), "--limit must be at least 1");
        assertBadInput(gloss("thread", "count", "--platform", "x", "a", "b"), "takes one TEXT");
        assertBadInput(gloss("thread", "bogus"), "unknown thread command");
        assertBadInput(gloss("thread"), "thread needs count");
    }

    @Test
    void countJsonLinesInOrder() throws Exception {
        PlatformRules x = PlatformRules.of(Platform.X);
        StringBuilder in = new StringBuilder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String t = switch (i % 5) {
                case 0 -> "post " + i;
                case 1 -> "a".repeat(i % 400);
                case 2 -> "日本語 " + FAMILY + " " + i;
                case 3 -> "link https://example.com/" + i;
                default -> "line\nbreak \"quoted\" " + i;
            };
            texts.add(t);
            in.append(Json.compact(Map.of("text", t))).append('\n');
            if (i == 10) {
                in.append("\n"); // a blank line is skipped
            }
        }
        CliRun r = glossIn(in.toString(), "thread", "count", "--platform", "x", "--jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(texts.size(), lines.size());
        for (int i = 0; i < texts.size(); i++) {
            JsonNode j = Json.MAPPER.readTree(lines.get(i));
            assertEquals(x.count(texts.get(i)), j.get("length").asInt(), "line " + (i + 1));
            assertEquals(280, j.get("limit").asInt());
            assertEquals(x.fits(texts.get(i)), j.get("valid").asBoolean());
            assertEquals(List.of("length", "limit", "valid"), iteratorToList(j.fieldNames()));
        }
    }

    private static List<String> iteratorToList(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void countJsonLinesBadLine() {
        CliRun r = glossIn("{\"text\":\"ok\"}\n{\"nope\":1}\n", "thread", "count", "--platform", "x", "--jsonl");
        assertBadInput(r, "line 2 of stdin has no \"text\" string");
        assertEquals(1, r.out().lines().count(), "the lines before the bad one were answered");
        assertBadInput(glossIn("not json\n", "thread", "count", "--platform", "x", "--jsonl"), "line 1 of stdin is not JSON");
    }

    @Test
    void splitPlainAndJson() throws Exception {
        String text = ("Transformers changed NLP. See https://arxiv.org/abs/1706.03762 by @ada.bsky.social #NLP "
                + FAMILY + ".\n\n").repeat(12);
        Path f = Files.writeString(dir.resolve("long.txt"), text);
        CliRun r = gloss("thread", "split", "--platform", "bluesky", "--numbering", f.toString());
        assertEquals(0, r.code(), r.err());
        List<String> posts = List.of(r.out().strip().split("\n---\n"));
        assertTrue(posts.size() > 1);
        PlatformRules b = PlatformRules.of(Platform.BLUESKY);
        for (int i = 0; i < posts.size(); i++) {
            assertTrue(b.fits(posts.get(i)), posts.get(i));
            assertTrue(posts.get(i).endsWith(" " + (i + 1) + "/" + posts.size()), posts.get(i));
        }
        r = glossIn(text, "thread", "split", "--platform", "x", "--json");
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertEquals("x", doc.get("platform").asText());
        PlatformRules x = PlatformRules.of(Platform.X);
        StringBuilder joined = new StringBuilder();
        for (JsonNode p : doc.get("posts")) {
            assertEquals(x.count(p.get("text").asText()), p.get("length").asInt());
            assertTrue(p.get("length").asInt() <= 280);
            joined.append(p.get("text").asText()).append(' ');
        }
        assertEquals(text.replaceAll("\\s+", " ").strip(), joined.toString().replaceAll("\\s+", " ").strip());
        assertBadInput(gloss("thread", "split", "--platform", "x", dir.resolve("missing.txt").toString()),
                "cannot read");
        assertBadInput(glossIn("😀😀", "thread", "split", "--platform", "threads", "--limit", "3"), "too small");
    }

    @Test
    void fixTextRepairsTheArchivedOpenerOnlyWhenAsked() throws Exception {
        String archived = "\u03C0\u0178\"\u00AC This week's #ResearchMonday";
        CliRun r = glossIn(archived, "thread", "split", "--platform", "bluesky");
        assertEquals(0, r.code(), r.err());
        assertEquals(archived, r.out().strip(), "never repaired silently");
        assertTrue(r.err().contains("--fix-text repairs it"), r.err());
        r = glossIn(archived, "thread", "split", "--platform", "bluesky", "--fix-text");
        assertEquals(0, r.code(), r.err());
        assertEquals("🔬 This week's #ResearchMonday", r.out().strip());
        assertEquals("", r.err());

        Path f = Files.writeString(dir.resolve("opener.txt"), archived + " exam-\nple \u201Cquote\u201D\n---\nðŸ§µ next");
        r = gloss("thread", "new", "--platform", "bluesky,x", "--file", f.toString(), "--fix-text");
        assertEquals(0, r.code(), r.err());
        PostThread t = Workspace.open(Path.of(ws)).get(Kind.THREADS, r.out().strip()).orElseThrow();
        assertEquals(List.of("🔬 This week's #ResearchMonday example \"quote\"", "🧵 next"),
                t.posts().stream().map(p -> p.text()).toList());
    }

    private String demoPaperId() throws Exception {
        JsonNode papers = Json.MAPPER.readTree(gloss("papers", "--json").out());
        return papers.size() == 0 ? null : papers.get(0).get("id").asText();
    }

    @Test
    void newListShowExport() throws Exception {
        String source = "First post about #NLP https://arxiv.org/abs/1706.03762\n---\n\n  ---  \n"
                + "word ".repeat(80).strip() + "\n---\nLast one " + FAMILY + "\n";
        Path f = Files.writeString(dir.resolve("posts.txt"), source);
        String paper = demoPaperId();
        List<String> argv = new ArrayList<>(List.of("thread", "new", "--platform", "bluesky,x", "--file", f.toString(),
                "--title", "Attention", "--json"));
        if (paper != null) {
            argv.addAll(List.of("--paper", paper));
        }
        CliRun r = gloss(argv.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("post 2 is 399/300 on Bluesky"), r.err());
        String id = Json.MAPPER.readTree(r.out()).get("id").asText();
        assertTrue(Files.isRegularFile(Path.of(ws, "threads", id + ".json")));
        PostThread saved = Workspace.open(Path.of(ws)).get(Kind.THREADS, id).orElseThrow();
        assertEquals(3, saved.posts().size(), "the empty post is dropped");
        assertEquals(List.of("bluesky", "x"), saved.platforms());
        assertEquals("Attention", saved.title());
        assertEquals(paper, saved.paperId());

        r = gloss("thread", "new", "--platform", "bluesky", "--file", f.toString(), "--split");
        assertEquals(0, r.code(), r.err());
        String splitId = r.out().strip();
        PostThread split = Workspace.open(Path.of(ws)).get(Kind.THREADS, splitId).orElseThrow();
        assertEquals(4, split.posts().size(), "the long post was split in two");
        assertTrue(split.posts().stream().allMatch(p -> PlatformRules.of(Platform.BLUESKY).fits(p.text())));
        assertEquals("First post about #NLP https://arxiv.org/abs/1706.03762", split.title());

        JsonNode list = Json.MAPPER.readTree(gloss("thread", "list", "--json").out());
        List<String> ids = new ArrayList<>();
        list.forEach(t -> ids.add(t.get("id").asText()));
        assertTrue(ids.containsAll(List.of(id, splitId)), ids.toString());
        assertTrue(gloss("thread", "list").out().contains(splitId + "  4 posts  bluesky  First post"));

        r = gloss("thread", "show", id);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[2/3]  bluesky 399/300 OVER  x 399/280 OVER"), r.out());
        assertTrue(r.out().contains("[3/3]  bluesky 10/300  x 11/280\nLast one " + FAMILY), r.out());
        assertTrue(r.out().contains("1 post is over the limit."), r.out());
        r = gloss("thread", "show", id, "--platform", "linkedin");
        assertTrue(r.out().contains("[2/3]  linkedin 399/3000\n"), r.out());

        Path out = dir.resolve("export.txt");
        assertEquals(0, gloss("thread", "export", id, "--format", "text", "--out", out.toString()).code());
        String exported = Files.readString(out);
        assertEquals("First post about #NLP https://arxiv.org/abs/1706.03762\n---\n" + "word ".repeat(80).strip()
                + "\n---\nLast one " + FAMILY + "\n", exported);
        String again = gloss("thread", "new", "--platform", "x", "--file", out.toString()).out().strip();
        assertEquals(saved.posts(), Workspace.open(Path.of(ws)).get(Kind.THREADS, again).orElseThrow().posts(),
                "text export reads back as the same posts");

        String md = gloss("thread", "export", id, "--format", "markdown").out();
        assertTrue(md.startsWith("# Attention\n"), md);
        assertTrue(md.contains("_Bluesky 399/300 **over** · X 399/280 **over**_"), md);
        JsonNode json = Json.MAPPER.readTree(gloss("thread", "export", id, "--format", "json").out());
        assertEquals(id, json.get("id").asText());
        assertFalse(json.get("posts").get(1).get("counts").get("bluesky").get("valid").asBoolean());
    }

    @Test
    void newShowExportBadInput() throws Exception {
        Path f = Files.writeString(dir.resolve("posts.txt"), "one\n---\ntwo\n");
        assertBadInput(gloss("thread", "new", "--platform", "x", "--file", f.toString(), "--paper", "0000000000000000"),
                "unknown paper \"0000000000000000\"");
        assertBadInput(gloss("thread", "new", "--platform", "x", "--file", dir.resolve("nope.txt").toString()),
                "cannot read");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n---\n \n---\n");
        assertBadInput(gloss("thread", "new", "--platform", "x", "--file", empty.toString()), "holds no post");
        assertBadInput(gloss("thread", "new", "--file", f.toString()), "--platform is required");
        assertBadInput(gloss("thread", "new", "--platform", "x,bluesky", "--limit", "500", "--file", f.toString()),
                "--limit applies to one --platform");
        assertBadInput(gloss("thread", "show", "01nothere"), "unknown thread \"01nothere\"");
        assertBadInput(gloss("thread", "show"), "needs one thread id");
        assertBadInput(gloss("thread", "export", "01nothere", "--format", "text"), "unknown thread \"01nothere\"");
        String id = gloss("thread", "new", "--platform", "x", "--file", f.toString()).out().strip();
        assertBadInput(gloss("thread", "export", id, "--format", "pdf"), "unknown format \"pdf\"");
    }
}
