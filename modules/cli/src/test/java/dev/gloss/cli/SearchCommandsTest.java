package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gloss search and gloss index, in-process on a temp workspace (which starts with the demo paper). */
class SearchCommandsTest {
    @TempDir
    Path dir;
    String ws;
    String paperId;

    /** A PDF with one line of text per page, written with PDFBox. */
    private Path pdf(String name, String... pages) throws Exception {
        Path f = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 720);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(f.toFile());
        }
        return f;
    }

    @BeforeEach
    void library() throws Exception {
        ws = dir.resolve("ws").toString();
        Path p = pdf("volcanoes.pdf", "Volcanoes of the Pacific ring.",
                "Basaltic lava flows cool into columnar joints along the coast.",
                "Pyroclastic surges travel faster than any lava flow.");
        CliRun r = CliRun.of("--workspace", ws, "import", p.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        paperId = Json.MAPPER.readTree(r.out()).get(0).get("id").asText();
    }

    @Test
    void searchJsonListsHitsWithPagesFromOneAndMarkedSnippets() throws Exception {
        CliRun r = CliRun.of("--workspace", ws, "search", "\"columnar joints\"", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode hits = Json.MAPPER.readTree(r.out()).get("hits");
        JsonNode top = hits.get(0);
        assertEquals("page", top.get("kind").asText());
        assertEquals(paperId, top.get("paper").asText());
        assertEquals(2, top.get("page").asInt());
        assertTrue(top.get("snippet").asText().contains("«columnar joints»"), top.toString());
        assertTrue(top.get("score").asDouble() > 0);
        JsonNode m = top.get("matches").get(0);
        assertEquals("columnar joints", top.get("text").asText().substring(m.get(0).asInt(), m.get(1).asInt()));
        for (JsonNode h : hits) {
            assertTrue(h.get("page").isNull() || h.get("page").asInt() >= 1);
        }

        // plain output: one block per hit, naming the paper and page
        CliRun plain = CliRun.of("--workspace", ws, "search", "lava", "--limit", "1");
        assertEquals(0, plain.code(), plain.err());
        String[] lines = plain.out().split("\n");
        assertTrue(lines[0].contains("page ") && lines[0].contains(paperId), plain.out());
        assertTrue(lines[1].contains("«lava»"), plain.out());
        assertEquals(lines[0] + "\n" + lines[1] + "\n\n", plain.out(), "one block: heading, snippet, blank line");
    }

    @Test
    void annotationsAndFiltersFromTheCommandLine() throws Exception {
        CliRun a = CliRun.of("--workspace", ws, "annotate", paperId, "--page", "3", "--quote", "Pyroclastic surges",
                "--color", "red", "--note", "deadly and fast", "--json");
        assertEquals(0, a.code(), a.err());
        CliRun r = CliRun.of("--workspace", ws, "search", "color:red", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode hits = Json.MAPPER.readTree(r.out()).get("hits");
        assertEquals(1, hits.size(), r.out());
        assertEquals("annotation", hits.get(0).get("kind").asText());
        assertEquals(3, hits.get(0).get("page").asInt());
        assertFalse(hits.get(0).get("id").asText().isBlank());

        CliRun typed = CliRun.of("--workspace", ws, "search", "deadly", "type:annotation", "--json");
        assertEquals(1, Json.MAPPER.readTree(typed.out()).get("hits").size(), typed.out());
        CliRun none = CliRun.of("--workspace", ws, "search", "zzzunknownword");
        assertEquals(0, none.code());
        assertTrue(none.out().startsWith("No results"), none.out());
        // an unbalanced quote is no error
        CliRun quote = CliRun.of("--workspace", ws, "search", "\"basaltic lava", "--json");
        assertEquals(0, quote.code(), quote.err());
        assertFalse(Json.MAPPER.readTree(quote.out()).get("hits").isEmpty());
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() {
        CliRun empty = CliRun.of("--workspace", ws, "search");
        assertEquals(2, empty.code());
        assertTrue(empty.err().startsWith("gloss: search needs a query"), empty.err());
        assertEquals(1, empty.err().lines().count());
        CliRun limit = CliRun.of("--workspace", ws, "search", "lava", "--limit", "0");
        assertEquals(2, limit.code());
        CliRun extra = CliRun.of("--workspace", ws, "index", "now");
        assertEquals(2, extra.code());
        assertTrue(extra.err().startsWith("gloss: index takes no arguments"), extra.err());
    }

    @Test
    void indexRebuildPrintsASummaryAndSkipsUnreadablePdfs() throws Exception {
        // a paper whose PDF is garbage, next to the good ones
        Workspace w = Workspace.open(Path.of(ws));
        String bad = "badbadbadbadbad0";
        Files.createDirectories(w.paperFolder(bad));
        Files.write(w.paperFolder(bad).resolve("broken.pdf"), "%PDF-1.4 garbage".getBytes(StandardCharsets.UTF_8));
        w.save(Kind.PAPERS, new Paper(bad, "Broken", List.of(), null, null, null, null, null, List.of(), "broken.pdf",
                0, "0".repeat(64), Instant.now()));

        CliRun r = CliRun.of("--workspace", ws, "index", "--rebuild");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("indexed 2 papers, \\d+ pages in \\d+\\.\\d s; 1 PDF could not be read\\n"), r.out());
        assertTrue(r.err().startsWith("gloss: warning: broken.pdf (paper " + bad + ") could not be read"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());

        // nothing changed: an update indexes nothing and does not complain again
        CliRun again = CliRun.of("--workspace", ws, "index", "--json");
        assertEquals(0, again.code(), again.err());
        JsonNode s = Json.MAPPER.readTree(again.out());
        assertEquals(0, s.get("papers").asInt());
        assertEquals(0, s.get("failures").size());
        assertEquals("", again.err());

        CliRun json = CliRun.of("--workspace", ws, "index", "--rebuild", "--json");
        JsonNode stats = Json.MAPPER.readTree(json.out());
        assertEquals(2, stats.get("papers").asInt());
        assertTrue(stats.get("pages").asInt() >= 4);
        assertEquals("broken.pdf", stats.get("failures").get(0).get("file").asText());
    }

    @Test
    void searchRebuildsADeletedIndex() throws Exception {
        assertEquals(0, CliRun.of("--workspace", ws, "index").code());
        Path index = Path.of(ws, ".gloss", "index");
        assertTrue(Files.isDirectory(index));
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        CliRun r = CliRun.of("--workspace", ws, "search", "pyroclastic", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode top = Json.MAPPER.readTree(r.out()).get("hits").get(0);
        assertEquals(paperId, top.get("paper").asText());
        assertEquals(3, top.get("page").asInt());
    }
}
