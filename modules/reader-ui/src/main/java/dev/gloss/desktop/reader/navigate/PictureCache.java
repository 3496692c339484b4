package dev.gloss.desktop.reader.navigate;

import dev.gloss.pdf.PageArea;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Pictures of preview targets drawn ahead, bounded by the bytes their pixels take, the least
 * recently used dropped first. Thread-safe.
 */
final class PictureCache {
    private final long budget;
    private final LinkedHashMap<String, BufferedImage> pictures = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    PictureCache(long budget) {
        this.budget = budget;
    }

    /** The key of an area of a page drawn at a scale (pixels per point, the screen's included). */
    static String key(PageArea a, double scale) {
        return String.format(Locale.ROOT, "%d:%.1f,%.1f,%.1f,%.1f@%d", a.page(), a.box().left(), a.box().bottom(), a.box().right(),
                a.box().top(), Math.round(scale * 1000));
    }

    synchronized BufferedImage get(String key) {
        return pictures.get(key);
    }

    synchronized void put(String key, BufferedImage picture) {
        BufferedImage old = pictures.put(key, picture);
        bytes += size(picture) - (old == null ? 0 : size(old));
        Iterator<Map.Entry<String, BufferedImage>> it = pictures.entrySet().iterator();
        while (bytes > budget && it.hasNext()) {
            Map.Entry<String, BufferedImage> e = it.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            bytes -= size(e.getValue());
            it.remove();
        }
    }

    synchronized void clear() {
        pictures.clear();
        bytes = 0;
    }

    synchronized long bytes() {
        return bytes;
    }

    private static long size(BufferedImage p) {
        return 4L * p.getWidth() * p.getHeight();
    }
}
