package dev.gloss.desktop.reader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.TestPdfs;
import dev.gloss.pdf.PageColors;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.workspace.Ids;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view drawn before a tab exists ({@link EarlyView}) is the view the tab then shows, pixel
 * for pixel, and the tab shows it from the pages rendered early (seeded into its cache), without
 * rendering them again; pages drawn in another look are not used.
 */
class EarlyViewTest {
    private static final Dimension VIEWPORT = new Dimension(700, 500);

    @TempDir
    Path dir;

    @Test
    void theTabShowsTheEarlyViewFromTheEarlyRenders() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("ten.pdf"), 10, 30, "the end");
        try (Tab tab = new Tab(pdf, null, PageColors.PRINTED)) {
            assertEquals(Set.of(1), tab.inView);
            assertTrue(tab.renderedInView().isEmpty(), "the page in view came from the early render: " + tab.rendered);
            assertImagesEqual(tab.early, tab.painted);
        }
    }

    @Test
    void aRememberedPositionIsDrawnAsTheTabRestoresIt() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("ten.pdf"), 10, 30, "the end");
        ReadingPosition at = new ReadingPosition(4, 120, Zoom.percent(125));
        try (Tab tab = new Tab(pdf, at, PageColors.PRINTED)) {
            assertTrue(tab.inView.contains(4), tab.inView.toString());
            assertTrue(tab.renderedInView().isEmpty(), "the pages in view came from the early renders: " + tab.rendered);
            assertImagesEqual(tab.early, tab.painted);
        }
    }

    @Test
    void pagesDrawnInAnotherLookAreRenderedAgain() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("ten.pdf"), 10, 30, "the end");
        try (Tab tab = new Tab(pdf, null, PageColors.values()[PageColors.values().length - 1])) {
            assertTrue(tab.rendered.contains(1), "page 1 rendered by the tab in its own look: " + tab.rendered);
        }
    }

    /** A tab asking for a page rendered early (or still being rendered early) gets that render. */
    @Test
    void aRenderAskedForAgainIsTheEarlyOneNotASecond() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("ten.pdf"), 10, 30, "the end");
        OpenDocument doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
        try {
            RenderKey key = RenderKey.page(2, 1.25);
            BufferedImage early = doc.renderEarly(key);
            assertSame(early, doc.render(key));
            assertNotSame(early, doc.render(key), "taken once: later renders are the tab's own");
            BufferedImage again = doc.renderEarly(key);
            doc.setLook(PageColors.values()[1], doc.linkBordersDrawn());
            assertNotSame(again, doc.render(key), "drawn in another look: rendered again");
        } finally {
            doc.close();
        }
    }

    /**
     * The document may go to its tab as soon as the pages in view count as rendered early, before
     * they are (a tab taking it sooner built its view beside the early one, the two waiting for
     * AWT's tree lock in turn): the tab's render of such a page waits for the early render and
     * takes it, rather than rendering the page a second time beside it.
     */
    @Test
    void theTabMayTakeTheDocumentOnceThePagesInViewAreReserved() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("ten.pdf"), 10, 30, "the end");
        OpenDocument doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
        ExecutorService tab = Executors.newSingleThreadExecutor();
        try {
            AtomicReference<RenderKey> first = new AtomicReference<>();
            try (RenderScheduler none = new RenderScheduler(doc::render, new RenderCache(1 << 20), 1, k -> { })) {
                SwingUtilities.invokeAndWait(() -> { // the key the tab asks for first: page 1 at its view's scale
                    PageView view = new PageView(doc, none);
                    JViewport port = new JViewport();
                    port.setView(view);
                    port.setSize(VIEWPORT);
                    view.setZoom(Zoom.FIT_WIDTH, null);
                    first.set(RenderKey.page(1, view.plan().renderScale()));
                });
            }
            AtomicBoolean reservedFirst = new AtomicBoolean();
            AtomicReference<Future<BufferedImage>> tabsRender = new AtomicReference<>();
            BufferedImage early = EarlyView.draw(doc, VIEWPORT, false, null, () -> {
                reservedFirst.set(doc.renderingEarly(first.get()));
                tabsRender.set(tab.submit(() -> doc.render(first.get())));
            });
            assertNotNull(early);
            assertTrue(reservedFirst.get(), "page 1 counted as rendered early when the tab could take the document");
            assertNotNull(tabsRender.get().get(30, TimeUnit.SECONDS), "the tab's page 1");
            assertTrue(doc.takeEarlyRenders(doc.pageColors()).isEmpty(),
                    "the tab took the early render of page 1; none was left over beside its own");
        } finally {
            tab.shutdownNow();
            doc.close();
        }
    }

    private static void assertImagesEqual(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    differ++;
                }
            }
        }
        assertEquals(0, differ, "pixels that differ between the early view and the tab's");
    }

    /** The early view of a file, then a tab's view of the same document, as ReaderPanel sets it up. */
    private static final class Tab implements AutoCloseable {
        final OpenDocument doc;
        final BufferedImage early;
        final Set<Integer> rendered = new TreeSet<>();
        final Set<Integer> inView = new TreeSet<>();
        final RenderScheduler scheduler;
        BufferedImage painted;
        PageView view;

        Tab(Path pdf, ReadingPosition start, PageColors tabColors) throws Exception {
            doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
            early = EarlyView.draw(doc, VIEWPORT, false, start);
            assertNotNull(early, "the early view");
            assertEquals(VIEWPORT, new Dimension(early.getWidth(), early.getHeight()));
            RenderCache cache = new RenderCache(64L << 20);
            RasterKeeper.seed(doc, cache, tabColors);
            doc.setLook(tabColors, doc.linkBordersDrawn());
            scheduler = new RenderScheduler(key -> {
                synchronized (rendered) {
                    rendered.add(key.page());
                }
                return doc.render(key);
            }, cache, 1, key -> view.rendered(key));
            SwingUtilities.invokeAndWait(() -> {
                view = new PageView(doc, scheduler);
                JViewport port = new JViewport();
                port.setView(view);
                port.setSize(VIEWPORT);
                view.setZoom(start == null ? Zoom.FIT_WIDTH : start.zoom(), null);
                view.setSize(view.getPreferredSize());
                if (start != null) {
                    view.restore(start);
                }
                int[] range = view.pageLayout().visible(view.getVisibleRect());
                for (int p = range[0]; p <= range[1]; p++) {
                    inView.add(p);
                }
            });
            painted = paint();
            for (int i = 0; i < 200 && scheduler.pendingCount() > 0; i++) {
                Thread.sleep(50);
                painted = paint();
            }
            painted = paint();
        }

        Set<Integer> renderedInView() {
            synchronized (rendered) {
                Set<Integer> both = new TreeSet<>(rendered);
                both.retainAll(inView);
                return both;
            }
        }

        private BufferedImage paint() throws Exception {
            AtomicReference<BufferedImage> out = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                BufferedImage img = new BufferedImage(VIEWPORT.width, VIEWPORT.height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                Point p = ((JViewport) view.getParent()).getViewPosition();
                g.translate(-p.x, -p.y);
                g.setClip(p.x, p.y, VIEWPORT.width, VIEWPORT.height);
                view.paint(g);
                g.dispose();
                out.set(img);
            });
            return out.get();
        }

        @Override
        public void close() {
            scheduler.close();
            doc.close();
        }
    }
}
