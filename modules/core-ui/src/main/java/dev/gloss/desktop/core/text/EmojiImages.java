package dev.gloss.desktop.core.text;

import dev.gloss.threads.emoji.Emoji;
import dev.gloss.threads.emoji.EmojiIndex;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * The emoji images: the sprite sheet is decoded once in the background (about a hundred
 * milliseconds, never on the event thread); until then an emoji takes its room and stays empty,
 * and every window is repainted when the sheet is there. Each emoji is scaled once per pixel size
 * (area averaging: sharp at 16 px from the 32 px cell) and kept.
 */
public final class EmojiImages {
    private static final Logger LOG = Logger.getLogger(EmojiImages.class.getName());
    private static final RequestProcessor LOADER = new RequestProcessor("Gloss emoji images", 1);
    private static final int KEEP = 600;
    private static final CountDownLatch LOADED = new CountDownLatch(1);
    private static final Object LOCK = new Object();
    private static volatile BufferedImage sheet;
    private static boolean started;
    private static final Map<Long, BufferedImage> SCALED = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, BufferedImage> eldest) {
            return size() > KEEP;
        }
    };

    private EmojiImages() {
    }

    /** Starts decoding the sheet in the background, if not yet started. */
    public static void preload() {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            started = true;
        }
        LOADER.post(EmojiImages::load);
    }

    /** Waits until the sheet is decoded (for tests and off-screen painting); false on time-out. */
    public static boolean awaitLoaded(long millis) throws InterruptedException {
        preload();
        return LOADED.await(millis, TimeUnit.MILLISECONDS);
    }

    private static void load() {
        try (InputStream in = EmojiIndex.class.getResourceAsStream(EmojiIndex.SHEET)) {
            if (in == null) {
                LOG.log(Level.WARNING, "the emoji sheet {0} is missing; emoji are drawn as text", EmojiIndex.SHEET);
                return;
            }
            sheet = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the emoji sheet cannot be read; emoji are drawn as text", e);
        } finally {
            LOADED.countDown();
        }
        if (sheet != null) {
            SwingUtilities.invokeLater(() -> {
                for (Window w : Frame.getWindows()) {
                    w.repaint();
                }
            });
        }
    }

    /**
     * {@code emoji} as an image of {@code pixels} square, or null while the sheet is not decoded
     * yet (the caller leaves the room empty; it is repainted once the sheet is there).
     */
    public static Image image(Emoji emoji, int pixels) {
        BufferedImage s = sheet;
        if (s == null) {
            preload();
            return null;
        }
        int px = Math.max(1, Math.min(pixels, 4 * EmojiIndex.SIZE));
        long key = ((long) emoji.row() << 40) | ((long) emoji.column() << 20) | px;
        synchronized (SCALED) {
            BufferedImage img = SCALED.get(key);
            if (img == null) {
                img = scaled(s, emoji, px);
                SCALED.put(key, img);
            }
            return img;
        }
    }

    private static BufferedImage scaled(BufferedImage s, Emoji e, int px) {
        int x = e.column() * EmojiIndex.CELL + 1;
        int y = e.row() * EmojiIndex.CELL + 1;
        BufferedImage cell = new BufferedImage(EmojiIndex.SIZE, EmojiIndex.SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = cell.createGraphics();
        g.drawImage(s.getSubimage(x, y, EmojiIndex.SIZE, EmojiIndex.SIZE), 0, 0, null);
        g.dispose();
        if (px == EmojiIndex.SIZE) {
            return cell;
        }
        Image smooth = px < EmojiIndex.SIZE ? cell.getScaledInstance(px, px, Image.SCALE_AREA_AVERAGING) : cell;
        BufferedImage out = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB);
        g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(smooth, 0, 0, px, px, null);
        g.dispose();
        return out;
    }
}
