package dev.gloss.desktop.reader.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.MemoryPreferences;
import dev.gloss.desktop.reader.TestPdfs;
import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.desktop.reader.open.PaperFinder;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.Quads;
import dev.gloss.desktop.reader.render.RenderCache;
import dev.gloss.desktop.reader.render.RenderScheduler;
import dev.gloss.desktop.reader.select.PageTexts;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.library.PaperImporter;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.awt.UndoRedo;

/**
 * Highlighting in the reader against a real workspace: the mark is saved at once as a Gloss
 * annotation with its quote and quads, shows on its page, and undo/redo/recolour/delete all
 * reach the files.
 */
class AnnotationEditingTest {
    private static final String PHRASE = "Gloss finds needles in haystacks";
    @TempDir
    Path dir;
    private Workspace ws;
    private Paper paper;
    private OpenDocument doc;
    private RenderScheduler scheduler;
    private AnnotationModel model;
    private AnnotationLayer layer;
    private AnnotationEditor editor;
    private AnnotationStore store;
    private SelectionModel selection;
    private PageTexts texts;
    private final UndoRedo.Manager undo = new UndoRedo.Manager();

    @BeforeEach
    void open() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("haystack.pdf"), 3, 2, PHRASE);
        ws = Workspace.openOrCreate(dir.resolve("ws"));
        paper = PaperImporter.importFile(ws, pdf, null).paper();
        // the reader shows the stored copy, as when the paper is opened from the library
        Path stored = ws.paperFile(paper);
        doc = new OpenDocument(PdfDocument.open(stored), null, Ids.sha256(stored));
        scheduler = new RenderScheduler(doc::render, new RenderCache(16L << 20), 1, k -> { });
        texts = new PageTexts(doc);
        selection = new SelectionModel();
        store = new AnnotationStore(() -> ws);
        SwingUtilities.invokeAndWait(() -> {
            PageView view = new PageView(doc, scheduler);
            model = new AnnotationModel(doc);
            layer = new AnnotationLayer(view, model);
            editor = new AnnotationEditor(selection, texts, model, undo, store, new MemoryPreferences());
            assertEquals(paper, PaperFinder.paperOf(ws, stored, doc.sha256()));
            model.attach(ws, paper);
        });
    }

    @AfterEach
    void close() {
        model.detach();
        scheduler.close();
        doc.close();
    }

    private List<Annotation> saved() {
        store.flush();
        return ws.annotations(paper.id());
    }

    /** Lets the workspace's events reach the layer on the event thread. */
    private static void settle() throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
        SwingUtilities.invokeAndWait(() -> { });
    }

    private void selectPhrase() throws Exception {
        PageText t = doc.text(2);
        TextRange r = t.find("needles in haystacks").get(0);
        CountDown.loaded(texts, 2);
        SwingUtilities.invokeAndWait(() -> selection.set(List.of(
                new SelectionModel.Segment(2, r, t.slice(r), t.quads(r.start(), r.end())))));
    }

    @Test
    void highlightIsSavedShownAndUndoable() throws Exception {
        selectPhrase();
        AtomicReference<List<Annotation>> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> made.set(editor.mark(AnnotationType.HIGHLIGHT)));
        assertEquals(1, made.get().size());
        List<Annotation> files = saved();
        assertEquals(1, files.size());
        Annotation a = files.get(0);
        assertEquals("needles in haystacks", a.exact());
        assertEquals(2, a.page());
        assertEquals("yellow", a.color());
        assertEquals(AnnotationType.HIGHLIGHT, a.type());
        assertFalse(a.quads().isEmpty());
        assertTrue(a.quote().prefix().endsWith("Gloss finds "));
        assertTrue(selection.isEmpty(), "the selection is consumed");

        // a highlight shows a note badge at the end of its last line once it has a note
        dev.gloss.pdf.PageGeometry geo = new dev.gloss.pdf.PageGeometry(new dev.gloss.workspace.Rect(0, 0, 612, 792), 0, 1.5f);
        assertNull(AnnotationLayer.noteMarker(a, geo), "no note, no badge");
        Annotation noted = a.withNote("why this matters", List.of(), java.time.Instant.now());
        java.awt.geom.Rectangle2D badge = AnnotationLayer.noteMarker(noted, geo);
        java.awt.geom.Rectangle2D lastLine = Quads.shape(a.quads().get(a.quads().size() - 1), geo).getBounds2D();
        assertNotNull(badge);
        assertTrue(badge.intersects(lastLine) && badge.getMaxX() > lastLine.getMaxX(), badge + " at the end of " + lastLine);
        assertNotNull(AnnotationLayer.tooltip(noted), "the note is the tooltip");
        assertTrue(AnnotationLayer.tooltip(noted).contains("why this matters"));

        settle();
        SwingUtilities.invokeAndWait(() -> {
            assertEquals(1, model.on(2).size(), "shown on its page");
            // a click on the highlight finds it
            var q = a.quads().get(0);
            assertEquals(a.id(), layer.at(2, new Point2D.Double((q.minX() + q.maxX()) / 2, (q.minY() + q.maxY()) / 2)).id());
            assertTrue(undo.canUndo());
            undo.undo();
        });
        assertTrue(saved().isEmpty(), "undo deletes the file");
        settle();
        SwingUtilities.invokeAndWait(() -> {
            assertTrue(model.on(2).isEmpty());
            undo.redo();
        });
        assertEquals(a.id(), saved().get(0).id(), "redo brings the same annotation back");
    }

    @Test
    void keysChooseColourRecolourAndDelete() throws Exception {
        selectPhrase();
        SwingUtilities.invokeAndWait(() -> {
            editor.setColor("green");
            editor.mark(AnnotationType.UNDERLINE);
        });
        Annotation a = saved().get(0);
        assertEquals("green", a.color());
        assertEquals(AnnotationType.UNDERLINE, a.type());
        settle();
        SwingUtilities.invokeAndWait(() -> {
            model.select(model.on(2).get(0));
            editor.setColor("red"); // with an annotation selected, it takes the colour
        });
        assertEquals("red", saved().get(0).color());
        settle();
        SwingUtilities.invokeAndWait(() -> undo.undo());
        assertEquals("green", saved().get(0).color(), "undo restores the colour");
        settle();
        SwingUtilities.invokeAndWait(() -> editor.delete(model.on(2).get(0)));
        assertTrue(saved().isEmpty());
        settle();
        SwingUtilities.invokeAndWait(() -> {
            assertNull(model.selected());
            undo.undo();
        });
        assertEquals(1, saved().size(), "undo of a delete restores it");
    }

    @Test
    void aPdfOutsideTheWorkspaceCannotBeAnnotated() throws Exception {
        Path other = TestPdfs.write(dir.resolve("other.pdf"), 1, 1, "not in the library");
        assertNull(PaperFinder.paperOf(ws, other, Ids.sha256(other)));
        // a copy of a paper's file elsewhere is that paper
        Path copy = dir.resolve("copy.pdf");
        java.nio.file.Files.copy(ws.paperFile(paper), copy);
        assertNotNull(PaperFinder.paperOf(ws, copy, Ids.sha256(copy)));
        SwingUtilities.invokeAndWait(() -> {
            model.detach();
            AnnotationModel none = new AnnotationModel(doc);
            AnnotationEditor e = new AnnotationEditor(selection, texts, none, undo, store, new MemoryPreferences());
            assertFalse(e.canAnnotate());
        });
    }

    @Test
    void anAreaClipIsSavedAsAPngWithItsAnnotation() throws Exception {
        dev.gloss.workspace.Rect area = new dev.gloss.workspace.Rect(60, 600, 300, 740);
        SwingUtilities.invokeAndWait(() -> editor.clip(1, area));
        long end = System.currentTimeMillis() + 60_000;
        while (saved().stream().noneMatch(a -> a.type() == AnnotationType.CLIP) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        Annotation clip = saved().stream().filter(a -> a.type() == AnnotationType.CLIP).findFirst().orElseThrow();
        assertEquals(1, clip.page());
        assertEquals(area, clip.area());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dev.gloss.library.anchor.Clips.file(ws, clip).toFile());
        assertNotNull(png);
        // 240 x 140 points at 200 dpi
        assertEquals(667, png.getWidth(), 2);
        assertEquals(389, png.getHeight(), 2);
        settle();
        SwingUtilities.invokeAndWait(() -> {
            assertTrue(undo.canUndo(), "the clip can be undone");
            undo.undo();
        });
        assertTrue(saved().stream().noneMatch(a -> a.type() == AnnotationType.CLIP));
    }

    /** Waits for a page's text to be extracted into {@link PageTexts}. */
    private static final class CountDown {
        static void loaded(PageTexts texts, int page) throws InterruptedException {
            java.util.concurrent.CountDownLatch l = new java.util.concurrent.CountDownLatch(1);
            texts.load(page, l::countDown);
            if (!l.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("page text never came");
            }
        }
    }
}
