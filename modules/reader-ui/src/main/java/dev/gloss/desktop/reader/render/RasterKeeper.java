package dev.gloss.desktop.reader.render;

import dev.gloss.pdf.PageColors;
import dev.gloss.pdf.raster.PageRasters;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;

/**
 * Keeps on disk ({@link PageRasters}) what the reader shows once it has settled: the sharp
 * images of the pages in view, and the view itself with where it sat in the tab and on the
 * screen, so that the next time the file opens its tab, and before that the launcher's splash,
 * show it at once. Runs a moment after the view stops moving and its pages are sharp, and once
 * more when the tab closes; encoding and writing happen on a background thread of its own. An
 * encrypted file's pages are never kept.
 */
public final class RasterKeeper {
    private static final Logger LOG = Logger.getLogger(RasterKeeper.class.getName());
    private static final RequestProcessor WRITER = new RequestProcessor("Gloss reader: keep pages", 1);
    /** Where the last view shown in this window of a paper (true) or another file (false) sits on the screen. */
    private static final Map<Boolean, Rectangle> PLACED = new java.util.concurrent.ConcurrentHashMap<>();
    /** How long the view must stay as it is before it is kept. */
    static final int SETTLE_MS = 1200;
    private final OpenDocument doc;
    private final PageView view;
    private final RenderScheduler scheduler;
    private final PageRasters rasters;
    private final java.util.function.Supplier<Component> box;
    private final Timer settle;
    /** "page@width" of the pages kept in this session. */
    private final Set<String> kept = new HashSet<>();
    private String lastView = "";
    private boolean closed;

    /**
     * @param box the tab's body, which the view's placement is measured in (the component that
     *            will hold the "opening" card next time)
     */
    public RasterKeeper(OpenDocument doc, PageView view, RenderScheduler scheduler, PageRasters rasters,
            java.util.function.Supplier<Component> box) {
        this.doc = doc;
        this.view = view;
        this.scheduler = scheduler;
        this.rasters = rasters;
        this.box = box;
        settle = new Timer(SETTLE_MS, e -> keep());
        settle.setRepeats(false);
        // where the view sits, as it changes: a file handed to this window is drawn early at that size
        view.addHierarchyBoundsListener(new java.awt.event.HierarchyBoundsAdapter() {
            @Override
            public void ancestorMoved(java.awt.event.HierarchyEvent e) {
                placed();
            }

            @Override
            public void ancestorResized(java.awt.event.HierarchyEvent e) {
                placed();
            }
        });
        view.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0) {
                placed();
            }
        });
    }

    /**
     * The view showing at one device pixel per pixel wholly on one screen: where it sits there, for
     * its kind, in this window (the next start's place is the one kept with the settled view: the
     * window passes through other layouts as it opens and closes).
     */
    private void placed() {
        if (!closed && view.isShowing() && view.deviceScale() == 1 && view.getParent() instanceof JViewport port) {
            Rectangle area = onOneScreen(port, port.getSize());
            if (area != null) {
                PLACED.put(doc.fileMarkupHidden(), area);
            }
        }
    }

    /** Waits until the writes posted so far are on disk (one writer, in order); off the event thread. */
    public static void awaitWrites() {
        WRITER.post(() -> { }).waitFinished();
    }

    /** Something in view changed (scrolled, zoomed, a page rendered): keep it once it settles. */
    public void changed() {
        if (!closed) {
            settle.restart();
        }
    }

    /** The tab closes: what it shows now is kept if it was not yet, then nothing more. */
    public void close() {
        if (closed) {
            return;
        }
        if (settle.isRunning()) {
            settle.stop();
            keep();
        }
        closed = true;
    }

    /** Keeps what is in view, if its pages are sharp; on the event thread. */
    void keep() {
        if (closed || !view.isShowing() || doc.pdf().encrypted()) {
            return;
        }
        Rectangle vis = view.getVisibleRect();
        if (vis.isEmpty()) {
            return;
        }
        RenderPlan plan = view.plan();
        double scale = plan.renderScale();
        int[] range = view.pageLayout().visible(vis);
        if (range[0] <= 0) {
            return;
        }
        // pages are kept in their printed colours only: a dark or sepia raster must never stand in
        // for a printed page (the view, a picture of what was on screen, is kept either way)
        boolean printed = doc.pageColors() == PageColors.PRINTED;
        Map<Integer, BufferedImage> pages = new LinkedHashMap<>();
        StringBuilder shown = new StringBuilder();
        for (int p = range[0]; p <= range[1]; p++) {
            if (plan.tiled(p)) {
                for (RenderKey tile : plan.tiles(p, vis)) {
                    BufferedImage img = scheduler.cached(tile);
                    if (img == null) {
                        return; // not sharp yet: its render will call again
                    }
                    shown.append(System.identityHashCode(img)).append(',');
                }
                continue; // tiles are not kept: too many, and for one zoom only
            }
            BufferedImage img = scheduler.cached(RenderKey.page(p, scale));
            if (img == null) {
                return;
            }
            shown.append(System.identityHashCode(img)).append(',');
            if (printed && kept.add(p + "@" + img.getWidth())) {
                pages.put(p, img);
            }
        }
        String sha = doc.sha256();
        boolean markup = !doc.fileMarkupHidden();
        Component body = box.get();
        String state = vis + " " + shown + markup + body.getSize();
        BufferedImage shot = null;
        ViewPlacement placement = null;
        BufferedImage splash = null;
        if (!state.equals(lastView) && view.deviceScale() == 1 && view.getParent() instanceof JViewport port) {
            lastView = state;
            shot = view.snapshot();
            Point at = SwingUtilities.convertPoint(port, 0, 0, body);
            placement = new ViewPlacement(body.getWidth(), body.getHeight(), at.x, at.y);
            splash = splash(port, shot, doc.fileMarkupHidden());
        }
        BufferedImage viewShot = shot;
        String note = placement == null ? null : placement.note();
        BufferedImage splashShot = splash;
        WRITER.post(() -> {
            for (Map.Entry<Integer, BufferedImage> e : pages.entrySet()) {
                rasters.putPage(sha, e.getKey(), markup, e.getValue());
            }
            if (viewShot != null) {
                rasters.putView(sha, viewShot, note);
            }
            if (splashShot != null) {
                rasters.putSplash(sha, splashShot);
            }
        });
    }

    /**
     * The view on a transparent picture that the JVM's splash screen shows where the view was
     * ({@link #onScreen}).
     * Null when the view is not wholly on one screen.
     */
    private static BufferedImage splash(JViewport port, BufferedImage shot, boolean paper) {
        Rectangle area = onOneScreen(port, new java.awt.Dimension(shot.getWidth(), shot.getHeight()));
        if (area == null) {
            return null;
        }
        rememberViewOnScreen(area, paper);
        return onScreen(port.getGraphicsConfiguration().getBounds(), area.getLocation(), shot);
    }

    /** Where {@code size} at {@code port}'s place is on the screen; null when not wholly on one (of a sane size). */
    private static Rectangle onOneScreen(JViewport port, java.awt.Dimension size) {
        GraphicsConfiguration gc = port.getGraphicsConfiguration();
        if (gc == null || !port.isShowing()) {
            return null;
        }
        Rectangle screen = gc.getBounds();
        Point at = port.getLocationOnScreen();
        Rectangle area = new Rectangle(at, size);
        return screen.contains(area) && screen.width <= 8192 && screen.height <= 8192 && !area.isEmpty() ? area : null;
    }

    /**
     * {@code shot} at {@code at} on a transparent picture that the JVM's splash screen, which
     * centres its picture on the screen, shows at that very place: the smallest one centred on
     * {@code screen} that holds it. Its width and height differ from the screen's by even numbers,
     * the margins left out on either side being equal. (The native splash converts and maps every
     * pixel it is given, transparent or not, while the screen shows neither picture.)
     */
    public static BufferedImage onScreen(Rectangle screen, Point at, BufferedImage shot) {
        int left = Math.max(0, Math.min(at.x - screen.x, screen.x + screen.width - at.x - shot.getWidth()));
        int top = Math.max(0, Math.min(at.y - screen.y, screen.y + screen.height - at.y - shot.getHeight()));
        BufferedImage img = new BufferedImage(screen.width - 2 * left, screen.height - 2 * top, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.drawImage(shot, at.x - screen.x - left, at.y - screen.y - top, null);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Puts the pages kept for {@code doc} (read with it, see {@link OpenDocument#setKeptPages}) into a
     * render cache, to be stretched over their pages until rendered; none when the pages open in
     * other colours than printed. The pages rendered early ({@link OpenDocument#renderEarly}) go
     * in as rendered.
     */
    public static void seed(OpenDocument doc, RenderCache cache, PageColors colors) {
        // rendered before the tab existed (EarlyPage): real renders, if drawn as they will be now
        doc.takeEarlyRenders(colors).forEach(cache::put);
        Map<Integer, BufferedImage> pages = doc.takeKeptPages();
        if (colors != PageColors.PRINTED) {
            return; // kept pages are printed ones: not shown on dark or sepia pages
        }
        for (Map.Entry<Integer, BufferedImage> e : pages.entrySet()) {
            cache.put(RenderKey.kept(e.getKey(), e.getValue().getWidth()), e.getValue());
        }
        LOG.log(Level.FINE, "Seeded {0} kept pages of {1}", new Object[] {pages.size(), doc.file()});
    }

    /**
     * Where a reader's view last sat on the screen (kept with its view), for the next start's early
     * page; one for papers, one for other files, whose tab has a banner above the view.
     */
    private static String viewOnScreenKey(boolean paper) {
        return paper ? "viewOnScreen.paper" : "viewOnScreen.file";
    }

    /** The look's panel colour, from which the colour around the pages comes ({@link PageView#backdrop}). */
    private static final String LOOK_PANEL = "viewLookPanel";

    private static void rememberViewOnScreen(Rectangle area, boolean paper) {
        String value = area.x + "," + area.y + "," + area.width + "," + area.height;
        Preferences prefs = NbPreferences.forModule(RasterKeeper.class);
        if (!value.equals(prefs.get(viewOnScreenKey(paper), null))) {
            prefs.put(viewOnScreenKey(paper), value);
        }
        java.awt.Color panel = javax.swing.UIManager.getColor("Panel.background");
        String look = panel == null ? null : String.format("%06x", panel.getRGB() & 0xFFFFFF);
        if (look != null && !look.equals(prefs.get(LOOK_PANEL, null))) {
            prefs.put(LOOK_PANEL, look);
        }
    }

    /**
     * The look's panel colour when a view was last kept, as the reader's preferences {@code prefs}
     * hold it (a view drawn outside the application is drawn in it, to be the same pixels); null if
     * never.
     */
    public static java.awt.Color rememberedLookPanel(Preferences prefs) {
        String v = prefs.get(LOOK_PANEL, "");
        return v.matches("[0-9a-f]{6}") ? new java.awt.Color(Integer.parseInt(v, 16)) : null;
    }

    /**
     * Where a reader's view of a paper (or of another file) sits on the screen, wholly on one
     * screen at one device pixel per pixel: in this window, where the last one shown of its kind
     * sits; before any has shown, where one sat last time (the window system puts the next
     * start's window where this one's was). A view of the other kind shown in this window gives
     * the width and the left edge (the two differ in the library banner above the view). Null if
     * never.
     */
    public static Rectangle viewOnScreen(boolean paper) {
        Rectangle live = PLACED.get(paper);
        if (live != null) {
            return new Rectangle(live);
        }
        Rectangle before = rememberedOnScreen(NbPreferences.forModule(RasterKeeper.class), paper);
        Rectangle other = PLACED.get(!paper);
        if (other == null) {
            return before;
        }
        return before == null ? new Rectangle(other) : new Rectangle(other.x, before.y, other.width, before.height);
    }

    /**
     * Where a reader's view of a paper (or of another file) sat on the screen when last kept, as
     * the reader's preferences {@code prefs} hold it; null if never.
     */
    public static Rectangle rememberedOnScreen(Preferences prefs, boolean paper) {
        String[] v = prefs.get(viewOnScreenKey(paper), "").split(",");
        try {
            Rectangle r = v.length == 4 ? new Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]),
                    Integer.parseInt(v[2]), Integer.parseInt(v[3])) : null;
            return r != null && r.width > 0 && r.height > 0 && r.width <= 8192 && r.height <= 8192 ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The pages near {@code page} worth reading ahead of a document's first paint. */
    public static List<Integer> near(int page, int pageCount) {
        return page < pageCount ? List.of(page, page + 1) : List.of(page);
    }
}
