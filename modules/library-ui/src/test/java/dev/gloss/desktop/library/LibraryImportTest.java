package dev.gloss.desktop.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.FileImport;
import dev.gloss.workspace.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Import PDF… under the window: real PDFs into a real workspace, progress, a bad file, cancelling. */
class LibraryImportTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.openOrCreate(dir.resolve("workspace"));
    }

    @Test
    void importsEveryGoodFileReportsTheBadOneAndTellsProgressPerBatch() throws Exception {
        Workspace ws = workspace();
        int before = ws.papers().size();
        Path a = Pdfs.write(dir.resolve("in/a.pdf"), "Paper A", "Alpha text");
        Path b = Pdfs.write(dir.resolve("in/b.pdf"), "Paper B", "Beta text");
        Path bad = Files.writeString(dir.resolve("in/bad.pdf"), "this is not a PDF");
        Path c = Pdfs.write(dir.resolve("in/c.pdf"), "Paper C", "Gamma text");
        List<String> steps = new ArrayList<>();
        List<FileImport> results = LibraryImport.importAll(ws, List.of(a, b, bad, c),
                (name, done) -> steps.add(name + "@" + done), new AtomicBoolean());

        assertEquals(List.of("a.pdf@0", "bad.pdf@2"), steps, "one step per batch of two, before it");
        assertEquals(4, results.size(), "the bad file does not stop the rest");
        assertEquals(List.of(true, true, false, true), results.stream().map(FileImport::ok).toList());
        FileImport failed = results.get(2);
        assertEquals(bad, failed.file());
        assertNotNull(failed.error(), "the reason the bad file was not imported");
        assertEquals(before + 3, workspace().papers().size(), "three papers in the workspace files");
        assertEquals("Imported 3 papers", LibraryImport.summary(results));
    }

    @Test
    void aPaperImportedTwiceIsOneAndTheSummarySaysSo() throws Exception {
        Workspace ws = workspace();
        Path a = Pdfs.write(dir.resolve("a.pdf"), "Paper A", "Alpha text");
        Path copy = Files.copy(a, dir.resolve("copy of a.pdf"));
        List<FileImport> first = LibraryImport.importAll(ws, List.of(a), (n, d) -> { }, new AtomicBoolean());
        assertEquals("Imported one paper", LibraryImport.summary(first));
        int papers = ws.papers().size();
        List<FileImport> again = LibraryImport.importAll(ws, List.of(copy), (n, d) -> { }, new AtomicBoolean());
        assertTrue(again.get(0).ok());
        assertTrue(again.get(0).result().alreadyPresent(), "the same content is the same paper");
        assertEquals(papers, ws.papers().size(), "nothing duplicated");
        assertEquals("No new papers; one was already in the library", LibraryImport.summary(again));
    }

    @Test
    void cancellingStopsBeforeTheNextBatch() throws Exception {
        Workspace ws = workspace();
        int before = ws.papers().size();
        List<Path> pdfs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pdfs.add(Pdfs.write(dir.resolve("p" + i + ".pdf"), "Paper " + i, "Text number " + i));
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        List<FileImport> results = LibraryImport.importAll(ws, pdfs, (name, done) -> {
            if (done > 0) {
                cancelled.set(true); // the user presses the progress bar's cancel during the second batch
            }
        }, cancelled);
        assertEquals(4, results.size(), "the batch under way finishes, the third never starts");
        assertEquals(before + 4, workspace().papers().size());
    }

    @Test
    void foldersAreSearchedForPdfsAndOtherFilesLeftOut() throws Exception {
        Path folder = dir.resolve("folder");
        Path one = Pdfs.write(folder.resolve("one.pdf"), "One", "one");
        Path two = Pdfs.write(folder.resolve("sub/TWO.PDF"), "Two", "two");
        Files.writeString(folder.resolve("notes.txt"), "not a pdf");
        Path loose = Pdfs.write(dir.resolve("loose.pdf"), "Loose", "loose");
        List<Path> found = LibraryImport.expand(List.of(folder.toFile(), loose.toFile(), new File(dir.toFile(), "x.txt")));
        assertEquals(List.of(one, two, loose), found);
        assertFalse(LibraryImport.isPdf(Path.of("a.pdf.txt")));
    }
}
