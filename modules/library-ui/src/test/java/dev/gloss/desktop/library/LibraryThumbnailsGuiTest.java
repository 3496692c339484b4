package dev.gloss.desktop.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.library.PaperImporter;
import dev.gloss.pdf.raster.PageRasters;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.swing.outline.Outline;

/**
 * The Library shows each paper's first page beside its title, drawn once and kept with the
 * reader's pages (the workspace's {@code .gloss/pages}), then read from there. A real window on
 * a real display (Xvfb in ./test).
 */
@GuiTest
class LibraryThumbnailsGuiTest {
    private static final long PATIENCE_MS = 60_000;
    @TempDir
    Path dir;

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + PATIENCE_MS;
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return out.get();
    }

    private static Outline outline(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof Outline o) {
                return o;
            }
            if (child instanceof java.awt.Container k) {
                Outline o = outline(k);
                if (o != null) {
                    return o;
                }
            }
        }
        return null;
    }

    @Test
    void eachPaperShowsItsFirstPageKeptOnDisk() throws Exception {
        Workspace ws = Workspace.openOrCreate(dir.resolve("workspace"));
        for (Paper p : ws.papers()) {
            ws.delete(Kind.PAPERS, p); // only this test's papers
        }
        Paper a = PaperImporter.importFile(ws, Pdfs.write(dir.resolve("a.pdf"), "Sparse Probing of Layers",
                "We probe every layer of the network."), null).paper();
        Paper b = PaperImporter.importFile(ws, Pdfs.write(dir.resolve("b.pdf"), "Tuning Changes Little",
                "Fine-tuning changes little in the weights."), null).paper();
        GlossWorkspace.future().complete(ws);
        FirstPage.painted(); // no start is opening a paper here

        JFrame[] frame = new JFrame[1];
        LibraryTopComponent tc = onEdt(() -> {
            LibraryTopComponent t = new LibraryTopComponent();
            frame[0] = new JFrame("Gloss library test");
            frame[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame[0].add(t);
            frame[0].setBounds(40, 40, 420, 500);
            frame[0].setAlwaysOnTop(true);
            frame[0].setVisible(true);
            t.componentOpened();
            return t;
        });
        try {
            Outline table = onEdt(() -> outline(tc));
            assertNotNull(table);
            assertEquals(Thumbnails.ROW_HEIGHT, (int) onEdt(table::getRowHeight));
            waitFor("both rows", () -> onEdt(table::getRowCount) == 2);
            waitFor("both thumbnails", () -> Thumbnails.shared().ready().containsAll(List.of(a.id(), b.id())));
            // kept with the reader's pages, as page 1 at the row's width, the file's own markup not drawn
            for (Paper p : List.of(a, b)) {
                Path kept = ws.derivedFolder().resolve("pages/" + PageRasters.VERSION + "/" + p.sha256()
                        + "/p1-n-" + Thumbnails.WIDTH + ".png");
                assertTrue(Files.isRegularFile(kept), kept.toString());
            }
            // on the screen: the start of each row is a small white page with ink on it
            for (int row = 0; row < 2; row++) {
                int r = row;
                Rectangle cell = onEdt(() -> {
                    Rectangle c = table.getCellRect(r, 0, true);
                    Point p = c.getLocation();
                    SwingUtilities.convertPointToScreen(p, table);
                    return new Rectangle(p.x, p.y, Math.min(80, c.width), c.height);
                });
                waitFor("row " + row + "'s thumbnail painted", () -> {
                    BufferedImage shot = new Robot().createScreenCapture(cell);
                    int white = 0;
                    int ink = 0;
                    for (int y = 0; y < shot.getHeight(); y++) {
                        for (int x = 0; x < shot.getWidth(); x++) {
                            int rgb = shot.getRGB(x, y) & 0xFFFFFF;
                            int sum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
                            white += rgb == 0xFFFFFF ? 1 : 0;
                            ink += sum < 450 ? 1 : 0;
                        }
                    }
                    // a 26-pixel page is ~880 pixels, mostly white; the grey frame and the title's letters are ink
                    return white > 400 && ink > 20;
                });
            }
            // a later Library reads them back instead of rendering: the files are there, the PDFs need not be
            for (Paper p : List.of(a, b)) {
                Files.delete(ws.paperFile(p));
                assertNotNull(Thumbnails.load(ws, p), "read from the kept page, not the PDF");
            }
        } finally {
            SwingUtilities.invokeAndWait(() -> frame[0].dispose());
        }
    }
}
