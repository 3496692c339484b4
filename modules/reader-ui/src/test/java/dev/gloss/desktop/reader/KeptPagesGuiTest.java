package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.desktop.reader.open.OpeningCard;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.RasterKeeper;
import dev.gloss.desktop.reader.render.ViewPlacement;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.raster.PageRasters;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Ids;
import java.awt.BorderLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.awt.UndoRedo;

/**
 * A file opened again shows what the reader showed of it last time before anything is rendered:
 * the view kept on disk while the file opens (the tab's opening card), then its kept pages
 * stretched over their places until the renders replace them. On a real display (Xvfb in ./test).
 */
@GuiTest
class KeptPagesGuiTest {
    private static final long PATIENCE_MS = 60_000;
    private static final Rectangle BOUNDS = new Rectangle(30, 30, 900, 700);
    @TempDir
    Path dir;
    private JFrame frame;
    private ReaderPanel panel;

    @AfterEach
    void close() throws Exception {
        SwingUtilities.invokeAndWait(this::dispose);
        RasterKeeper.awaitWrites(); // nothing written into the temporary folder while it is deleted
    }

    private void dispose() {
        if (panel != null) {
            panel.close();
            panel = null;
        }
        if (frame != null) {
            frame.dispose();
            frame = null;
        }
    }

    /** A frame at fixed bounds whose content is a body panel holding {@code content}, as a tab's body. */
    private void showInFrame(java.awt.Component content) {
        frame = new JFrame("Gloss kept pages test");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JPanel body = new JPanel(new BorderLayout());
        body.add(content, BorderLayout.CENTER);
        frame.setContentPane(body);
        frame.setBounds(BOUNDS);
        frame.setAlwaysOnTop(true);
        frame.setVisible(true);
        frame.toFront();
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        return Edt.call(c);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + PATIENCE_MS;
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The viewport of the reader's pages as the display shows it. */
    private BufferedImage captureView() throws Exception {
        Rectangle r = onEdt(() -> {
            Rectangle vis = panel.view().getVisibleRect();
            Point p = new Point(vis.x, vis.y);
            SwingUtilities.convertPointToScreen(p, panel.view());
            return new Rectangle(p.x, p.y, vis.width, vis.height);
        });
        return new Robot().createScreenCapture(r);
    }

    /** Asserts two images look the same (a few pixels may differ); keeps both in target/ when not. */
    private static void assertLooksSame(BufferedImage expected, BufferedImage actual, String what) throws java.io.IOException {
        double d = differing(expected, actual);
        if (d >= 0.002) {
            Path out = Path.of("target", "kept-pages-" + what.replaceAll("\\W+", "-"));
            Files.createDirectories(out);
            javax.imageio.ImageIO.write(expected, "png", out.resolve("expected.png").toFile());
            javax.imageio.ImageIO.write(actual, "png", out.resolve("actual.png").toFile());
        }
        assertTrue(d < 0.002, what + ": " + d + " of the pixels differ");
    }

    /** The share of pixels of two images of one size that differ by more than a little. */
    private static double differing(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255))
                        + Math.abs((p & 255) - (q & 255));
                if (d > 24) {
                    n++;
                }
            }
        }
        return (double) n / (a.getWidth() * a.getHeight());
    }

    private static int dark(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 200) {
                    n++;
                }
            }
        }
        return n;
    }

    private static OpenDocument open(Path pdf) throws PdfException, java.io.IOException {
        return new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
    }

    @Test
    void aFileOpenedAgainShowsItsKeptViewThenItsKeptPagesBeforeAnyRender() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("kept.pdf"), 4, 2, "A phrase on page two");
        String sha = Ids.sha256(pdf);
        PageRasters rasters = PageRasters.in(dir.resolve("derived"));
        // the loader asks the application's workspace whether the file is a paper: an empty one
        dev.gloss.desktop.core.GlossWorkspace.future().complete(dev.gloss.workspace.Workspace.open(dir.resolve("ws")));

        // the first reading: page 1 drawn sharp, then kept once the view settles
        OpenDocument first = open(pdf);
        SwingUtilities.invokeAndWait(() -> {
            panel = new ReaderPanel(first, new UndoRedo.Manager(), rasters);
            showInFrame(panel);
        });
        waitFor("page 1 sharp", () -> onEdt(() -> panel.view().showsSharpImage(1)));
        waitFor("page 1 on screen", () -> dark(captureView()) > 300);
        BufferedImage seen = captureView();
        Path folder = dir.resolve("derived/pages/" + PageRasters.VERSION + "/" + sha);
        waitFor("the view and page 1 kept", () -> Files.exists(folder.resolve("view.png"))
                && Files.list(folder).anyMatch(f -> f.getFileName().toString().startsWith("p1-m-")));
        waitFor("the splash kept", () -> Files.exists(rasters.splash(sha)));
        PageRasters.View view = rasters.view(sha);
        assertNotNull(view);
        assertLooksSame(seen, view.image(), "the kept view is what was on the screen");
        ViewPlacement placement = ViewPlacement.parse(view.note());
        assertNotNull(placement, view.note());
        SwingUtilities.invokeAndWait(this::dispose);

        // the second opening, as a tab does it: the kept view first, then the document with its kept pages
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<OpenDocument> loaded = new CompletableFuture<>();
        OpeningCard card = onEdt(() -> new OpeningCard("Opening kept.pdf…"));
        SwingUtilities.invokeAndWait(() -> {
            showInFrame(card);
            card.waiting();
            new DocumentLoader(pdf, new DocumentLoader.Callback() {
                @Override
                public void kept(PageRasters.View v) {
                    events.add("kept");
                    card.show(v.image(), v.note());
                }

                @Override
                public void loaded(OpenDocument doc) {
                    events.add("loaded");
                    loaded.complete(doc);
                }

                @Override
                public void failed(String sentence, PdfException.Reason reason) {
                    loaded.completeExceptionally(new AssertionError(sentence));
                }
            }, rasters).start();
        });
        OpenDocument second = loaded.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
        assertEquals(List.of("kept", "loaded"), events, "the kept view comes before the document");
        assertTrue(onEdt(card::showsKeptView));
        // the card shows the kept view where the reader's viewport was
        BufferedImage onCard = new Robot().createScreenCapture(onEdt(() -> {
            Point p = placement.in(card.getWidth(), card.getHeight());
            SwingUtilities.convertPointToScreen(p, card);
            return new Rectangle(p.x, p.y, seen.getWidth(), seen.getHeight());
        }));
        assertLooksSame(seen, onCard, "the opening card shows the kept view at the viewport's place");

        // the reader with nothing rendered (held): the kept pages are what it shows
        SwingUtilities.invokeAndWait(() -> {
            frame.dispose();
            panel = new ReaderPanel(second, new UndoRedo.Manager(), rasters);
            panel.view().hold();
            showInFrame(panel);
        });
        assertTrue(onEdt(() -> panel.view().showsImage(1) && !panel.view().showsSharpImage(1)),
                "page 1 shows its kept raster, not a render");
        waitFor("the kept page on screen", () -> dark(captureView()) > 300);
        assertLooksSame(seen, captureView(), "the kept page looks as the page did");

        // and then the render replaces it
        SwingUtilities.invokeAndWait(() -> panel.view().release());
        waitFor("page 1 rendered", () -> onEdt(() -> panel.view().showsSharpImage(1)));
        Thread.sleep(300); // painted
        assertLooksSame(seen, captureView(), "the rendered page");
    }

    @Test
    void whereTheViewSitsOnTheScreenFollowsTheWindowForTheNextFileDrawnEarly() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("placed.pdf"), 2, 1, "A phrase");
        OpenDocument doc = open(pdf);
        SwingUtilities.invokeAndWait(() -> {
            panel = new ReaderPanel(doc, new UndoRedo.Manager(), PageRasters.in(dir.resolve("derived")));
            showInFrame(panel);
        });
        Callable<Rectangle> portOnScreen = () -> onEdt(() -> {
            java.awt.Container port = panel.view().getParent();
            return new Rectangle(port.getLocationOnScreen(), port.getSize());
        });
        // a file handed to this window is drawn early at the size its tab will have (not a paper: no markup hidden)
        waitFor("the view's place", () -> portOnScreen.call().equals(RasterKeeper.viewOnScreen(false)));
        Rectangle before = portOnScreen.call();
        SwingUtilities.invokeAndWait(() -> frame.setBounds(BOUNDS.x + 40, BOUNDS.y + 20, BOUNDS.width - 120, BOUNDS.height - 60));
        waitFor("the view's new place", () -> {
            Rectangle now = portOnScreen.call();
            return !now.equals(before) && now.equals(RasterKeeper.viewOnScreen(false));
        });
    }

    @Test
    void anEncryptedFileKeepsNothing() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("secret.pdf"), 1, 1, "Secret");
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "",
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(pdf.toFile());
        }
        String sha = Ids.sha256(pdf);
        PageRasters rasters = PageRasters.in(dir.resolve("derived"));
        OpenDocument doc = open(pdf);
        assertTrue(doc.pdf().encrypted());
        SwingUtilities.invokeAndWait(() -> {
            panel = new ReaderPanel(doc, new UndoRedo.Manager(), rasters);
            showInFrame(panel);
        });
        waitFor("page 1 sharp", () -> onEdt(() -> panel.view().showsSharpImage(1)));
        Thread.sleep(3 * 1200); // longer than the keeper waits for the view to settle
        assertNull(rasters.view(sha));
        assertTrue(!Files.exists(dir.resolve("derived/pages/" + PageRasters.VERSION + "/" + sha)));
    }

    @Test
    void darkPagesKeepTheirViewButNoPageAndPrintedPagesAreNotSeededOnThem() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("dark.pdf"), 2, 1, "A phrase on page one");
        String sha = Ids.sha256(pdf);
        PageRasters rasters = PageRasters.in(dir.resolve("derived"));
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("gloss-test-kept-dark-" + System.nanoTime());
        try {
            dev.gloss.desktop.reader.render.PageLook.setColors(prefs, dev.gloss.pdf.PageColors.DARK);
            OpenDocument doc = open(pdf);
            SwingUtilities.invokeAndWait(() -> {
                panel = new ReaderPanel(doc, new UndoRedo.Manager(), prefs, rasters);
                showInFrame(panel);
            });
            waitFor("page 1 sharp", () -> onEdt(() -> panel.view().showsSharpImage(1)));
            Path folder = dir.resolve("derived/pages/" + PageRasters.VERSION + "/" + sha);
            waitFor("the view kept", () -> Files.exists(folder.resolve("view.png")));
            RasterKeeper.awaitWrites();
            try (var files = Files.list(folder)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("p")),
                        "no dark page kept as a page");
            }
            SwingUtilities.invokeAndWait(this::dispose);

            // a printed page kept earlier is not stretched over a page that opens dark
            BufferedImage white = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
            rasters.putPage(sha, 1, true, white);
            OpenDocument again = open(pdf);
            again.setKeptPages(java.util.Map.of(1, white));
            SwingUtilities.invokeAndWait(() -> {
                panel = new ReaderPanel(again, new UndoRedo.Manager(), prefs, rasters);
                panel.view().hold();
                showInFrame(panel);
            });
            assertTrue(!onEdt(() -> panel.view().showsImage(1)), "nothing shown on a dark page before its render");
            SwingUtilities.invokeAndWait(() -> panel.view().release());
        } finally {
            SwingUtilities.invokeAndWait(this::dispose); // the panel lets go of its preferences first
            prefs.removeNode();
        }
    }
}
