package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.testing.Corpus;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports in real {@code gloss} processes (issue 23, items 3 and 4): two imports of the same file
 * at once make one paper with its marks once, and one of them says it was already there; an
 * import killed with SIGKILL at any moment leaves no temp copy and no half paper after the next
 * command, and importing again finishes it.
 */
class ImportProcessesTest {
    @TempDir
    Path dir;

    private Process gloss(Path ws, Path out, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--workspace", ws.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(
                dir.resolve("stderr.txt").toFile()));
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        return pb.start();
    }

    private static int await(Process p) throws InterruptedException {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gloss did not finish");
        return p.exitValue();
    }

    /** Waits until {@code p}'s import has made its temp copy (or ended); the moment it was seen. */
    private static long awaitTempCopy(Process p, Path ws) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && under(ws.resolve(".gloss/tmp"), "import-*").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private static List<Path> under(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).sorted().toList();
        }
    }

    @Test
    void twoImportsOfTheSameFileAtOnceMakeOnePaperWithItsMarksOnce() throws Exception {
        Path pdf = Corpus.file("pdfjs/tracemonkey_with_annotations.pdf");
        for (int trial = 0; trial < 3; trial++) {
            Path ws = dir.resolve("ws" + trial);
            Workspace.openOrCreate(ws);
            Path outA = dir.resolve("a" + trial + ".json");
            Path outB = dir.resolve("b" + trial + ".json");
            Process a = gloss(ws, outA, "import", pdf.toString(), "--json");
            Process b = gloss(ws, outB, "import", pdf.toString(), "--json");
            assertEquals(0, await(a), Files.readString(dir.resolve("stderr.txt")));
            assertEquals(0, await(b), Files.readString(dir.resolve("stderr.txt")));
            JsonNode ra = Json.MAPPER.readTree(outA.toFile()).get(0);
            JsonNode rb = Json.MAPPER.readTree(outB.toFile()).get(0);
            assertEquals(ra.get("id").asText(), rb.get("id").asText());
            assertTrue(ra.get("alreadyPresent").asBoolean() != rb.get("alreadyPresent").asBoolean(),
                    "one of them found it there: " + ra + " " + rb);
            Workspace w = Workspace.open(ws);
            String id = ra.get("id").asText();
            int marks = ra.get("annotations").asInt() + rb.get("annotations").asInt();
            assertEquals(3, w.annotations(id).size(), "the PDF's own marks, once (trial " + trial + ")");
            assertEquals(3, marks, "added once in all");
        }
    }

    /** A PDF of many pages, each with a highlight, so that an import spends a while in each of its steps. */
    private Path markedPdf() throws IOException {
        Path file = dir.resolve("marked.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 120; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Page " + i + " holds a sentence worth marking for the import test.");
                    cs.endText();
                }
                PDAnnotationHighlight h = new PDAnnotationHighlight();
                h.setRectangle(new PDRectangle(70, 695, 300, 16));
                h.setQuadPoints(new float[] {72, 711, 370, 711, 72, 697, 370, 697});
                h.setContents("note " + i);
                h.setAnnotationName("mark-" + i);
                page.getAnnotations().add(h);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void anImportKilledAtAnyMomentLeavesNothingBehindAfterTheNextCommand() throws Exception {
        Path pdf = markedPdf();
        // how long an import runs once its temp copy is there, on this machine now: the kills
        // below land within it whatever the machine's speed
        Path timed = dir.resolve("ws-timed");
        Workspace.openOrCreate(timed);
        Process whole = gloss(timed, dir.resolve("timed.txt"), "import", pdf.toString());
        long begun = awaitTempCopy(whole, timed);
        assertEquals(0, await(whole), Files.readString(dir.resolve("stderr.txt")));
        int importMs = (int) Math.max(50, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
        Path ws = dir.resolve("ws");
        Workspace.openOrCreate(ws);
        Random random = new Random(23);
        int killed = 0;
        for (int trial = 0; trial < 8; trial++) {
            Process p = gloss(ws, dir.resolve("import" + trial + ".txt"), "import", pdf.toString());
            // once the import has begun (its temp copy is there), at a random moment of it
            awaitTempCopy(p, ws);
            Thread.sleep(random.nextInt(importMs * 4 / 5));
            if (p.isAlive()) {
                p.destroyForcibly(); // SIGKILL
                killed++;
            }
            p.waitFor(30, TimeUnit.SECONDS);
            // the next command (any) opens the workspace: temp copies go, a half paper is finished or removed
            assertEquals(0, await(gloss(ws, dir.resolve("papers" + trial + ".txt"), "papers")), Files.readString(dir.resolve("stderr.txt")));
            assertEquals(List.of(), under(ws.resolve(".gloss/tmp"), "import-*"), "temp copies left (trial " + trial + ")");
            for (Path folder : under(ws.resolve("papers"), "*")) {
                assertTrue(Files.isRegularFile(folder.resolve("paper.json")), "a paper folder without paper.json: " + folder);
            }
            Workspace.open(ws).papers().forEach(paper -> assertTrue(Files.isRegularFile(ws.resolve("papers").resolve(paper.id())
                    .resolve(paper.file())), "a paper without its PDF"));
        }
        assertTrue(killed >= 4, "killed " + killed + " of 8 in the middle (an import runs " + importMs + " ms)");
        // importing again finishes what was cut: one paper, every mark once
        assertEquals(0, await(gloss(ws, dir.resolve("last.json"), "import", pdf.toString(), "--json")), Files.readString(dir.resolve("stderr.txt")));
        String id = Json.MAPPER.readTree(dir.resolve("last.json").toFile()).get(0).get("id").asText();
        Workspace w = Workspace.open(ws);
        assertEquals(120, w.annotations(id).size());
        assertEquals(1, w.papers().stream().filter(p -> p.id().equals(id)).count());
    }
}
