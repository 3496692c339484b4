package dev.gloss.desktop.library;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.raster.PageRasters;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * Each paper's first page, small, for the rows of the library: from the pages kept on disk
 * ({@link PageRasters}, the reader's cache), else rendered once in the background and kept there.
 * Rows ask as they are painted; the row asked for last is served first, and nothing is read or
 * rendered before the start's first page is on the screen. A paper whose file cannot be drawn
 * keeps the plain icon.
 */
final class Thumbnails {
    private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());
    /** The page's width in the row, pixels; its height follows the page's shape. */
    static final int WIDTH = 26;
    /** Rows are this tall, so a portrait page of {@link #WIDTH} fits with its frame. */
    static final int ROW_HEIGHT = 40;
    private static final int KEPT = 600;
    private static final Thumbnails SHARED = new Thumbnails();
    private static final RequestProcessor RP = new RequestProcessor("Gloss library: thumbnails", 1);

    /** Paper id to its framed thumbnail (least recently used first out). */
    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    };
    private final Set<String> failed = new HashSet<>();
    private final Deque<Request> queue = new ArrayDeque<>();
    private final Set<String> queued = new HashSet<>();
    private boolean started;
    /** The start's first page is on the screen: work may begin. */
    private boolean released;
    private boolean running;

    private record Request(Workspace ws, Paper paper, Runnable ready) {
    }

    static Thumbnails shared() {
        return SHARED;
    }

    /**
     * The paper's thumbnail if it is ready; else null, and {@code ready} runs on the event thread
     * once it is (not at all when the file cannot be drawn).
     */
    synchronized Image get(Workspace ws, Paper paper, Runnable ready) {
        Image img = images.get(paper.id());
        if (img != null || failed.contains(paper.id())) {
            return img;
        }
        if (queued.add(paper.id())) {
            queue.addFirst(new Request(ws, paper, ready));
            if (!started) {
                started = true;
                FirstPage.thenRun(() -> { // the page a start opens comes first
                    synchronized (this) {
                        released = true;
                    }
                    drain();
                });
            } else if (released && !running) {
                drain();
            }
        }
        return null;
    }

    private synchronized void drain() {
        if (!running) {
            running = true;
            RP.post(this::next);
        }
    }

    private void next() {
        Request r;
        synchronized (this) {
            r = queue.pollFirst();
            if (r == null) {
                running = false;
                return;
            }
        }
        Image img = load(r.ws(), r.paper());
        synchronized (this) {
            queued.remove(r.paper().id());
            if (img != null) {
                images.put(r.paper().id(), img);
            } else {
                failed.add(r.paper().id());
            }
        }
        if (img != null) {
            SwingUtilities.invokeLater(r.ready());
        }
        RP.post(this::next);
    }

    /** Reads or renders the thumbnail; null when the file cannot be drawn. */
    static Image load(Workspace ws, Paper paper) {
        java.nio.file.Path file = ws.paperFile(paper);
        try {
            String sha = paper.sha256() != null && paper.sha256().length() == 64 ? paper.sha256().toLowerCase(java.util.Locale.ROOT)
                    : Ids.sha256(file);
            return framed(PageRasters.in(ws.derivedFolder()).thumbnail(file, sha, WIDTH));
        } catch (PdfException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "No thumbnail for " + file, e);
            return null;
        }
    }

    /** The page with a thin grey edge, on a transparent icon no taller than a row allows. */
    static Image framed(BufferedImage page) {
        int h = Math.min(page.getHeight(), ROW_HEIGHT - 6);
        BufferedImage icon = new BufferedImage(page.getWidth() + 2, h + 2, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = icon.createGraphics();
        try {
            g.setColor(new Color(0, 0, 0, 60));
            g.drawRect(0, 0, icon.getWidth() - 1, icon.getHeight() - 1);
            g.drawImage(page, 1, 1, page.getWidth() + 1, h + 1, 0, 0, page.getWidth(), h, null);
        } finally {
            g.dispose();
        }
        return icon;
    }

    /** For tests: the thumbnails ready now, by paper id. */
    synchronized List<String> ready() {
        return new ArrayList<>(images.keySet());
    }
}
