package dev.gloss.desktop.reader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.TestPdfs;
import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.workspace.Ids;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderPlanTest {
    @TempDir
    Path dir;
    private OpenDocument doc;

    @BeforeEach
    void open() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("ten.pdf"), 10, 1, "x");
        doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
    }

    @AfterEach
    void close() {
        doc.close();
    }

    private RenderPlan plan(double percent, double deviceScale, int viewportWidth) {
        double scale = percent / 100 * Zoom.PIXELS_PER_POINT;
        return new RenderPlan(doc, new PageLayout(doc.widths(), doc.heights(), scale, viewportWidth), deviceScale);
    }

    @Test
    void atNormalZoomWholePagesOnScreenThenNeighbours() throws Exception {
        doc.noteRender(30); // pages render quickly: no low-resolution pass
        RenderPlan p = plan(100, 1, 900);
        assertFalse(p.tiled(1));
        // letter pages are 1056 pixels high at 100 %: a 700-pixel view at the top shows page 1 only
        List<RenderKey> want = p.wanted(new Rectangle(0, 0, 900, 700), 1, page -> false);
        assertEquals(List.of(1, 2, 3), want.stream().map(RenderKey::page).toList());
        assertTrue(want.stream().noneMatch(RenderKey::isTile));
        assertEquals(Zoom.PIXELS_PER_POINT, want.get(0).scale(), 0.001);
    }

    @Test
    void beforePagesAreKnownToRenderQuicklyAPageOnScreenGetsALowResolutionPassFirst() throws Exception {
        RenderPlan p = plan(100, 1, 900);
        assertTrue(doc.slowToRender(), "nothing rendered yet");
        List<RenderKey> want = p.wanted(new Rectangle(0, 0, 900, 700), 1, page -> false);
        assertEquals(List.of(1, 1, 2, 3), want.stream().map(RenderKey::page).toList());
        assertEquals(p.renderScale() * RenderPlan.QUICK_FRACTION, want.get(0).scale(), 0.001, "the quick pass first");
        assertEquals(p.renderScale(), want.get(1).scale(), 0.001, "then the sharp one");
        // a page that shows an image already (any scale) needs no quick pass; neighbours never get one
        assertEquals(List.of(1, 2, 3), p.wanted(new Rectangle(0, 0, 900, 700), 1, page -> true).stream()
                .map(RenderKey::page).toList());
        doc.noteRender(30);
        assertFalse(doc.slowToRender(), "pages take 30 ms");
        assertEquals(List.of(1, 2, 3), plan(100, 1, 900).wanted(new Rectangle(0, 0, 900, 700), 1, page -> false).stream()
                .map(RenderKey::page).toList());
    }

    @Test
    void aDocumentOpenedInAWindowThatDrewPagesQuicklyGetsNoLowResolutionPass() throws Exception {
        for (int i = 0; i < 20; i++) {
            OpenDocument.noteRenderInJvm(30); // earlier documents' pages took 30 ms
        }
        assertTrue(doc.slowToRender(), "its own pages: none rendered yet");
        doc.expectPaceOfEarlierDocuments();
        assertFalse(doc.slowToRender(), "a new document starts from the window's pace");
        assertEquals(List.of(1, 2, 3), plan(100, 1, 900).wanted(new Rectangle(0, 0, 900, 700), 1, page -> false).stream()
                .map(RenderKey::page).toList());
        for (int i = 0; i < 20; i++) {
            OpenDocument.noteRenderInJvm(600); // then pages full of figures
        }
        try (OpenDocument next = new OpenDocument(PdfDocument.open(doc.file()), null, doc.sha256())) {
            next.expectPaceOfEarlierDocuments();
            assertTrue(next.slowToRender(), "slow pages before: the quick pass comes back");
        }
    }

    @Test
    void thePagesAheadWaitWhileAPageOnScreenIsRenderedEarly() throws Exception {
        doc.noteRender(30);
        RenderPlan p = plan(100, 1, 900);
        RenderKey first = RenderKey.page(1, p.renderScale());
        doc.renderEarly(first); // drawn before the tab, not yet taken by it
        // the other core stays with page 1 (the tab waits for that render) instead of page 2
        assertEquals(List.of(first), p.wanted(new Rectangle(0, 0, 900, 700), 1, page -> false));
        doc.render(first); // the tab takes it
        assertEquals(List.of(1, 2, 3), p.wanted(new Rectangle(0, 0, 900, 700), 1, page -> true).stream()
                .map(RenderKey::page).toList());
    }

    @Test
    void heavyPagesBringTheLowResolutionPassBack() {
        doc.noteRender(30);
        assertFalse(doc.slowToRender());
        for (int i = 0; i < 4; i++) {
            doc.noteRender(600); // pages full of figures
        }
        assertTrue(doc.slowToRender());
    }

    @Test
    void renderScaleFollowsTheScreen() {
        RenderPlan hiDpi = plan(100, 2, 900);
        assertEquals(2 * Zoom.PIXELS_PER_POINT, hiDpi.renderScale(), 1e-9);
    }

    @Test
    void atHighZoomOnlyTheTilesOnScreenOverAPreview() {
        RenderPlan p = plan(400, 1, 900);
        assertTrue(p.tiled(1));
        // page 1 starts at (12, 12); a 900 x 700 view at the top-left covers 2 x 2 tiles
        List<RenderKey> want = p.wanted(new Rectangle(0, 0, 900, 700), 1, page -> false);
        RenderKey preview = want.get(0);
        assertFalse(preview.isTile());
        assertTrue(preview.scale() < p.renderScale() / 3, "the preview is small");
        List<RenderKey> tiles = want.stream().filter(RenderKey::isTile).toList();
        assertEquals(4, tiles.size());
        assertTrue(tiles.stream().allMatch(t -> t.page() == 1 && t.tileW() <= RenderPlan.TILE && t.tileX() < 1024));
        // with an image of page 1 already there, no preview is asked for it
        assertTrue(p.wanted(new Rectangle(0, 0, 900, 700), 1, page -> true).get(0).isTile());
        // neighbours come as previews, never as tiles
        assertTrue(want.stream().filter(k -> k.page() == 2).noneMatch(RenderKey::isTile));
    }

    @Test
    void edgeTilesAreCutToThePage() {
        RenderPlan p = plan(400, 1, 900);
        int w = doc.geometry(1, p.renderScale()).imageWidth();
        List<RenderKey> all = p.tiles(1, new Rectangle(0, 0, 100_000, 100_000));
        int right = all.stream().mapToInt(t -> t.tileX() + t.tileW()).max().orElse(0);
        assertEquals(w, right);
    }
}
