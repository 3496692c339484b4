package dev.gloss.desktop.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view's three exports write real files through the library's exporters. */
class ExporterTest {
    @TempDir
    Path dir;

    @Test
    void writesMarkdownJsonLdAndAnnotatedPdf() throws Exception {
        Workspace ws = DemoAnnotations.create(dir.resolve("ws"));
        Paper demo = DemoAnnotations.demoPaper(ws);
        int count = ws.annotations(demo.id()).size();

        Path md = dir.resolve("out/notes.md");
        Files.createDirectories(md.getParent());
        assertEquals(count, Exporter.write(ws, List.of(demo), Exporter.Format.MARKDOWN, md));
        String text = Files.readString(md);
        assertTrue(text.contains(demo.displayTitle()), "the paper's title heads the Markdown");
        assertTrue(text.contains("Penguins compute gradients"), "quotes are in it");

        Path jsonld = dir.resolve("out/notes.jsonld");
        assertEquals(count, Exporter.write(ws, List.of(demo), Exporter.Format.JSONLD, jsonld));
        JsonNode doc = Json.MAPPER.readTree(jsonld.toFile());
        assertEquals("AnnotationCollection", doc.get("type").asText());
        assertEquals(count, doc.get("total").asInt());

        Path pdf = dir.resolve("out/annotated.pdf");
        int written = Exporter.write(ws, List.of(demo), Exporter.Format.PDF, pdf);
        assertEquals(count, written);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int annots = 0;
            for (PDPage page : d.getPages()) {
                annots += (int) page.getAnnotations().stream().filter(a -> !"Link".equals(a.getSubtype())
                        && !"Popup".equals(a.getSubtype())).count();
            }
            assertEquals(count, annots, "every annotation is a PDF annotation in the copy");
        }
    }

    @Test
    void defaultFileNamesComeFromThePaper() {
        Paper demo = AnnotationListModelTest.paper("p1", "Shallow Edits").withTitle("Shallow: Edits?");
        demo = new Paper(demo.id(), demo.title(), List.of(), null, null, null, null, null, List.of(),
                "lindqvist-2026-shallow-edits-deep-effects.pdf", 4, "0", null);
        assertEquals("lindqvist-2026-shallow-edits-deep-effects-annotations",
                Exporter.defaultName(List.of(demo), Exporter.Format.MARKDOWN));
        assertEquals("lindqvist-2026-shallow-edits-deep-effects-annotated",
                Exporter.defaultName(List.of(demo), Exporter.Format.PDF));
        assertEquals("annotations", Exporter.defaultName(List.of(demo, demo), Exporter.Format.JSONLD));
        Paper noFile = new Paper("p2", "A/B: testing?", List.of(), null, null, null, null, null, List.of(), null, 1,
                "0", null);
        assertEquals("A_B_ testing_-annotations", Exporter.defaultName(List.of(noFile), Exporter.Format.MARKDOWN),
                "characters no file system allows are replaced");
    }
}
