package dev.gloss.desktop.reader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.TestPdfs;
import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.workspace.Ids;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page column driven headless: pages render on the scheduler's threads only (never on the
 * event thread, which only paints), only pages near the viewport are rendered, and the painted
 * column shows the rendered text.
 */
class PageViewTest {
    @TempDir
    Path dir;
    private OpenDocument doc;
    private RenderScheduler scheduler;
    private final Set<Integer> rendered = new TreeSet<>();
    private final Set<String> renderThreads = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean renderedOnEdt = new AtomicBoolean();
    private PageView view;
    private JViewport viewport;

    @BeforeEach
    void open() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("thirty.pdf"), 30, 30, "the end");
        doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
        scheduler = new RenderScheduler(key -> {
            renderedOnEdt.compareAndSet(false, SwingUtilities.isEventDispatchThread());
            renderThreads.add(Thread.currentThread().getName());
            synchronized (rendered) {
                rendered.add(key.page());
            }
            return doc.render(key);
        }, new RenderCache(64L << 20), 2, key -> view.rendered(key));
        SwingUtilities.invokeAndWait(() -> {
            view = new PageView(doc, scheduler);
            viewport = new JViewport();
            viewport.setView(view);
            viewport.setSize(new Dimension(700, 500));
            view.setZoom(Zoom.FIT_WIDTH, null);
        });
    }

    @AfterEach
    void close() {
        scheduler.close();
        doc.close();
    }

    /** Paints the viewport's part of the column (on the EDT) into an image. */
    private BufferedImage paint() throws Exception {
        AtomicReference<BufferedImage> out = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage img = new BufferedImage(700, 500, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            Point p = viewport.getViewPosition();
            g.translate(-p.x, -p.y);
            g.setClip(p.x, p.y, 700, 500);
            view.paint(g);
            g.dispose();
            out.set(img);
        });
        return out.get();
    }

    /** Paints until the scheduler has nothing left to do (each paint asks for what is missing). */
    private BufferedImage paintUntilSettled() throws Exception {
        BufferedImage img = paint();
        for (int i = 0; i < 600 && scheduler.pendingCount() > 0; i++) {
            Thread.sleep(50);
            img = paint();
        }
        return paint();
    }

    private static int darkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
                if (lum < 200) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void rendersOnlyOffTheEventThreadAndShowsTheText() throws Exception {
        BufferedImage img = paintUntilSettled();
        assertFalse(renderedOnEdt.get(), "a page was rendered on the event thread");
        assertFalse(renderThreads.isEmpty());
        assertTrue(renderThreads.stream().allMatch(n -> n.startsWith("Gloss page renderer")), renderThreads.toString());
        assertTrue(darkPixels(img) > 500, "the painted column shows rendered text");
    }

    @Test
    void rendersOnlyThePagesNearTheViewport() throws Exception {
        paintUntilSettled();
        Set<Integer> first;
        synchronized (rendered) {
            first = new TreeSet<>(rendered);
        }
        assertTrue(first.contains(1));
        assertTrue(first.stream().allMatch(p -> p <= 4), "only page 1 and its neighbours: " + first);

        SwingUtilities.invokeAndWait(() -> view.goToPage(20));
        paintUntilSettled();
        Set<Integer> later;
        synchronized (rendered) {
            later = new TreeSet<>(rendered);
        }
        later.removeAll(first);
        assertTrue(later.contains(20), later.toString());
        assertTrue(later.stream().allMatch(p -> p >= 19 && p <= 23), "pages 19-23 at most: " + later);
        AtomicReference<Integer> current = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> current.set(view.currentPage()));
        assertEquals(20, current.get());
        assertTrue(Collections.max(rendered) < 30);
    }

    private static int redPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == 0xff0000) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * A mark (here a red box an overlay paints on page 1) is never drawn over a page that shows
     * no image yet, only with the page; and the first image a fresh document shows of a page is a
     * quick low-resolution pass, followed by the sharp one.
     */
    @Test
    void marksAppearWithTheirPageAndTheFirstImageIsAQuickPass() throws Exception {
        scheduler.close();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<RenderKey> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        scheduler = new RenderScheduler(key -> {
            go.await();
            order.add(key);
            return doc.render(key);
        }, new RenderCache(64L << 20), 1, key -> view.rendered(key));
        SwingUtilities.invokeAndWait(() -> {
            view = new PageView(doc, scheduler);
            view.addOverlay((g, page, geometry) -> {
                if (page == 1) {
                    g.setColor(java.awt.Color.RED);
                    g.fillRect(20, 20, 200, 40);
                }
            });
            viewport = new JViewport();
            viewport.setView(view);
            viewport.setSize(new Dimension(700, 500));
            view.setZoom(Zoom.FIT_WIDTH, null);
        });
        assertEquals(0, redPixels(paint()), "no mark over the placeholder");
        go.countDown();
        BufferedImage img = paintUntilSettled();
        assertTrue(redPixels(img) > 1000, "the mark is drawn with the page");
        RenderKey first = order.get(0);
        RenderKey sharp = order.stream().filter(k -> k.page() == 1 && k.scale() > first.scale()).findFirst().orElseThrow();
        assertEquals(1, first.page());
        assertEquals(sharp.scale() * RenderPlan.QUICK_FRACTION, first.scale(), 0.002, "quick pass first, then " + sharp);
    }

    /** A view moving to a remembered page renders nothing before it is there: not page 1 for nothing. */
    @Test
    void aHeldViewRendersOnlyOnceReleasedWhereItIsThen() throws Exception {
        SwingUtilities.invokeAndWait(() -> view.hold());
        paint();
        Thread.sleep(200);
        assertEquals(0, scheduler.pendingCount());
        synchronized (rendered) {
            assertTrue(rendered.isEmpty(), "rendered while held: " + rendered);
        }
        SwingUtilities.invokeAndWait(() -> {
            view.goToPage(20);
            view.release();
        });
        paintUntilSettled();
        synchronized (rendered) {
            assertTrue(rendered.contains(20), rendered.toString());
            assertFalse(rendered.contains(1), "page 1 was never on screen once released: " + rendered);
        }
    }

    @Test
    void zoomKeepsTheTopOfTheViewAndRemembersPositions() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            view.goToPage(7);
            ReadingPosition before = view.position();
            view.setZoom(Zoom.percent(200), null);
            ReadingPosition after = view.position();
            assertEquals(before.page(), after.page());
            assertEquals(before.offset(), after.offset(), 1.0, "same point at the top, within a pixel");
            assertEquals(200, view.percent(), 1e-6);
            view.restore(new ReadingPosition(12, 100, Zoom.FIT_PAGE));
            ReadingPosition back = view.position();
            assertEquals(12, back.page());
            assertEquals(100, back.offset(), 2.0);
            assertEquals(Zoom.FIT_PAGE, back.zoom());
        });
    }
}
