package dev.gloss.library.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.LibraryException;
import dev.gloss.library.PaperImporter;
import dev.gloss.library.demo.DemoPaper;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipsTest {
    @TempDir
    Path dir;

    @Test
    void aClipOfTheFigureIsSavedAsPngWithItsAnnotation() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Path pdf = dir.resolve("demo.pdf");
        DemoPaper.write(pdf);
        Paper paper = PaperImporter.importFile(ws, pdf, null).paper();
        Rect area;
        BufferedImage png;
        try (PdfDocument doc = PdfDocument.open(ws.paperFile(paper))) {
            // the figure sits above its caption on page 2
            var caption = doc.find("Figure 1: Relative change").get(0);
            double top = caption.quads().get(0).maxY();
            area = new Rect(caption.quads().get(0).minX(), top + 4, caption.quads().get(0).minX() + 240, top + 160);
            png = Clips.render(doc, caption.page(), area, 144);
        }
        assertEquals(480, png.getWidth(), 2);
        assertEquals(312, png.getHeight(), 2);
        Annotation clip = Clips.save(ws, paper.id(), 2, area, png, "orange", "The layer curve", List.of("figure"));
        assertEquals(AnnotationType.CLIP, clip.type());
        assertEquals("papers/" + paper.id() + "/clips/" + clip.id() + ".png", clip.clip());
        Path file = Clips.file(ws, clip);
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(png.getWidth(), back.getWidth());
        int dark = 0;
        for (int x = 0; x < back.getWidth(); x++) {
            for (int y = 0; y < back.getHeight(); y++) {
                if ((back.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, "the chart's lines and labels are in the clip: " + dark);
        assertEquals(clip, Workspace.open(dir.resolve("ws")).get(dev.gloss.workspace.Kind.ANNOTATIONS, clip.id()).orElseThrow());
        assertTrue(Files.size(file) > 1000);
        assertThrows(LibraryException.class, () -> Clips.save(ws, paper.id(), 2, new Rect(0, 0, 0, 10), png));
    }
}
