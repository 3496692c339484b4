package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.testing.Corpus;
import dev.gloss.workspace.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gloss references and gloss citations on corpus papers, with their links and with the links stripped. */
class ReferencesCommandsTest {
    @TempDir
    Path dir;

    private String ws() {
        return dir.resolve("ws").toString();
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return Json.MAPPER.readTree(r.out());
    }

    /** The entry of a references --json listing with that label. */
    private static JsonNode entry(JsonNode refs, String label) {
        for (JsonNode e : refs.get("references")) {
            if (label.equals(e.get("label").asText())) {
                return e;
            }
        }
        throw new AssertionError("no entry " + label);
    }

    /** A copy of a PDF without its link annotations: a paper as a PDF made without hyperref. */
    private Path withoutLinks(Path pdf) throws Exception {
        Path out = dir.resolve("nolinks-" + pdf.getFileName());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : doc.getPages()) {
                p.setAnnotations(new ArrayList<>(p.getAnnotations().stream().filter(a -> !(a instanceof PDAnnotationLink)).toList()));
            }
            doc.save(out.toFile());
        }
        return out;
    }

    @Test
    void referencesOfANumberedPaper() throws Exception {
        String file = Corpus.file("research/tracemonkey.pdf").toString();
        CliRun r = CliRun.of("--workspace", ws(), "references", file);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[8] p14  M. Berndl, B. Vitale, M. Zaleski, and A. Brown. Context Threading:"), r.out());
        assertTrue(r.out().contains("URL: http://www.spec.org/jvm98/"), r.out());
        assertTrue(r.out().endsWith("19 references\n"), r.out());
        JsonNode j = json(CliRun.of("--workspace", ws(), "references", file, "--json"));
        assertEquals(19, j.get("references").size());
        JsonNode eight = j.get("references").get(7);
        assertEquals("8", eight.get("label").asText());
        assertEquals(14, eight.get("page").asInt());
        assertEquals(4, eight.get("area").size());
        assertEquals("2005", eight.get("year").asText());
        assertEquals("M. Berndl", eight.get("authors").get(0).asText());
    }

    @Test
    void referencesOfAnAuthorYearPaperCarryTheirIdentifiers() throws Exception {
        JsonNode j = json(CliRun.of("--workspace", ws(), "references", Corpus.file("research/2023.eacl-main.121.pdf").toString(), "--json"));
        assertEquals(66, j.get("references").size());
        JsonNode gehrmann = entry(j, "Gehrmann et al., 2022");
        assertEquals("2202.06935", gehrmann.get("arxivId").asText());
        assertEquals("Repairing the cracked foundation: A survey of obstacles in evaluation practices for generated text", gehrmann.get("title").asText());
        JsonNode bhandari = entry(j, "Bhandari et al., 2020");
        assertEquals("10.18653/v1/2020.emnlp-main.751", bhandari.get("doi").asText());
        assertEquals(11, bhandari.get("page").asInt());
    }

    @Test
    void citationsFromLinksAndTheSameFromTheTextWhenTheLinksAreGone() throws Exception {
        Path paper = Corpus.file("research/2020.acl-main.447.pdf");
        JsonNode refs = json(CliRun.of("--workspace", ws(), "references", paper.toString(), "--json"));
        int tang = entry(refs, "Tang et al., 2008").get("number").asInt();

        JsonNode linked = json(CliRun.of("--workspace", ws(), "citations", paper.toString(), "--page", "1", "--json"));
        List<JsonNode> toTang = new ArrayList<>();
        for (JsonNode c : linked.get("citations")) {
            assertEquals(1, c.get("page").asInt());
            if (!c.get("target").isNull() && c.get("target").get("reference").asInt() == tang) {
                toTang.add(c);
            }
        }
        assertEquals(2, toTang.size(), linked.toString()); // "(Tang et al.," and "2008)," are two links
        assertEquals("link", toTang.get(0).get("source").asText());
        assertEquals("reference", toTang.get(0).get("kind").asText());
        assertEquals(12, toTang.get(0).get("target").get("page").asInt());

        JsonNode bare = json(CliRun.of("--workspace", ws(), "citations", withoutLinks(paper).toString(), "--page", "1", "--json"));
        JsonNode found = null;
        for (JsonNode c : bare.get("citations")) {
            assertEquals("text", c.get("source").asText());
            if (c.get("text").asText().equals("Tang et al., 2008")) {
                found = c;
            }
        }
        assertTrue(found != null, bare.toString());
        assertEquals(tang, found.get("target").get("reference").asInt());
        assertEquals("Tang et al., 2008", found.get("label").asText());

        CliRun text = CliRun.of("--workspace", ws(), "citations", withoutLinks(paper).toString(), "--page", "2");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("p2  text  table  \"Table 1\"  -> table p2  Table 1: A comparison of S2ORC"), text.out());
    }

    @Test
    void parenthesizedNumbersOfTracemonkeyResolveToTheirEntries() throws Exception {
        CliRun r = CliRun.of("--workspace", ws(), "citations", Corpus.file("research/tracemonkey.pdf").toString(), "--page", "13");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("p13  text  reference  \"8\"  -> [8] p14  M. Berndl"), r.out());
    }

    @Test
    void badInputIsOneLine() throws Exception {
        String file = Corpus.file("research/tracemonkey.pdf").toString();
        CliRun page = CliRun.of("--workspace", ws(), "citations", file, "--page", "15");
        assertEquals(2, page.code());
        assertEquals("gloss: page 15 is out of range: tracemonkey.pdf has 14 pages\n", page.err());
        CliRun range = CliRun.of("--workspace", ws(), "citations", file, "--page", "2-3");
        assertEquals(2, range.code());
        assertEquals("gloss: --page takes one page number, not \"2-3\"\n", range.err());
        CliRun missing = CliRun.of("--workspace", ws(), "references");
        assertEquals(2, missing.code());
        assertEquals("gloss: references needs a FILE.pdf\n", missing.err());
    }

    @Test
    void aPdfWithoutAListSaysSo() throws Exception {
        Path letter = dir.resolve("letter.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 750);
                cs.showText("Dear reader, see [1] and Figure 2.");
                cs.endText();
            }
            doc.save(letter.toFile());
        }
        CliRun r = CliRun.of("--workspace", ws(), "references", letter.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("No reference list found in " + letter + ".\n", r.out());
        JsonNode c = json(CliRun.of("--workspace", ws(), "citations", letter.toString(), "--json"));
        // "Figure 2" is a reference to a figure the letter does not have
        assertEquals(1, c.get("citations").size(), c.toString());
        assertTrue(c.get("citations").get(0).get("target").isNull());
    }
}
