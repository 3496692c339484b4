package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Phrasebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file that opens tells what was mended, so that a reader does not pass it off as whole. */
class RepairsTest {
    @TempDir
    Path dir;

    @Test
    void aWholeFileWasNotMended() throws Exception {
        Path whole;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 12, "Page one.").page().text(72, 700, 12, "Page two.");
            whole = pdf.save(dir.resolve("whole.pdf"));
        }
        try (PdfDocument pdf = PdfDocument.open(whole)) {
            assertEquals(List.of(), pdf.repairs());
        }
    }

    @Test
    void aFileCutBeforeItsTableSaysTheTableWasRebuilt() throws Exception {
        Path whole;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 12, "Page one.").page().text(72, 700, 12, "Page two.");
            whole = pdf.save(dir.resolve("whole.pdf"));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length - 30));
        try (PdfDocument pdf = PdfDocument.open(cut)) {
            assertEquals(Repair.Kind.XREF_REBUILT, pdf.repairs().get(0).reason());
            assertTrue(Phrasebook.MODULES.phrase(pdf.repairs().get(0)).contains("cut short"));
        }
    }

    @Test
    void theFirstSixtyPercentOfAPaperOpensWithItsRepairsTold() throws Exception {
        Path research = Corpus.root().resolve("research");
        Assumptions.assumeTrue(Files.isDirectory(research), "corpus not present");
        int opened = 0;
        List<Path> papers;
        try (var files = Files.list(research)) {
            papers = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path paper : papers) {
            byte[] bytes = Files.readAllBytes(paper);
            Path cut = Files.write(dir.resolve("cut-" + paper.getFileName()), Arrays.copyOf(bytes, bytes.length * 6 / 10));
            try (PdfDocument pdf = PdfDocument.open(cut)) {
                // a cut file that opens must never pass for a whole one
                List<Repair.Kind> kinds = pdf.repairs().stream().map(Repair::reason).toList();
                assertTrue(kinds.contains(Repair.Kind.XREF_REBUILT), paper + " " + kinds);
                assertEquals(!pdf.missingPages().isEmpty(), kinds.contains(Repair.Kind.PAGES_MISSING), paper + " " + kinds);
                opened++;
            } catch (PdfException e) {
                assertTrue(e.reason().isDamaged(), paper + " " + e.getMessage());
            }
        }
        assertTrue(opened > 0, "no cut paper opened at all");
    }

    @Test
    void missingPagesAreSaidAsRanges() {
        assertEquals("3\u20135, 9", Repair.pageList(List.of(3, 4, 5, 9)));
        Repair r = Repair.of(true, true, List.of(7)).get(1);
        assertEquals("page 7 is lost and shown blank", Phrasebook.MODULES.phrase(r));
        Repair many = Repair.of(false, true, List.of(2, 3)).get(0);
        assertEquals("pages 2\u20133 are lost and shown blank", Phrasebook.MODULES.phrase(many));
    }
}
