package dev.gloss.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.TempFolder;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed import leaves (issue 23, item 4), as the next open of the workspace finds it: the
 * half paper an earlier Gloss left (its PDF moved in, no {@code paper.json}) is imported again,
 * what cannot be imported goes to the trash, and temp folders go once their owner is gone but not
 * while it lives.
 */
class HalfImportsTest {
    @TempDir
    Path dir;

    @Test
    void aPaperFolderWithItsPdfAndNoPaperJsonIsFinishedWhenTheWorkspaceOpens() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace.open(ws);
        Path pdf = PaperImporterTest.annotatedPdf(dir.resolve("Cut short.pdf"));
        byte[] bytes = Files.readAllBytes(pdf);
        String id = PaperImporterTest.paperIdOf(bytes);
        Path half = ws.resolve("papers").resolve(id);
        Files.createDirectories(half);
        Files.write(half.resolve("Cut short.pdf"), bytes);
        assertEquals(List.of(half), Workspace.open(ws).halfPapers());

        Workspace w = Workspace.openOrCreate(ws);
        assertEquals(List.of(), w.halfPapers());
        assertEquals(1, w.papers().size());
        assertEquals(id, w.papers().get(0).id());
        assertEquals("Cut short.pdf", w.papers().get(0).file());
        assertArrayEquals(bytes, Files.readAllBytes(w.paperFile(w.papers().get(0))));
        assertEquals(5, w.annotations(id).size(), "the PDF's own marks, as an import gives them");
        assertEquals(List.of(), w.problems());
    }

    @Test
    void aHalfPaperThatCannotBeImportedGoesToTheTrashWithWhatWasInIt() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace.open(ws);
        Path notPdf = ws.resolve("papers").resolve("0123456789abcdef");
        Files.createDirectories(notPdf);
        Files.writeString(notPdf.resolve("paper.pdf"), "this is not a PDF");
        Path twoFiles = ws.resolve("papers").resolve("fedcba9876543210");
        Files.createDirectories(twoFiles);
        Files.writeString(twoFiles.resolve("notes.txt"), "keep me");

        Workspace w = Workspace.openOrCreate(ws);
        assertEquals(List.of(), w.halfPapers());
        assertEquals(List.of(), w.papers());
        assertFalse(Files.exists(notPdf));
        assertFalse(Files.exists(twoFiles));
        try (Stream<Path> s = Files.walk(w.trash().folder())) {
            List<String> kept = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("notes.txt", "paper.pdf"), kept, "nothing lost");
        }
    }

    @Test
    void aTempFolderGoesWhenItsOwnerIsGoneAndStaysWhileItLives() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace w = Workspace.open(ws);
        Path tmpRoot = w.derivedFolder().resolve("tmp");
        // what an older Gloss (or a killed process, whose lock the system released) left
        Path orphan = tmpRoot.resolve("import-123");
        Files.createDirectories(orphan);
        Files.write(orphan.resolve("big.pdf"), new byte[4096]);
        try (TempFolder live = w.tempFolder("import-")) {
            Files.writeString(live.path().resolve("copy.pdf"), "in progress");
            Workspace.open(ws);
            assertFalse(Files.exists(orphan), "the leftover is removed");
            assertTrue(Files.isRegularFile(live.path().resolve("copy.pdf")), "work in progress is not");
        }
        try (Stream<Path> s = Files.list(tmpRoot)) {
            assertEquals(0, s.count(), "closing removes it");
        }
    }
}
