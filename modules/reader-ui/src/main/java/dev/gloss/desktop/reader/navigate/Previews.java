package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.spi.PaperLinks;
import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.spi.ThreadComposerService;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.pdf.Citation;
import dev.gloss.pdf.CitationTarget;
import dev.gloss.pdf.PageArea;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.Reference;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.AWTEvent;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.ChangeListener;
import org.openide.util.RequestProcessor;

/**
 * Previews on hover: resting the pointer on an internal link, a citation or a reference to a
 * figure, table, equation or section shows the target rendered from its page beside the
 * pointer, and a citation's entry as a card with what can be done with it. A click on the
 * preview goes there (Back returns); Esc, moving away or scrolling closes it. It never takes
 * the focus and never stands in the way of the wheel. A setting turns previews off.
 */
public final class Previews {
    private static final Logger LOG = Logger.getLogger(Previews.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: previews", 1, true);
    /** Draws ahead the pages the markers in view lead to, so that a preview is cut out of a page already drawn. */
    private static final RequestProcessor AHEAD = new RequestProcessor("Gloss reader: previews ahead", 1, true);
    /** How many bytes of target pictures drawn ahead a tab keeps. */
    static final long CUTS_BYTES = 24L << 20;
    /** The preference (the reader's module) that turns previews off; on by default. */
    public static final String PREFERENCE = "previews";
    /** How long the pointer rests on a marker before its preview opens. */
    public static final int HOVER_DELAY_MS = 450;
    /** How long the pointer may be off the marker and the preview (on its way into it) before it closes. */
    static final int LEAVE_GRACE_MS = 400;
    /** The largest preview, in screen points; a larger target is drawn smaller. */
    static final int MAX_WIDTH = 620;
    static final int MAX_HEIGHT = 460;
    private final PageView view;
    private final CitationLinks links;
    private final LinkHandler browser;
    private final Preferences prefs;
    private final Timer hover;
    private final Timer leave;
    private final List<LongConsumer> shownListeners = new CopyOnWriteArrayList<>();
    private final ChangeListener scrolled = e -> close();
    private Citation pending;
    private Point pendingAt;
    private Citation opening;
    private PreviewWindow window;
    private RequestProcessor.Task rendering;
    private KeyEventDispatcher escape;
    private AWTEventListener outside;
    /** The pictures of targets drawn ahead, by page, area and scale; the most recently used kept, up to {@value #CUTS_BYTES} bytes. */
    private final PictureCache cuts = new PictureCache(CUTS_BYTES);
    /** The pages asked to be drawn ahead and not drawn yet, by page and scale. */
    private final java.util.Set<String> ahead = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Previews(PageView view, CitationLinks links, LinkHandler browser, Preferences prefs) {
        this.view = view;
        this.links = links;
        this.browser = browser;
        this.prefs = prefs;
        hover = new Timer(HOVER_DELAY_MS, e -> open(pending, pendingAt));
        hover.setRepeats(false);
        leave = new Timer(LEAVE_GRACE_MS, e -> close());
        leave.setRepeats(false);
    }

    /** Whether previews show (the setting). */
    public boolean enabled() {
        return prefs.getBoolean(PREFERENCE, true);
    }

    /**
     * Told, on the event thread right after a preview is made visible, the {@link System#nanoTime}
     * at which it was asked for (the hover delay's end).
     */
    public void addShownListener(LongConsumer l) {
        shownListeners.add(l);
    }

    public void removeShownListener(LongConsumer l) {
        shownListeners.remove(l);
    }

    /**
     * The pointer moved over the pages: {@code under} are the markers under it (smallest first),
     * {@code at} the point in the page view.
     */
    public void hover(List<Citation> under, Point at) {
        if (!enabled()) {
            return;
        }
        Citation c = under.isEmpty() ? null : under.get(0);
        if (c != null && (same(c, shownCitation()) || same(c, opening))) {
            leave.stop();
            return;
        }
        if (c == null) {
            hover.stop();
            pending = null;
            if (window != null) {
                leave.restart();
            }
            return;
        }
        if (!same(c, pending)) {
            pending = c;
            pendingAt = at;
            hover.restart();
        }
    }

    /** The pointer left the pages. */
    public void exited() {
        hover.stop();
        pending = null;
        if (window != null) {
            leave.restart();
        }
    }

    private Citation shownCitation() {
        return window == null ? null : window.citation();
    }

    private static boolean same(Citation a, Citation b) {
        return a != null && b != null && a.page() == b.page() && a.area().equals(b.area()) && a.target() != null
                && b.target() != null && a.target().equals(b.target());
    }

    /** Opens the preview of a marker now (the hover delay is over): renders its target in the background, then shows it. */
    public void open(Citation c, Point at) {
        if (c == null || c.target() == null || !enabled()) {
            return;
        }
        close();
        opening = c;
        long start = System.nanoTime();
        double scale = previewScale(c.target());
        double device = deviceScale();
        OpenDocument doc = view.document();
        PaperLinks library = PaperLinks.getDefault();
        String link = c.target().reference() == null ? null : libraryLink(c.target().reference());
        rendering = RP.post(() -> {
            List<BufferedImage> parts = new ArrayList<>();
            // whether the card says Add to Library or Open: the library's list is read here, off the event thread
            Paper known = library == null || link == null ? null : inLibrary(library, link);
            try {
                for (PageArea a : areas(c.target())) {
                    BufferedImage drawn = cuts.get(PictureCache.key(a, scale * device));
                    parts.add(drawn != null ? drawn : doc.renderArea(a.page(), a.box(), scale * device));
                }
            } catch (PdfException | RuntimeException e) {
                LOG.log(Level.FINE, "no preview of " + c, e);
                SwingUtilities.invokeLater(() -> opening = null);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            BufferedImage picture = PreviewWindow.stack(parts);
            LibraryEntry entry = library == null || link == null ? null : new LibraryEntry(library, link, known);
            SwingUtilities.invokeLater(() -> show(c, at, picture, scale, device, start, entry));
        });
    }

    /** The library's paper for the link; null (the card offers Add) when the library cannot say. */
    private static Paper inLibrary(PaperLinks library, String link) {
        try {
            return library.inLibrary(link);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Could not look " + link + " up in the library", e);
            return null;
        }
    }

    /** The card's entry as the library sees it: the link it is added from, and the paper when the library has it. */
    private record LibraryEntry(PaperLinks links, String link, Paper known) {
    }

    private void show(Citation c, Point at, BufferedImage picture, double scale, double device, long start, LibraryEntry entry) {
        if (opening != c || !view.isShowing()) {
            return;
        }
        opening = null;
        Window owner = SwingUtilities.getWindowAncestor(view);
        PreviewWindow w = new PreviewWindow(owner, c, picture, scale, device, cardActions(c, entry), () -> follow(c));
        w.forwardWheel(this::wheel);
        Rectangle marker = markerOnScreen(c, at);
        w.placeNear(marker, view.getGraphicsConfiguration());
        window = w;
        w.setVisible(true);
        listen();
        for (LongConsumer l : shownListeners) {
            l.accept(start);
        }
    }

    /**
     * Draws ahead, in the background, the targets of the markers of the pages in view: each page
     * they lead to is drawn once at the reader's zoom and their pictures cut out of it and kept,
     * so that their previews open at once. Not for a view out of sight (a tab behind another): a
     * hidden tab laid out again as the window changes would draw its pages again at the new zoom,
     * taking a core from the page the user is waiting for.
     */
    public void drawAhead(List<Citation> markers) {
        if (!enabled() || !drawingAhead || markers.isEmpty() || !view.isShowing()) {
            return;
        }
        double device = deviceScale();
        double pageScale = view.pageLayout().scale() * device;
        java.util.Map<Integer, java.util.Map<PageArea, Double>> byPage = new java.util.TreeMap<>();
        for (Citation c : markers) {
            if (c.target() == null) {
                continue;
            }
            double scale = previewScale(c.target()) * device;
            for (PageArea a : c.target().areas()) {
                if (cuts.get(PictureCache.key(a, scale)) == null) {
                    byPage.computeIfAbsent(a.page(), k -> new java.util.LinkedHashMap<>()).put(a, scale);
                }
            }
        }
        OpenDocument doc = view.document();
        byPage.forEach((page, wanted) -> {
            String job = page + "@" + Math.round(pageScale * 1000);
            if (!ahead.add(job)) {
                return;
            }
            AHEAD.post(() -> {
                try {
                    if (!view.isShowing()) {
                        return; // hidden while it waited: drawn again when shown
                    }
                    // the view's own image of the page when it has one (it has the pages in view)
                    dev.gloss.desktop.reader.render.RenderKey key = dev.gloss.desktop.reader.render.RenderKey.page(page, pageScale);
                    BufferedImage inView = view.cached(key);
                    BufferedImage whole = inView != null ? inView : doc.render(key);
                    wanted.forEach((a, scale) -> {
                        BufferedImage cut = cut(doc, whole, a, pageScale, scale);
                        if (cut != null) {
                            cuts.put(PictureCache.key(a, scale), cut);
                        }
                    });
                } catch (PdfException | RuntimeException e) {
                    LOG.log(Level.FINE, "page " + page + " not drawn ahead", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    ahead.remove(job);
                }
            });
        });
    }

    /** How much of the targets' pictures is drawn ahead and kept, in bytes. */
    long drawnAheadBytes() {
        return cuts.bytes();
    }

    /** An area cut out of its page drawn at {@code pageScale}, at {@code scale}; null when it is off the page. */
    private static BufferedImage cut(OpenDocument doc, BufferedImage page, PageArea a, double pageScale, double scale) {
        java.awt.Rectangle r = doc.geometry(a.page(), pageScale).toImage(a.box()).getBounds()
                .intersection(new java.awt.Rectangle(page.getWidth(), page.getHeight()));
        if (r.isEmpty()) {
            return null;
        }
        BufferedImage sub = page.getSubimage(r.x, r.y, r.width, r.height);
        int w = Math.max(1, (int) Math.round(r.width * scale / pageScale));
        int h = Math.max(1, (int) Math.round(r.height * scale / pageScale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(sub, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The preview showing, or null. */
    public PreviewWindow window() {
        return window;
    }

    /** Goes to the marker's target (a jump: Back returns) and closes the preview. */
    public void follow(Citation c) {
        close();
        CitationTarget t = c.target();
        if (t == null) {
            return;
        }
        double top = t.areas().isEmpty() ? t.top() : t.areas().get(0).box().top() + 6;
        view.jump(() -> view.goTo(t.page(), Double.isNaN(top) ? t.top() : top));
        view.requestFocusInWindow();
    }

    private volatile boolean drawingAhead = true;

    /**
     * Whether targets are drawn ahead (they are); off, and what was drawn forgotten, a preview
     * renders its target when it opens (for measuring that).
     */
    public void setDrawingAhead(boolean on) {
        drawingAhead = on;
        if (!on) {
            cuts.clear();
        }
    }

    /** Forgets the pages drawn ahead (the tab closes). */
    public void dispose() {
        close();
        cuts.clear();
    }

    /** Closes the preview (and one about to open). */
    public void close() {
        hover.stop();
        leave.stop();
        opening = null;
        if (rendering != null) {
            rendering.cancel();
            rendering = null;
        }
        if (window != null) {
            PreviewWindow w = window;
            window = null;
            w.setVisible(false);
            w.dispose();
        }
        unlisten();
    }

    /** While a preview shows: Esc closes it, the pointer entering it keeps it, scrolling closes it. */
    private void listen() {
        escape = e -> {
            if (e.getID() == KeyEvent.KEY_PRESSED && e.getKeyCode() == KeyEvent.VK_ESCAPE && window != null) {
                close();
                return true;
            }
            return false;
        };
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(escape);
        outside = e -> {
            if (window == null || !(e instanceof MouseEvent m) || m.getID() != MouseEvent.MOUSE_MOVED && m.getID() != MouseEvent.MOUSE_ENTERED) {
                return;
            }
            if (SwingUtilities.getWindowAncestor(m.getComponent()) == window || m.getComponent() == window) {
                leave.stop();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(outside, AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        JScrollPane sp = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, view);
        if (sp != null) {
            sp.getViewport().addChangeListener(scrolled);
        }
    }

    private void unlisten() {
        if (escape != null) {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(escape);
            escape = null;
        }
        if (outside != null) {
            Toolkit.getDefaultToolkit().removeAWTEventListener(outside);
            outside = null;
        }
        JScrollPane sp = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, view);
        if (sp != null) {
            sp.getViewport().removeChangeListener(scrolled);
        }
    }

    /** The wheel over the preview scrolls the pages (and so closes the preview). */
    private void wheel(MouseWheelEvent e) {
        JScrollPane sp = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, view);
        if (sp != null) {
            sp.dispatchEvent(SwingUtilities.convertMouseEvent(e.getComponent(), e, sp));
        }
    }

    /** What a preview shows: the target's areas, or for a plain place the stretch of page under it. */
    private static List<PageArea> areas(CitationTarget t) {
        return t.areas();
    }

    /** The reader's zoom, made smaller when the target would not fit the largest preview. */
    private double previewScale(CitationTarget t) {
        double scale = view.pageLayout().scale();
        double w = 0;
        double h = 0;
        for (PageArea a : t.areas()) {
            w = Math.max(w, a.box().width());
            h += a.box().height();
        }
        if (w > 0 && h > 0) {
            scale = Math.min(scale, Math.min(MAX_WIDTH / w, MAX_HEIGHT / h));
        }
        return Math.max(0.6, scale);
    }

    private double deviceScale() {
        var gc = view.getGraphicsConfiguration();
        double d = gc == null ? 1 : gc.getDefaultTransform().getScaleX();
        return d >= 1 && d <= 4 ? d : 1;
    }

    private Rectangle markerOnScreen(Citation c, Point fallback) {
        Rectangle r = view.toView(c.page(), new Rectangle2D.Double(c.area().left(), c.area().bottom(), c.area().width(), c.area().height()));
        if (r.isEmpty()) {
            r = new Rectangle(fallback.x, fallback.y, 1, 1);
        }
        Point p = r.getLocation();
        SwingUtilities.convertPointToScreen(p, view);
        return new Rectangle(p.x, p.y, r.width, r.height);
    }

    private PreviewWindow.CardActions cardActions(Citation c, LibraryEntry entry) {
        Reference r = c.target().reference();
        if (r == null) {
            return null;
        }
        String address = address(r);
        ThreadComposerService composer = ThreadComposerService.getDefault();
        Runnable add = entry == null || entry.known() != null ? null : () -> {
            close();
            entry.links().add(entry.link()); // in the background, with its progress; opens the paper when it is in
        };
        Workspace ws = GlossWorkspace.future().getNow(null);
        Runnable openPaper = entry == null || entry.known() == null || ws == null ? null : () -> {
            close();
            PaperOpener.open(ws, entry.known());
        };
        return new PreviewWindow.CardActions(() -> copy(r), address, address == null ? null : () -> {
            close();
            browser.open(address);
        }, composer == null || !composer.quotesText() ? null : () -> {
            close();
            composer.quoteText(quote(r));
        }, entry == null ? null : entry.link(), add, openPaper, entry == null || entry.known() == null ? null
                : entry.known().title() != null ? entry.known().title() : entry.link());
    }

    /**
     * What the entry is added to the library from: its arXiv id, else its DOI, else its address
     * when that is a PDF's; null when it has none of them (a publisher's page is not a paper).
     */
    static String libraryLink(Reference r) {
        if (r.arxivId() != null) {
            return "arXiv:" + r.arxivId();
        }
        if (r.doi() != null) {
            return r.doi();
        }
        if (r.url() != null) {
            String path = r.url().replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
            if ((path.startsWith("http://") || path.startsWith("https://")) && path.endsWith(".pdf")) {
                return r.url();
            }
        }
        return null;
    }

    /** Where the entry's "Open Link" goes: its own address, else its DOI's or arXiv page. */
    static String address(Reference r) {
        if (r.url() != null) {
            return r.url();
        }
        if (r.doi() != null) {
            return "https://doi.org/" + r.doi();
        }
        return r.arxivId() == null ? null : "https://arxiv.org/abs/" + r.arxivId();
    }

    /** The entry as copied and quoted: its text, and its DOI or arXiv id when the text does not show it. */
    static String quote(Reference r) {
        StringBuilder sb = new StringBuilder(r.text());
        if (r.doi() != null && !r.text().contains(r.doi())) {
            sb.append(" https://doi.org/").append(r.doi());
        } else if (r.arxivId() != null && !r.text().contains(r.arxivId())) {
            sb.append(" arXiv:").append(r.arxivId());
        }
        return sb.toString();
    }

    private void copy(Reference r) {
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(quote(r)), null);
        close();
    }
}
