package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.library.demo.DemoPaper;
import dev.gloss.testing.Corpus;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gloss import, annotate and annotations, run in-process on a temp workspace (which starts with the demo paper). */
class LibraryCommandsTest {
    @TempDir
    Path dir;
    String ws;
    String demoId;

    @BeforeEach
    void workspace() throws Exception {
        ws = dir.resolve("ws").toString();
        CliRun papers = CliRun.of("--workspace", ws, "papers", "--json");
        assertEquals(0, papers.code(), papers.err());
        demoId = Json.MAPPER.readTree(papers.out()).get(0).get("id").asText();
    }

    private Path demoCopy(String name) throws Exception {
        Path f = dir.resolve(name);
        DemoPaper.write(f);
        return f;
    }

    @Test
    void importPrintsOneEntryPerFileAndGoesOnPastABadOne() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "not a pdf");
        Path corpusPaper = Corpus.root().resolve("research/multicolumn.pdf");
        Path good = Files.isRegularFile(corpusPaper) ? corpusPaper : demoCopy("good.pdf");
        CliRun r = CliRun.of("--workspace", ws, "import", good.toString(), broken.toString(), "--json");
        assertEquals(2, r.code(), "a failed file makes the exit code 2");
        JsonNode rows = Json.MAPPER.readTree(r.out());
        assertEquals(2, rows.size());
        JsonNode ok = rows.get(0);
        assertEquals(good.toString(), ok.get("file").asText());
        assertTrue(ok.get("id").asText().matches("[0-9a-f]{16}"));
        assertTrue(ok.get("pages").asInt() >= 1);
        assertFalse(ok.get("title").asText().isBlank());
        assertEquals(0, ok.get("annotations").asInt());
        JsonNode bad = rows.get(1);
        assertEquals(broken.toString(), bad.get("file").asText());
        assertTrue(bad.get("error").asText().contains("broken.pdf"), bad.toString());
        assertEquals("gloss: broken.pdf is not a PDF file.\n", r.err(), "one line, the file named once");
    }

    @Test
    void anImportErrorThatDoesNotNameTheFileIsPrefixedWithIt() throws Exception {
        Path damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\nthis is not really a PDF at all\n%%EOF");
        CliRun r = CliRun.of("--workspace", ws, "import", damaged.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("gloss: " + damaged + ": This file is damaged: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void importingTheDemoPaperAgainFindsItAlreadyThere() throws Exception {
        CliRun r = CliRun.of("--workspace", ws, "import", demoCopy("again.pdf").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(demoId + "  " + DemoPaper.TITLE), r.out());
        assertTrue(r.out().contains("already in the library"), r.out());
        assertEquals(1, Workspace.open(Path.of(ws)).papers().size());
    }

    @Test
    void importOfAnnotatedCorpusFileCountsItsAnnotations() throws Exception {
        Path f = Corpus.file("annotated/highlights.pdf");
        CliRun r = CliRun.of("--workspace", ws, "import", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode row = Json.MAPPER.readTree(r.out()).get(0);
        assertEquals(8, row.get("annotations").asInt(), "6 highlights and 2 ink marks; popups are not notes");
        CliRun again = CliRun.of("--workspace", ws, "import", f.toString(), "--json");
        assertEquals(0, Json.MAPPER.readTree(again.out()).get(0).get("annotations").asInt());
        assertTrue(Json.MAPPER.readTree(again.out()).get(0).get("alreadyPresent").asBoolean());
    }

    @Test
    void importOfAnEncryptedFileNeedsThePasswordFile() throws Exception {
        Path f = Corpus.file("encrypted/PasswordSample-256bit.pdf");
        CliRun locked = CliRun.of("--workspace", ws, "import", f.toString());
        assertEquals(2, locked.code());
        assertTrue(locked.err().contains("password"), locked.err());
        Path pw = Files.writeString(dir.resolve("pw.txt"), "user\n");
        CliRun open = CliRun.of("--workspace", ws, "import", f.toString(), "--password-file", pw.toString());
        assertEquals(0, open.code(), open.err());
    }

    @Test
    void importWithoutFilesIsBadInput() {
        CliRun r = CliRun.of("--workspace", ws, "import");
        assertEquals(2, r.code());
        assertEquals("gloss: import needs at least one FILE.pdf\n", r.err());
    }

    @Test
    void annotatePrintsTheNewIdAndAMissingQuoteIsExitTwo() throws Exception {
        CliRun r = CliRun.of("--workspace", ws, "annotate", demoId.substring(0, 5), "--page", "2", "--quote",
                "depth, not size,\npredicts where the update lands", "--color", "green", "--note", "Nice.",
                "--tag", "claim", "--tag", "depth");
        assertEquals(0, r.code(), r.err());
        String id = r.out().strip();
        Annotation a = Workspace.open(Path.of(ws)).get(dev.gloss.workspace.Kind.ANNOTATIONS, id).orElseThrow();
        assertEquals(2, a.page());
        assertEquals("green", a.color());
        assertEquals(List.of("claim", "depth"), a.tags());
        assertFalse(a.quads().isEmpty());

        CliRun missing = CliRun.of("--workspace", ws, "annotate", demoId, "--page", "1", "--quote", "no such words here");
        assertEquals(2, missing.code());
        assertEquals("gloss: The quote was not found on page 1 of " + DemoPaper.TITLE + "\n", missing.err());
        assertEquals("", missing.out());

        assertEquals(2, CliRun.of("--workspace", ws, "annotate", demoId, "--quote", "x").code());
        assertEquals(2, CliRun.of("--workspace", ws, "annotate", demoId, "--page", "0", "--quote", "x").code());
        CliRun color = CliRun.of("--workspace", ws, "annotate", demoId, "--page", "1", "--quote", "Abstract",
                "--color", "chartreuse");
        assertEquals(2, color.code());
        assertTrue(color.err().contains("not a colour"), color.err());
        CliRun unknown = CliRun.of("--workspace", ws, "annotate", "ffffffffff", "--page", "1", "--quote", "x");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("gloss: No paper with id"), unknown.err());
    }

    @Test
    void annotationsListShowsTheDemoHighlight() throws Exception {
        CliRun r = CliRun.of("--workspace", ws, "annotations", "list", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = Json.MAPPER.readTree(r.out());
        assertEquals(1, list.size());
        Annotation a = Json.MAPPER.treeToValue(list.get(0), Annotation.class);
        assertEquals(demoId, a.paperId());
        assertEquals("yellow", a.color());
        CliRun text = CliRun.of("--workspace", ws, "annotations", "list", "--paper", demoId);
        assertTrue(text.out().startsWith(demoId + "  " + DemoPaper.TITLE + "\n"), text.out());
        assertTrue(text.out().contains("p.1  yellow highlight  \u201cFine-tuning changes far less"), text.out());
        assertTrue(text.out().contains("#fine-tuning"), text.out());
    }

    @Test
    void exportToEachFormatAndImportTheJsonLdBack() throws Exception {
        CliRun add = CliRun.of("--workspace", ws, "annotate", demoId, "--page", "3", "--quote",
                "Replacing the top eight layers removes 87%", "--color", "red", "--note", "Key number.");
        assertEquals(0, add.code(), add.err());

        Path md = dir.resolve("out").resolve("notes.md");
        CliRun m = CliRun.of("--workspace", ws, "annotations", "export", "--format", "markdown", "--out", md.toString());
        assertEquals(0, m.code(), m.err());
        assertEquals("Wrote 2 annotations to " + md + "\n", m.out());
        String text = Files.readString(md);
        assertTrue(text.contains("## Page 3") && text.contains("Key number.") && text.contains("#page=3)"), text);

        Path pdf = dir.resolve("annotated.pdf");
        assertEquals(2, CliRun.of("--workspace", ws, "annotations", "export", "--format", "pdf", "--out",
                pdf.toString()).code(), "pdf needs --paper");
        CliRun p = CliRun.of("--workspace", ws, "annotations", "export", "--paper", demoId, "--format", "pdf",
                "--out", pdf.toString());
        assertEquals(0, p.code(), p.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDAnnotation> page3 = doc.getPage(2).getAnnotations();
            assertEquals(1, page3.size());
            assertEquals("Key number.", page3.get(0).getContents());
            assertEquals("Highlight", page3.get(0).getSubtype());
        }

        Path jsonld = dir.resolve("notes.jsonld");
        CliRun j = CliRun.of("--workspace", ws, "annotations", "export", "--paper", demoId, "--format", "jsonld",
                "--out", jsonld.toString());
        assertEquals(0, j.code(), j.err());
        assertEquals("AnnotationCollection", Json.MAPPER.readTree(jsonld.toFile()).get("type").asText());

        // a teammate's workspace: same demo paper, none of these annotations
        String other = dir.resolve("other").toString();
        assertEquals(0, CliRun.of("--workspace", other, "papers").code());
        CliRun imp = CliRun.of("--workspace", other, "annotations", "import", "--paper", demoId, jsonld.toString(),
                "--json");
        assertEquals(0, imp.code(), imp.err());
        JsonNode res = Json.MAPPER.readTree(imp.out());
        assertEquals(1, res.get("imported").asInt(), "the new highlight comes in");
        assertEquals(1, res.get("skipped").asInt(), "the demo highlight is there already, under another id");
        assertEquals(0, res.get("orphaned").asInt());
        CliRun again = CliRun.of("--workspace", other, "annotations", "import", "--paper", demoId, jsonld.toString());
        assertEquals("Imported 0 annotations, 2 already present.\n", again.out());

        assertEquals(2, CliRun.of("--workspace", ws, "annotations", "export", "--format", "docx", "--out", "x").code());
        assertEquals(2, CliRun.of("--workspace", ws, "annotations", "frob").code());
        Path notJson = Files.writeString(dir.resolve("bad.jsonld"), "{ not json");
        CliRun bad = CliRun.of("--workspace", ws, "annotations", "import", "--paper", demoId, notJson.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("gloss: bad.jsonld is not valid JSON"), bad.err());
    }

    @Test
    void helpListsTheNewCommandsInTheirGroups() {
        CliRun r = CliRun.of("--help");
        String out = r.out();
        assertTrue(out.indexOf("Annotate:") < out.indexOf("annotate PAPER --page N"), out);
        assertTrue(out.contains("annotations export [--paper ID] --format markdown|jsonld|pdf --out F"), out);
        assertTrue(out.indexOf("Library:") < out.indexOf("import FILE.pdf..."), out);
    }
}
