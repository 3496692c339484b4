package dev.gloss.desktop.composer;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.TextQuoteSelector;
import dev.gloss.workspace.Workspace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;

/** Papers, annotations and images written into a real workspace for the tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Paper paper(Workspace ws, String id, String arxivId, String doi) {
        Paper p = new Paper(id, "Sparse Features in Practice", List.of("Ada Lovelace"), 2024, null, arxivId, doi,
                null, List.of(), "paper.pdf", 12, "00", Instant.parse("2025-01-01T00:00:00Z"));
        return ws.save(Kind.PAPERS, p);
    }

    static Annotation highlight(Workspace ws, Paper p, int page, String exact) {
        Annotation a = new Annotation(Ids.newId(), p.id(), AnnotationType.HIGHLIGHT, page, "yellow",
                new TextQuoteSelector(exact, "", ""), null, List.of(), null, null, null, List.of(), null, null,
                Instant.now(), Instant.now());
        return ws.save(Kind.ANNOTATIONS, a);
    }

    /** A clip annotation with a real PNG under the paper's folder. */
    static Annotation clip(Workspace ws, Paper p, int page) throws IOException {
        String id = Ids.newId();
        String rel = "papers/" + p.id() + "/clips/" + id + ".png";
        png(ws.root().resolve(rel), 120, 80, Color.ORANGE);
        Annotation a = new Annotation(id, p.id(), AnnotationType.CLIP, page, "yellow", null, null, List.of(),
                new Rect(10, 10, 110, 90), rel, "Figure 2: the steering results", List.of(), null, null,
                Instant.now(), Instant.now());
        return ws.save(Kind.ANNOTATIONS, a);
    }

    static Path png(Path file, int w, int h, Color c) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.drawLine(0, 0, w, h);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    static Path jpeg(Path file, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLUE);
        g.fillOval(0, 0, w, h);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "jpg", file.toFile());
        return file;
    }
}
