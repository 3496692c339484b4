package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandGroups() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        for (String group : List.of("Library:", "papers [--json]")) {
            assertTrue(r.out().contains(group), r.out());
        }
        assertEquals("", r.err());
    }

    @Test
    void unknownCommandIsExitTwoWithOneLine() {
        CliRun r = CliRun.of("--workspace", dir.toString(), "frobnicate");
        assertEquals(2, r.code());
        assertEquals("gloss: unknown command \"frobnicate\"; see gloss --help\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void badOptionIsExitTwo() {
        CliRun r = CliRun.of("--workspace", dir.toString(), "papers", "--color");
        assertEquals(2, r.code());
        assertEquals("gloss: unknown option --color\n", r.err());
    }

    @Test
    void internalErrorIsExitOneWithTheLogPathAndNoStackTrace() {
        CliRun r = CliRun.of("--workspace", dir.toString(), "test-crash");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gloss: internal error (boom); details in "), r.err());
        assertEquals(1, r.err().lines().count());
        assertFalse(r.err().contains("at dev.gloss"));
        Path log = Path.of(r.err().substring(r.err().indexOf("details in ") + 11).strip());
        assertTrue(Files.isRegularFile(log), "the log exists: " + log);
    }

    @Test
    void papersJsonListsPapersAndNamesACorruptFileOnce() throws Exception {
        Workspace ws = Workspace.open(dir); // exists already: no demo content is added
        ws.save(Kind.PAPERS, new Paper("p1", "Fine-tuning shifts features", List.of("A. Author"), 2026, null,
                "2611.04217v1", null, null, List.of(), "p.pdf", 9, "0".repeat(64), Instant.parse("2026-11-20T10:00:00Z")));
        Files.createDirectories(dir.resolve("papers/broken"));
        Files.writeString(dir.resolve("papers/broken/paper.json"), "{not json");

        CliRun r = CliRun.of("--workspace", dir.toString(), "papers", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode papers = Json.MAPPER.readTree(r.out());
        assertEquals(1, papers.size());
        assertEquals("p1", papers.get(0).get("id").asText());
        assertEquals("Fine-tuning shifts features", papers.get(0).get("title").asText());
        assertEquals("2611.04217v1", papers.get(0).get("arxivId").asText());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("gloss: warning: papers/broken/paper.json could not be read"), r.err());
        assertEquals("{not json", Files.readString(dir.resolve("papers/broken/paper.json")), "left untouched");
    }

    @Test
    void newerWorkspaceIsRefusedWithExitTwo() throws Exception {
        Files.writeString(dir.resolve("gloss.json"), "{\"schema\": 99}");
        CliRun r = CliRun.of("--workspace", dir.toString(), "papers");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gloss: This workspace was written by a newer Gloss (schema 99)"), r.err());
    }
}
