package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.pdf.Citation;
import dev.gloss.pdf.CrossReferences;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Rect;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * The citations and cross-references of one document, for the reader: the reference list and
 * every page's markers (from its links and from its text), read in the background once the
 * first pages are drawn, then each page's markers on first use. Nothing here blocks the event
 * thread: until a page's markers are known, {@link #at} answers nothing and starts reading them.
 */
public final class CitationLinks {
    private static final Logger LOG = Logger.getLogger(CitationLinks.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: citations", 1);
    /** The first pages draw before the whole text is read for the references. */
    static final int START_DELAY_MS = 1500;
    private final OpenDocument doc;
    private final ConcurrentHashMap<Integer, List<Citation>> pages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, Boolean> asked = new ConcurrentHashMap<>();
    private volatile CrossReferences refs;
    private volatile boolean closed;
    private RequestProcessor.Task reading;
    private Runnable onPageRead = () -> { };
    private Runnable onReady = () -> { };

    public CitationLinks(OpenDocument doc) {
        this.doc = doc;
    }

    /** Starts reading the paper in the background (after a short delay, so the first pages draw first). */
    public synchronized void start() {
        start(START_DELAY_MS);
    }

    /** Starts reading after {@code delayMs} (0: now). */
    public synchronized void start(int delayMs) {
        if (reading == null && !closed) {
            reading = RP.post(this::read, delayMs);
        }
    }

    /** Called on the event thread whenever a page's markers become known (to refresh the cursor). */
    public void setOnPageRead(Runnable r) {
        onPageRead = r;
    }

    /** Called on the event thread once the paper has been read (to ask for the pages in view). */
    public void setOnReady(Runnable r) {
        onReady = r;
    }

    private void read() {
        try {
            refs = CrossReferences.read(doc.pdf(), () -> closed);
            SwingUtilities.invokeLater(onReady);
        } catch (CancellationException e) {
            LOG.log(Level.FINE, "reading the references of {0} stopped: the tab closed", doc.file());
        } catch (PdfException | RuntimeException e) {
            LOG.log(Level.INFO, "Cannot read the references of " + doc.file(), e);
        }
    }

    /** Whether the paper has been read (the markers can be asked for). */
    public boolean ready() {
        return refs != null;
    }

    /** The paper's cross-references once read, else null. */
    public CrossReferences crossReferences() {
        return refs;
    }

    /** Blocks until read (tests, benchmarks); returns the cross-references or null when they could not be read. */
    public CrossReferences await() throws InterruptedException {
        start(0);
        RequestProcessor.Task t;
        synchronized (this) {
            t = reading;
        }
        t.waitFinished();
        return refs;
    }

    /** The page's markers if known, else null (and they are read in the background). */
    public List<Citation> page(int page) {
        List<Citation> cs = pages.get(page);
        if (cs != null || refs == null || closed) {
            return cs;
        }
        if (asked.putIfAbsent(page, Boolean.TRUE) == null) {
            RP.post(() -> {
                try {
                    pages.put(page, refs.citations(page));
                    SwingUtilities.invokeLater(onPageRead);
                } catch (PdfException | RuntimeException e) {
                    LOG.log(Level.FINE, "no citations for page " + page, e);
                    pages.put(page, List.of());
                }
            });
        }
        return null;
    }

    /**
     * The markers at a page-space point that lead somewhere, the smallest first (a link inside a
     * wider one); empty when none or not known yet.
     */
    public List<Citation> at(int page, Point2D p) {
        List<Citation> cs = page(page);
        if (cs == null) {
            return List.of();
        }
        return cs.stream().filter(c -> c.resolved() && contains(c.area(), p))
                .sorted((a, b) -> Double.compare(a.area().width() * a.area().height(), b.area().width() * b.area().height())).toList();
    }

    private static boolean contains(Rect r, Point2D p) {
        return p.getX() >= r.left() - 0.5 && p.getX() <= r.right() + 0.5 && p.getY() >= r.bottom() - 0.5 && p.getY() <= r.top() + 0.5;
    }

    /** Stops reading (the tab closes). */
    public void close() {
        closed = true;
    }
}
