package dev.gloss.desktop.composer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * Scaled copies of post images, read and scaled off the event thread and kept in a small cache
 * (keyed by file, size and modification time, so a replaced file is read again).
 */
final class Thumbnails {
    private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss composer thumbnails", 1);
    private static final int CACHE = 96;
    private static final Map<String, BufferedImage> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
            return size() > CACHE;
        }
    };

    private Thumbnails() {
    }

    /**
     * Calls {@code done} on the event thread with the image scaled to fit {@code max}×{@code max}
     * pixels, or with null when the file is missing or not an image.
     */
    static void load(Path file, int max, Consumer<BufferedImage> done) {
        RP.post(() -> {
            BufferedImage img = get(file, max);
            SwingUtilities.invokeLater(() -> done.accept(img));
        });
    }

    /** The scaled image now, on the calling (background) thread; null when unreadable. */
    static BufferedImage get(Path file, int max) {
        String key;
        try {
            key = file + "|" + max + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            LOG.log(Level.FINE, "no image at " + file, e);
            return null;
        }
        synchronized (cache) {
            BufferedImage hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        BufferedImage scaled;
        try {
            BufferedImage full = ImageIO.read(file.toFile());
            if (full == null) {
                return null;
            }
            scaled = scale(full, max);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read image " + file, e);
            return null;
        }
        synchronized (cache) {
            cache.put(key, scaled);
        }
        return scaled;
    }

    private static BufferedImage scale(BufferedImage src, int max) {
        double f = Math.min(1.0, (double) max / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * f));
        int h = Math.max(1, (int) Math.round(src.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
