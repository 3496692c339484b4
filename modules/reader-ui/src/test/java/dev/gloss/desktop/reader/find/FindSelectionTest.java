package dev.gloss.desktop.reader.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.Edt;
import dev.gloss.desktop.reader.TestPdfs;
import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.select.PageTexts;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.workspace.Ids;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The current find hit as the selection: each hit found or stepped to is selected, a search
 * without hits takes its selection back, closing the search keeps it, and a selection made
 * elsewhere is not taken away by a search that finds nothing.
 */
class FindSelectionTest {
    private static final long PATIENCE_MS = 60_000;
    @TempDir
    Path dir;
    private OpenDocument doc;
    private FindModel find;
    private SelectionModel selection;
    private FindSelection findSelection;

    @BeforeEach
    void open() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("find.pdf"), 3, 2, "Gloss finds needles in haystacks");
        doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
        find = new FindModel(doc);
        selection = new SelectionModel();
        findSelection = new FindSelection(find, new PageTexts(doc), selection);
        SwingUtilities.invokeAndWait(findSelection::install);
    }

    @AfterEach
    void close() {
        find.clear();
        doc.close();
    }

    private static <T> T on(Callable<T> c) throws Exception {
        return Edt.call(c);
    }

    private void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + PATIENCE_MS;
        while (!Boolean.TRUE.equals(on(condition))) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theCurrentHitIsSelectedAndStaysSelectedWhenTheSearchCloses() throws Exception {
        on(() -> {
            find.search("of page 3 says", 1);
            return null;
        });
        waitFor("the first hit selected", () -> "of page 3 says".equals(selection.text()));
        assertEquals(3, (int) on(() -> selection.segments().get(0).page()));
        assertTrue(on(() -> findSelection.isCurrentHit(selection.segments().get(0))), "the find overlay paints it");
        waitFor("the search done", () -> !find.searching());
        on(() -> find.next());
        waitFor("the next hit selected", () -> selection.segments().get(0).range().start() == find.current().start());
        assertEquals("of page 3 says", on(() -> selection.text()));

        on(() -> {
            find.clear();
            return null;
        });
        assertEquals("of page 3 says", on(() -> selection.text()), "closing the find bar keeps the selection");
        assertTrue(!on(() -> findSelection.isCurrentHit(selection.segments().get(0))), "now painted as a selection");
    }

    @Test
    void aSearchWithoutHitsTakesBackOnlyTheSelectionItGave() throws Exception {
        on(() -> {
            find.search("needles", 1);
            return null;
        });
        waitFor("the hit selected", () -> "needles".equals(selection.text()));
        on(() -> {
            find.search("nowhere to be found", 1);
            return null;
        });
        assertEquals("", on(() -> selection.text()), "a new search drops what the last one selected");
        waitFor("the search done", () -> !find.searching());

        // a selection the user made stays when a search finds nothing
        on(() -> {
            var t = doc.text(1);
            var r = t.find("Line 1 of").get(0);
            selection.set(List.of(new SelectionModel.Segment(1, r, t.slice(r), t.quads(r.start(), r.end()))));
            find.search("still nowhere", 1);
            return null;
        });
        waitFor("the search done", () -> !find.searching());
        assertEquals("Line 1 of", on(() -> selection.text()));
    }
}
