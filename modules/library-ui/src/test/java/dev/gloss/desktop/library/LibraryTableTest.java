package dev.gloss.desktop.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.anchor.Annotator;
import dev.gloss.library.PaperImporter;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Library's rows: every paper of a real workspace, newest first, counted and filtered as the user types. */
class LibraryTableTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Paper older;
    private Paper newer;

    @BeforeEach
    void twoPapers() throws Exception {
        ws = Workspace.openOrCreate(dir.resolve("workspace"));
        for (Paper p : ws.papers()) {
            ws.delete(Kind.PAPERS, p); // only the papers of this test
        }
        older = PaperImporter.importFile(ws, Pdfs.write(dir.resolve("older.pdf"), "Sparse Probing of Layers",
                "We probe every layer of the network."), null).paper();
        Thread.sleep(20); // a later "added" time
        newer = PaperImporter.importFile(ws, Pdfs.write(dir.resolve("newer.pdf"), "Tuning Changes Little",
                "Fine-tuning changes little in the weights."), null).paper();
        older = older.withMetadata("Sparse Probing of Layers", List.of("Ada Lovelace", "Alan Turing"), 2021, null, "2101.00001", null,
                List.of("probing"));
        ws.save(Kind.PAPERS, older);
        Annotator.annotateQuote(ws, newer.id(), 1, "changes little", "yellow", null, List.of(), null);
        Annotator.annotateQuote(ws, newer.id(), 1, "in the weights", "green", "why", List.of(), null);
    }

    private List<LibraryRow> rows(PaperChildFactory factory) {
        List<LibraryRow> out = new ArrayList<>();
        factory.createKeys(out);
        return out;
    }

    @Test
    void everyPaperNewestFirstWithItsAnnotationCount() {
        AtomicInteger counted = new AtomicInteger();
        PaperChildFactory factory = new PaperChildFactory(counted::incrementAndGet, () -> ws);
        List<LibraryRow> rows = rows(factory);
        assertEquals(List.of(newer.id(), older.id()), rows.stream().map(r -> r.paper().id()).toList());
        assertEquals(2, rows.get(0).annotations());
        assertEquals(0, rows.get(1).annotations());
        assertEquals(2, factory.total());
        assertEquals(2, factory.shown());
        assertEquals(1, counted.get(), "the window is told the counts");
    }

    @Test
    void theFilterMatchesEveryWordInTitleAuthorsYearArxivIdAndTags() {
        PaperChildFactory factory = new PaperChildFactory(() -> { }, () -> ws);
        for (String filter : List.of("turing", "2021", "2101.00001", "probing", "SPARSE lovelace", "  sparse   layers ")) {
            factory.setFilter(filter);
            List<LibraryRow> rows = rows(factory);
            assertEquals(List.of(older.id()), rows.stream().map(r -> r.paper().id()).toList(), filter);
        }
        factory.setFilter("tuning 2021");
        assertTrue(rows(factory).isEmpty(), "every word must match");
        assertEquals(0, factory.shown());
        assertEquals(2, factory.total(), "the total stays the library's");
        factory.setFilter("");
        assertEquals(2, rows(factory).size());
    }
}
