package dev.gloss.desktop.reader.render;

import dev.gloss.pdf.PageGeometry;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * What the page column needs rendered for a layout on a screen: whole pages at the device
 * scale, or, when a page image would be too large (high zoom), only the 512-pixel tiles on
 * screen over a small preview of the whole page; then the neighbours to come.
 */
final class RenderPlan {
    /** A page image above this many device pixels is rendered as tiles. */
    static final long TILE_ABOVE = 4_000_000L;
    static final int TILE = 512;
    /** The size of the preview stretched under tiles while they render. */
    static final long PREVIEW_PIXELS = 700_000L;
    /** The low-resolution pass of a page whose pages are slow to render: this fraction of its scale. */
    static final double QUICK_FRACTION = 1 / 3.0;

    private final OpenDocument doc;
    private final PageLayout layout;
    private final double deviceScale;

    RenderPlan(OpenDocument doc, PageLayout layout, double deviceScale) {
        this.doc = doc;
        this.layout = layout;
        this.deviceScale = deviceScale;
    }

    /** Render pixels per point. */
    double renderScale() {
        return layout.scale() * deviceScale;
    }

    /** True when the page renders as tiles at this zoom. */
    boolean tiled(int page) {
        double s = renderScale();
        return doc.width(page) * s * doc.height(page) * s > TILE_ABOVE;
    }

    /** The tiles of a page that intersect {@code area} (column pixels). */
    List<RenderKey> tiles(int page, Rectangle area) {
        double s = renderScale();
        Rectangle b = layout.bounds(page);
        Rectangle on = b.intersection(area);
        List<RenderKey> out = new ArrayList<>();
        if (on.isEmpty()) {
            return out;
        }
        PageGeometry geo = doc.geometry(page, s);
        int w = geo.imageWidth();
        int h = geo.imageHeight();
        int x0 = (int) Math.floor((on.x - b.x) * deviceScale / TILE);
        int x1 = (int) Math.floor((on.x + on.width - 1 - b.x) * deviceScale / TILE);
        int y0 = (int) Math.floor((on.y - b.y) * deviceScale / TILE);
        int y1 = (int) Math.floor((on.y + on.height - 1 - b.y) * deviceScale / TILE);
        for (int ty = Math.max(0, y0); ty <= y1 && ty * TILE < h; ty++) {
            for (int tx = Math.max(0, x0); tx <= x1 && tx * TILE < w; tx++) {
                Rectangle t = new Rectangle(tx * TILE, ty * TILE, Math.min(TILE, w - tx * TILE), Math.min(TILE, h - ty * TILE));
                out.add(RenderKey.tile(page, s, t));
            }
        }
        return out;
    }

    /** A whole-page render small enough to stretch under tiles while they render. */
    RenderKey preview(int page) {
        double area = doc.width(page) * doc.height(page);
        return RenderKey.page(page, Math.sqrt(PREVIEW_PIXELS / area));
    }

    /** A quick low-resolution pass of a whole page, stretched over it until its sharp image is there. */
    RenderKey quick(int page) {
        return RenderKey.page(page, renderScale() * QUICK_FRACTION);
    }

    /**
     * Everything to render, most needed first: the pages on screen from the current one out
     * (tiled pages: a preview unless {@code hasImage} says one exists, then the tiles on
     * screen; whole pages without any image, while pages are slow to render, a quick
     * low-resolution pass first), then the next two pages and the previous one (tiled ones as
     * previews), but those only once no page on screen is still being rendered early.
     */
    List<RenderKey> wanted(Rectangle visible, int currentPage, IntPredicate hasImage) {
        int[] range = layout.visible(visible);
        List<RenderKey> want = new ArrayList<>();
        if (range[0] <= 0) {
            return want;
        }
        double s = renderScale();
        boolean progressive = doc.slowToRender();
        List<Integer> pages = new ArrayList<>();
        for (int p = range[0]; p <= range[1]; p++) {
            pages.add(p);
        }
        pages.sort((a, c) -> Integer.compare(Math.abs(a - currentPage), Math.abs(c - currentPage)));
        boolean early = false;
        for (int p : pages) {
            if (tiled(p)) {
                if (!hasImage.test(p)) {
                    want.add(preview(p));
                }
                want.addAll(tiles(p, visible));
            } else {
                RenderKey sharp = RenderKey.page(p, s);
                // a page being rendered early comes soon: a quick pass beside it would only slow it
                boolean renderingEarly = doc.renderingEarly(sharp);
                early |= renderingEarly;
                if (progressive && !hasImage.test(p) && !renderingEarly) {
                    want.add(quick(p));
                }
                want.add(sharp);
            }
        }
        if (early) {
            return want; // nor the pages ahead, on the other core: they come once it is here
        }
        for (int p : new int[] {range[1] + 1, range[1] + 2, range[0] - 1}) {
            if (p >= 1 && p <= doc.pageCount()) {
                want.add(tiled(p) ? preview(p) : RenderKey.page(p, s));
            }
        }
        return want;
    }
}
