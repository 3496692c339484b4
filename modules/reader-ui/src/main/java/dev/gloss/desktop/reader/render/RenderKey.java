package dev.gloss.desktop.reader.render;

import java.awt.Rectangle;

/**
 * What to render: a whole page, or one tile of it, at a scale in device pixels per point.
 * The scale is kept to a thousandth so that keys made from the same zoom compare equal.
 *
 * @param page       the page, from 1
 * @param scaleMilli device pixels per point, times 1000
 * @param tileX      the tile's left edge in device pixels at that scale (0 for a whole page)
 * @param tileY      the tile's top edge
 * @param tileW      the tile's width; 0 for a whole page
 * @param tileH      the tile's height; 0 for a whole page
 */
public record RenderKey(int page, long scaleMilli, int tileX, int tileY, int tileW, int tileH) {

    public static RenderKey page(int page, double scale) {
        return new RenderKey(page, Math.round(scale * 1000), 0, 0, 0, 0);
    }

    /**
     * A page image read from disk ({@link RasterKeeper}) rather than rendered here: stretched over
     * its page until the page's own render is ready, and never asked for (its scale is negative).
     */
    public static RenderKey kept(int page, int width) {
        return new RenderKey(page, -width, 0, 0, 0, 0);
    }

    static RenderKey tile(int page, double scale, Rectangle tile) {
        return new RenderKey(page, Math.round(scale * 1000), tile.x, tile.y, tile.width, tile.height);
    }

    double scale() {
        return scaleMilli / 1000.0;
    }

    public boolean isTile() {
        return tileW > 0;
    }

    Rectangle tileRect() {
        return new Rectangle(tileX, tileY, tileW, tileH);
    }
}
