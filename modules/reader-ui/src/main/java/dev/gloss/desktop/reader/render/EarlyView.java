package dev.gloss.desktop.reader.render;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import javax.swing.JViewport;

/**
 * The reader's view of a document, drawn before its tab exists: the view a new tab will show
 * first (its remembered position, or page 1 from the top at the width of the view) in a viewport
 * of a given size, painted by the tab's own {@link PageView} so the two are the same pixels. The
 * pages' renders are kept with the document ({@link OpenDocument#renderEarly}) for the tab's
 * cache.
 * <p>
 * The view is never shown: it is made, laid out and painted on the calling background thread
 * and then dropped.
 */
public final class EarlyView {
    private EarlyView() {
    }

    /**
     * Renders the pages a new tab of {@code viewport}'s size would show first (from the top, or at
     * {@code start}, the position remembered for the file), and paints that view; null when a page
     * in view would be drawn in tiles (too large for one image) or fails to render.
     */
    public static BufferedImage draw(OpenDocument doc, Dimension viewport, boolean spread, ReadingPosition start)
            throws InterruptedException {
        return draw(doc, viewport, spread, start, () -> { });
    }

    /**
     * As {@link #draw(OpenDocument, Dimension, boolean, ReadingPosition)}, telling {@code reserved}
     * once the pages in view count as being rendered early, before they are: from then on a tab
     * may take the document, and it waits for those renders rather than making its own. (Told
     * before any page renders, or not at all.)
     */
    public static BufferedImage draw(OpenDocument doc, Dimension viewport, boolean spread, ReadingPosition start,
            Runnable reserved) throws InterruptedException {
        RenderCache cache = new RenderCache(RenderCache.defaultBudget());
        // nothing is ever scheduled: the snapshot paints what the cache holds
        try (RenderScheduler scheduler = new RenderScheduler(doc::render, cache, 1, key -> { }, Runnable::run)) {
            PageView view = new PageView(doc, scheduler);
            JViewport port = new JViewport();
            port.setSize(viewport);
            port.setView(view);
            view.setSpread(spread);
            // as the tab does once it has its size (ReaderTopComponent)
            view.setZoom(start == null ? Zoom.FIT_WIDTH : start.zoom(), null);
            view.setSize(view.getPreferredSize());
            if (start != null) {
                view.restore(start);
            }
            RenderPlan plan = view.plan();
            int[] range = view.pageLayout().visible(view.getVisibleRect());
            if (range[0] <= 0) {
                return null;
            }
            java.util.List<RenderKey> keys = new java.util.ArrayList<>();
            for (int p = range[0]; p <= range[1]; p++) {
                if (plan.tiled(p)) {
                    return null;
                }
                keys.add(RenderKey.page(p, plan.renderScale()));
            }
            doc.reserveEarly(keys);
            try {
                reserved.run();
                for (RenderKey key : keys) {
                    BufferedImage page;
                    try {
                        page = doc.renderEarly(key);
                    } catch (dev.gloss.pdf.PdfException | RuntimeException e) {
                        return null; // the tab says why when it renders the page itself
                    }
                    cache.put(key, page);
                }
            } finally {
                doc.releaseEarly(keys);
            }
            return view.snapshot();
        }
    }
}
