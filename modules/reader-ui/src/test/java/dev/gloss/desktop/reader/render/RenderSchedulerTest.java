package dev.gloss.desktop.reader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

class RenderSchedulerTest {
    private static final long WAIT = 60;

    private static BufferedImage image() {
        return new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    }

    private static List<RenderKey> pages(int from, int to) {
        List<RenderKey> keys = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            keys.add(RenderKey.page(p, 1.0));
        }
        return keys;
    }

    @Test
    void rendersOffTheEventThreadAndReportsOnIt() throws Exception {
        List<Boolean> renderedOnEdt = Collections.synchronizedList(new ArrayList<>());
        BlockingQueue<Boolean> reportedOnEdt = new LinkedBlockingQueue<>();
        RenderCache cache = new RenderCache(1 << 20);
        try (RenderScheduler s = new RenderScheduler(key -> {
            renderedOnEdt.add(SwingUtilities.isEventDispatchThread());
            return image();
        }, cache, 2, key -> reportedOnEdt.add(SwingUtilities.isEventDispatchThread()))) {
            SwingUtilities.invokeAndWait(() -> s.want(RenderScheduler.Group.PAGES, pages(1, 6)));
            for (int i = 0; i < 6; i++) {
                assertEquals(Boolean.TRUE, reportedOnEdt.poll(WAIT, TimeUnit.SECONDS), "reported on the EDT");
            }
            assertEquals(6, renderedOnEdt.size());
            assertFalse(renderedOnEdt.contains(Boolean.TRUE), "no render ran on the event thread");
            for (RenderKey k : pages(1, 6)) {
                assertNotNull(s.cached(k));
            }
        }
    }

    @Test
    void aRenderRunningWhenThePagesChangeLookIsNotKept() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<RenderKey> done = new LinkedBlockingQueue<>();
        try (RenderScheduler s = new RenderScheduler(key -> {
            if (key.page() == 1) {
                started.countDown();
                release.await();
            }
            return image();
        }, new RenderCache(1 << 20), 1, done::add, Runnable::run)) {
            s.want(RenderScheduler.Group.PAGES, pages(1, 1));
            assertTrue(started.await(WAIT, TimeUnit.SECONDS));
            s.cache().put(RenderKey.page(2, 1.0), image());
            s.invalidate(); // dark pages from now on, say
            assertNull(s.cached(RenderKey.page(2, 1.0)), "what was drawn the old way is forgotten");
            release.countDown();
            assertEquals(1, done.poll(WAIT, TimeUnit.SECONDS).page(), "the view is told, so it asks again");
            assertNull(s.cached(RenderKey.page(1, 1.0)), "the image drawn the old way is not kept");
            s.want(RenderScheduler.Group.PAGES, pages(1, 1));
            assertEquals(1, done.poll(WAIT, TimeUnit.SECONDS).page());
            assertNotNull(s.cached(RenderKey.page(1, 1.0)), "asked again, it is drawn anew and kept");
        }
    }

    @Test
    void dropsQueuedRequestsNoLongerWanted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> rendered = Collections.synchronizedList(new ArrayList<>());
        BlockingQueue<RenderKey> done = new LinkedBlockingQueue<>();
        try (RenderScheduler s = new RenderScheduler(key -> {
            if (key.page() == 1) {
                started.countDown();
                release.await();
            }
            rendered.add(key.page());
            return image();
        }, new RenderCache(1 << 20), 1, done::add, Runnable::run)) {
            s.want(RenderScheduler.Group.PAGES, pages(1, 5));
            assertTrue(started.await(WAIT, TimeUnit.SECONDS));
            // the user scrolled far away: pages 2-5 are no longer wanted, 40 is
            s.want(RenderScheduler.Group.PAGES, pages(40, 40));
            release.countDown();
            assertEquals(1, done.poll(WAIT, TimeUnit.SECONDS).page(), "the running render finishes");
            assertEquals(40, done.poll(WAIT, TimeUnit.SECONDS).page());
            assertEquals(List.of(1, 40), rendered);
            assertEquals(0, s.pendingCount());
        }
    }

    @Test
    void pagesGoBeforeThumbnailsAndInTheOrderWanted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        BlockingQueue<RenderKey> done = new LinkedBlockingQueue<>();
        try (RenderScheduler s = new RenderScheduler(key -> {
            if (key.page() == 99) {
                started.countDown();
                release.await();
                return image();
            }
            order.add(key.page() + "@" + key.scale());
            return image();
        }, new RenderCache(1 << 20), 1, done::add, Runnable::run)) {
            s.want(RenderScheduler.Group.PAGES, pages(99, 99)); // occupies the only thread
            assertTrue(started.await(WAIT, TimeUnit.SECONDS));
            s.want(RenderScheduler.Group.THUMBNAILS, List.of(RenderKey.page(1, 0.2), RenderKey.page(2, 0.2)));
            s.want(RenderScheduler.Group.PAGES, List.of(RenderKey.page(7, 1.0), RenderKey.page(6, 1.0), RenderKey.page(99, 1.0)));
            release.countDown();
            for (int i = 0; i < 5; i++) {
                assertNotNull(done.poll(WAIT, TimeUnit.SECONDS));
            }
            assertEquals(List.of("7@1.0", "6@1.0", "1@0.2", "2@0.2"), order);
        }
    }

    @Test
    void aFailedPageIsRememberedAndNotRetried() throws Exception {
        List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());
        BlockingQueue<RenderKey> done = new LinkedBlockingQueue<>();
        try (RenderScheduler s = new RenderScheduler(key -> {
            attempts.add(key.page());
            throw new IllegalStateException("broken content stream");
        }, new RenderCache(1 << 20), 1, done::add, Runnable::run)) {
            s.want(RenderScheduler.Group.PAGES, pages(3, 3));
            assertEquals(3, done.poll(WAIT, TimeUnit.SECONDS).page());
            assertTrue(s.failed(RenderKey.page(3, 1.0)));
            assertNull(s.cached(RenderKey.page(3, 1.0)));
            s.want(RenderScheduler.Group.PAGES, pages(3, 3));
            assertEquals(0, s.pendingCount());
            assertEquals(List.of(3), attempts);
        }
    }

    @Test
    void cacheStaysWithinItsBudget() {
        RenderCache cache = new RenderCache(10 * 400); // ten 10x10 images
        for (int p = 1; p <= 50; p++) {
            cache.put(RenderKey.page(p, 1.0), image());
            assertTrue(cache.bytes() <= cache.maxBytes());
        }
        assertEquals(10, cache.size());
        assertNotNull(cache.get(RenderKey.page(50, 1.0)));
        assertNull(cache.get(RenderKey.page(1, 1.0)), "least recently used went first");
    }

    @Test
    void cacheOffersTheSharpestImageOfAPageAtAnyScale() {
        RenderCache cache = new RenderCache(1 << 20);
        cache.put(RenderKey.page(2, 0.5), new BufferedImage(5, 7, BufferedImage.TYPE_INT_RGB));
        cache.put(RenderKey.page(2, 2.0), new BufferedImage(20, 28, BufferedImage.TYPE_INT_RGB));
        cache.put(RenderKey.tile(2, 4.0, new java.awt.Rectangle(0, 0, 30, 30)), new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB));
        assertEquals(20, cache.best(2).getWidth(), "tiles are not whole pages");
        assertNull(cache.best(3));
    }
}
