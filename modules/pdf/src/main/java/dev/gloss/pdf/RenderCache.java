package dev.gloss.pdf;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A least-recently-used cache of rendered pages and tiles, bounded by the bytes their pixels
 * take. Thread-safe. A reader keeps one per window (or one for the application) so that
 * scrolling through a 350-page book stays within its memory budget.
 *
 * <pre>{@code
 * RenderCache cache = new RenderCache(256L << 20);
 * RenderCache.Key key = RenderCache.Key.page(pdf.file(), 3, 1.5f);
 * BufferedImage img = cache.get(key);
 * if (img == null) { img = pdf.render(3, 1.5f); cache.put(key, img); }
 * }</pre>
 */
public final class RenderCache {
    /**
     * What was rendered: a document (any identity, usually its path), a page, a scale and, for
     * a tile, its pixel rectangle (all zero for a whole page).
     */
    public record Key(Object document, int page, float scale, int tileX, int tileY, int tileWidth, int tileHeight) {
        /** A whole page. */
        public static Key page(Object document, int page, float scale) {
            return new Key(document, page, scale, 0, 0, 0, 0);
        }

        /** A tile of a page. */
        public static Key tile(Object document, int page, float scale, java.awt.Rectangle tile) {
            return new Key(document, page, scale, tile.x, tile.y, tile.width, tile.height);
        }
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<Key, BufferedImage> map = new LinkedHashMap<>(64, 0.75f, true);

    /** @param maxBytes the budget for all cached pixels */
    public RenderCache(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** The cached image, or null; a hit makes it the most recently used. */
    public synchronized BufferedImage get(Key key) {
        return map.get(key);
    }

    /**
     * Caches an image, evicting the least recently used ones until the budget holds. An image
     * larger than the whole budget is not cached.
     */
    public synchronized void put(Key key, BufferedImage image) {
        long size = sizeOf(image);
        BufferedImage old = map.remove(key);
        if (old != null) {
            bytes -= sizeOf(old);
        }
        if (size > maxBytes) {
            return;
        }
        map.put(key, image);
        bytes += size;
        Iterator<Map.Entry<Key, BufferedImage>> it = map.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<Key, BufferedImage> e = it.next();
            bytes -= sizeOf(e.getValue());
            it.remove();
        }
    }

    /** Drops every image of a document (when it is closed). */
    public synchronized void invalidate(Object document) {
        Iterator<Map.Entry<Key, BufferedImage>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, BufferedImage> e = it.next();
            if (e.getKey().document().equals(document)) {
                bytes -= sizeOf(e.getValue());
                it.remove();
            }
        }
    }

    public synchronized void clear() {
        map.clear();
        bytes = 0;
    }

    /** Bytes of pixels held now. */
    public synchronized long bytes() {
        return bytes;
    }

    /** Number of images held now. */
    public synchronized int size() {
        return map.size();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Bytes an image's pixels take (4 per pixel for the RGB images {@link PdfDocument} makes). */
    static long sizeOf(BufferedImage image) {
        int bits = image.getColorModel().getPixelSize();
        long perPixel = Math.max(1, (bits + 7) / 8);
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            perPixel = 4;
        }
        return (long) image.getWidth() * image.getHeight() * perPixel;
    }
}
