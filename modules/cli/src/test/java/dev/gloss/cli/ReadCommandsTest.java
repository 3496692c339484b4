package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.library.demo.DemoPaper;
import dev.gloss.testing.Corpus;
import dev.gloss.workspace.Json;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gloss info, text and render, in-process, on generated PDFs, the demo paper and the corpus. */
class ReadCommandsTest {
    @TempDir
    Path dir;

    private String ws() {
        return dir.resolve("ws").toString();
    }

    /** Three pages saying "Page one", "Page two", "Page three"; optionally encrypted. */
    private Path threePages(String name, String password) throws Exception {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (String n : List.of("one", "two", "three")) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    cs.newLineAtOffset(72, 750);
                    cs.showText("Page " + n);
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner", password, new AccessPermission());
                p.setEncryptionKeyLength(256);
                doc.protect(p);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static Path corpus(String name) {
        return Corpus.file(name);
    }

    private static void assertBadInput(CliRun r, String message) {
        assertEquals(2, r.code(), r.err());
        assertEquals("gloss: " + message + "\n", r.err().replace("\r\n", "\n"));
        assertEquals("", r.out());
    }

    @Test
    void infoJsonOfTheDemoPaper() throws Exception {
        Path demo = dir.resolve(DemoPaper.FILE_NAME);
        DemoPaper.write(demo);
        CliRun r = CliRun.of("--workspace", ws(), "info", demo.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        List<String> keys = new java.util.ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        // the workspace's JSON writer orders keys alphabetically
        assertEquals(java.util.Set.of("file", "pages", "title", "authors", "arxivId", "doi", "encrypted", "outline"), java.util.Set.copyOf(keys));
        assertEquals(demo.toString(), j.get("file").asText());
        assertEquals(DemoPaper.TITLE, j.get("title").asText());
        assertTrue(j.get("arxivId").asText().startsWith(DemoPaper.ARXIV_ID), j.toString());
        assertEquals(DemoPaper.AUTHORS.get(0), j.get("authors").get(0).asText());
        assertFalse(j.get("encrypted").asBoolean());
        assertTrue(j.get("pages").asInt() >= 1);
        assertTrue(j.get("outline").isInt());
        assertFalse(Files.exists(dir.resolve("ws")), "info needs no workspace");
    }

    @Test
    void infoOfACorpusPaperWithOutline() throws Exception {
        Path f = corpus("research/pdflatex-outline.pdf");
        CliRun r = CliRun.of("--workspace", ws(), "info", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals(4, j.get("pages").asInt());
        assertTrue(j.get("outline").asInt() >= 4, j.toString());
        CliRun human = CliRun.of("--workspace", ws(), "info", corpus("research/tracemonkey.pdf").toString());
        assertEquals(0, human.code(), human.err());
        assertTrue(human.out().contains("Title:     Trace-based Just-in-Time Type Specialization for Dynamic Languages"), human.out());
        assertTrue(human.out().contains("Pages:     14"), human.out());
    }

    @Test
    void textOfAPageRange() throws Exception {
        Path f = threePages("three.pdf", null);
        CliRun r = CliRun.of("--workspace", ws(), "text", f.toString(), "--pages", "2-3");
        assertEquals(0, r.code(), r.err());
        assertEquals("Page two\n\f\nPage three\n", r.out());
        assertEquals("Page one\n", CliRun.of("--workspace", ws(), "text", f.toString(), "--pages", "1").out());
        assertEquals("Page two\n\f\nPage three\n", CliRun.of("--workspace", ws(), "text", f.toString(), "--pages", "2-").out());
        CliRun all = CliRun.of("--workspace", ws(), "text", f.toString());
        assertEquals(3, all.out().split("\f").length);
    }

    @Test
    void textOfATwoColumnPaperReadsColumnByColumn() throws Exception {
        CliRun r = CliRun.of("--workspace", ws(), "text", corpus("research/tracemonkey.pdf").toString(), "--pages", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().indexOf("for certain benchmark\nprograms.") < r.out().indexOf("and is used for the application logic"), r.out());
    }

    @Test
    void renderWritesAPngOfTheRightSize() throws Exception {
        Path f = threePages("three.pdf", null);
        Path png = dir.resolve("page2.png");
        CliRun r = CliRun.of("--workspace", ws(), "render", f.toString(), "--page", "2", "--dpi", "144", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        // A4 is 595.28 x 841.89 points; at 144 dpi, two pixels per point
        assertEquals(1190, img.getWidth());
        assertEquals(1683, img.getHeight());
        assertTrue(r.out().contains("1190 x 1683"), r.out());
        Path dflt = dir.resolve("default.png");
        assertEquals(0, CliRun.of("--workspace", ws(), "render", f.toString(), "--page", "1", "--out", dflt.toString()).code());
        assertEquals(Math.floor(595.276f * (150 / 72f)), ImageIO.read(dflt.toFile()).getWidth(), 1);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".gloss-render-")), "no temp file left");
        }
    }

    @Test
    void encryptedFilesNeedTheirPassword() throws Exception {
        Path f = threePages("locked.pdf", "s\u00e9same");
        assertBadInput(CliRun.of("--workspace", ws(), "info", f.toString()),
                "locked.pdf is encrypted; give its password with --password-file F");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "sesame\n", StandardCharsets.UTF_8);
        assertBadInput(CliRun.of("--workspace", ws(), "text", f.toString(), "--password-file", wrong.toString()),
                "The password for locked.pdf is not right");
        Path right = Files.writeString(dir.resolve("right.txt"), "s\u00e9same\n", StandardCharsets.UTF_8);
        CliRun ok = CliRun.of("--workspace", ws(), "info", f.toString(), "--password-file", right.toString(), "--json");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Json.MAPPER.readTree(ok.out()).get("encrypted").asBoolean());
        CliRun text = CliRun.of("--workspace", ws(), "text", f.toString(), "--pages", "3", "--password-file", right.toString());
        assertEquals("Page three\n", text.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path f = threePages("three.pdf", null);
        assertBadInput(CliRun.of("--workspace", ws(), "info", dir.resolve("missing.pdf").toString()), "missing.pdf was not found");
        Path notPdf = Files.writeString(dir.resolve("notes.pdf"), "hello", StandardCharsets.UTF_8);
        assertBadInput(CliRun.of("--workspace", ws(), "text", notPdf.toString()), "notes.pdf is not a PDF file");
        assertBadInput(CliRun.of("--workspace", ws(), "render", f.toString(), "--page", "4", "--out", dir.resolve("x.png").toString()),
                "page 4 is out of range: three.pdf has 3 pages");
        assertBadInput(CliRun.of("--workspace", ws(), "text", f.toString(), "--pages", "0-2"), "page 0 is out of range: three.pdf has 3 pages");
        assertBadInput(CliRun.of("--workspace", ws(), "text", f.toString(), "--pages", "3-2"), "--pages 3-2 runs backwards");
        assertBadInput(CliRun.of("--workspace", ws(), "text", f.toString(), "--pages", "x"), "--pages must look like 3 or 2-5, not \"x\"");
        assertBadInput(CliRun.of("--workspace", ws(), "render", f.toString(), "--out", dir.resolve("x.png").toString()),
                "render needs --page N (pages are numbered from 1)");
        assertBadInput(CliRun.of("--workspace", ws(), "render", f.toString(), "--page", "1", "--out", dir.resolve("no/such/x.png").toString()),
                "cannot write " + dir.resolve("no/such/x.png") + ": its folder does not exist");
        assertBadInput(CliRun.of("--workspace", ws(), "info"), "info needs a FILE.pdf");
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void damagedCorpusFilesAreOneSentence() throws Exception {
        for (String name : List.of("malformed/bug1020226.pdf", "malformed/issue15590.pdf", "malformed/poppler-85140-0.pdf")) {
            CliRun r = CliRun.of("--workspace", ws(), "info", corpus(name).toString());
            assertEquals(2, r.code(), name + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("gloss: This file is damaged: "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
