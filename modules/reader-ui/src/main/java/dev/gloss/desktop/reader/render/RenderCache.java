package dev.gloss.desktop.reader.render;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered pages and tiles, least recently used first out, bounded by the bytes their pixels
 * take. Thread-safe: render threads put, the event thread gets.
 */
public final class RenderCache {
    private final long maxBytes;
    private final LinkedHashMap<RenderKey, BufferedImage> images = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public RenderCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A budget that suits the heap: a quarter of it, at most 256 MB, at least 32 MB. */
    public static long defaultBudget() {
        long quarter = Runtime.getRuntime().maxMemory() / 4;
        return Math.max(32L << 20, Math.min(256L << 20, quarter));
    }

    static long sizeOf(BufferedImage img) {
        return (long) img.getWidth() * img.getHeight() * 4;
    }

    synchronized BufferedImage get(RenderKey key) {
        return images.get(key);
    }

    public synchronized void put(RenderKey key, BufferedImage img) {
        BufferedImage old = images.put(key, img);
        if (old != null) {
            bytes -= sizeOf(old);
        }
        bytes += sizeOf(img);
        Iterator<Map.Entry<RenderKey, BufferedImage>> it = images.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<RenderKey, BufferedImage> e = it.next();
            if (e.getKey().equals(key)) {
                continue; // never evict what was just rendered
            }
            bytes -= sizeOf(e.getValue());
            it.remove();
        }
    }

    /**
     * The sharpest whole-page image of {@code page} at any scale, to stretch over the page
     * while the right scale renders; null when there is none. Does not count as a use.
     */
    public synchronized BufferedImage best(int page) {
        BufferedImage best = null;
        for (Map.Entry<RenderKey, BufferedImage> e : images.entrySet()) {
            RenderKey k = e.getKey();
            if (k.page() == page && !k.isTile() && (best == null || e.getValue().getWidth() > best.getWidth())) {
                best = e.getValue();
            }
        }
        return best;
    }

    public synchronized long bytes() {
        return bytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    synchronized int size() {
        return images.size();
    }

    public synchronized void clear() {
        images.clear();
        bytes = 0;
    }
}
