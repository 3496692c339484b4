package dev.gloss.desktop.reader.render;

import dev.gloss.pdf.OutlineItem;
import dev.gloss.pdf.PageColors;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.pdf.PageSize;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.PdfLink;
import dev.gloss.workspace.Rect;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.RequestProcessor;

/**
 * A PDF open in a reader tab: what the view needs to know about every page (sizes, crop boxes,
 * rotations, labels, the outline), read once in the background when the file opens, so the
 * event thread never has to ask PDFBox anything. PDFBox serializes all work on one document,
 * so pages render through two instances of the file, which lets two pages render at once and
 * lets find and text extraction (on the first instance) never stall both render threads.
 * Every method except the plain getters is for background threads.
 */
public final class OpenDocument implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OpenDocument.class.getName());
    private static final RequestProcessor SECOND = new RequestProcessor("Gloss reader: second instance", 1);
    /** A page slower than this to render is first shown from a quick low-resolution pass. */
    static final double SLOW_PAGE_MS = 120;

    static {
        PdfBoxLogging.install();
    }

    private final PdfDocument pdf;
    private final char[] password;
    private final String sha256;
    private final double[] widths;
    private final double[] heights;
    private final Rect[] cropBoxes;
    private final int[] rotations;
    private final String[] labels;
    private final List<OutlineItem> outline;
    private final BlockingQueue<PdfDocument> renderers = new ArrayBlockingQueue<>(2);
    private final ConcurrentHashMap<Integer, List<PdfLink>> links = new ConcurrentHashMap<>();
    private volatile PdfDocument second;
    private volatile boolean secondTried;
    private volatile boolean closed;
    private volatile boolean fileMarkupHidden;
    /** Pages read from disk with the document, to show until rendered; handed over once. */
    private volatile java.util.Map<Integer, BufferedImage> keptPages = java.util.Map.of();
    private volatile PageColors pageColors = PageColors.PRINTED;
    private volatile boolean linkBorders = true;
    /** Pages rendered before the reader's tab existed, in the look of that moment; handed over once. */
    /**
     * Renders started before the reader's tab existed, each with the look it is drawn in: the tab
     * takes those done into its cache, and a render it asks for that is still under way is waited
     * for, not made twice.
     */
    private final ConcurrentHashMap<RenderKey, Early> early = new ConcurrentHashMap<>();

    private record Early(CompletableFuture<BufferedImage> image, String look) {
    }
    /** A running mean of how long a whole page takes to render, ms; negative before the first. */
    private volatile double pageMillis = -1;
    /** The same over every document of this JVM: a new document's first guess. */
    private static volatile double pageMillisInJvm = -1;

    /** Reads the page table of an open PDF; call off the event thread. */
    public OpenDocument(PdfDocument pdf, char[] password, String sha256) {
        this.pdf = pdf;
        this.password = password == null ? null : password.clone();
        this.sha256 = sha256;
        int n = pdf.pageCount();
        widths = new double[n];
        heights = new double[n];
        cropBoxes = new Rect[n];
        rotations = new int[n];
        labels = new String[n];
        for (int p = 1; p <= n; p++) {
            PageSize s = pdf.pageSize(p);
            widths[p - 1] = s.width();
            heights[p - 1] = s.height();
            rotations[p - 1] = s.rotation();
            cropBoxes[p - 1] = pdf.cropBox(p);
            labels[p - 1] = pdf.pageLabel(p);
        }
        outline = pdf.outline();
        renderers.add(pdf);
    }

    public Path file() {
        return pdf.file();
    }

    /** SHA-256 (hex) of the file's bytes: the key of its reading position and of its paper. */
    public String sha256() {
        return sha256;
    }

    public int pageCount() {
        return widths.length;
    }

    /** Displayed widths in points, index 0 = page 1. */
    double[] widths() {
        return widths.clone();
    }

    /** Displayed heights in points, index 0 = page 1. */
    double[] heights() {
        return heights.clone();
    }

    public double width(int page) {
        return widths[page - 1];
    }

    public double height(int page) {
        return heights[page - 1];
    }

    double maxWidth() {
        return Arrays.stream(widths).max().orElse(0);
    }

    /** The page's label ("iv", "12"). */
    public String label(int page) {
        return labels[page - 1];
    }

    /** The page number whose label is {@code text}, else {@code text} read as a number; 0 if neither. */
    public int pageForLabel(String text) {
        String t = text.strip();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equalsIgnoreCase(t)) {
                return i + 1;
            }
        }
        try {
            int p = Integer.parseInt(t);
            return p >= 1 && p <= labels.length ? p : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<OutlineItem> outline() {
        return outline;
    }

    /** Page space to pixels at {@code scale} pixels per point. Cheap; safe on any thread. */
    public PageGeometry geometry(int page, double scale) {
        return new PageGeometry(cropBoxes[page - 1], rotations[page - 1], (float) scale);
    }

    /** Renders a page or tile on the calling (background) thread. */
    public BufferedImage render(RenderKey key) throws PdfException, InterruptedException {
        Early e = early.get(key);
        if (e != null) {
            // it counts as being rendered early until it is here (renderingEarly)
            BufferedImage img = e.look().equals(look()) ? e.image().join() : null; // null when the early render failed
            early.remove(key, e);
            if (img != null) {
                return img;
            }
        }
        return renderNow(key);
    }

    private BufferedImage renderNow(RenderKey key) throws PdfException, InterruptedException {
        openSecondRenderer();
        PdfDocument doc = renderers.take();
        try {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            float scale = (float) key.scale();
            if (key.isTile()) {
                return doc.renderTile(key.page(), scale, key.tileRect());
            }
            long t = System.nanoTime();
            BufferedImage img = doc.render(key.page(), scale);
            double ms = (System.nanoTime() - t) / 1e6;
            noteRender(ms);
            noteRenderInJvm(ms);
            return img;
        } finally {
            renderers.add(doc);
        }
    }

    /**
     * Renders a page-space area of a page at {@code scale} pixels per point (a preview of a
     * figure or a reference entry), on the calling background thread, on white.
     */
    public BufferedImage renderArea(int page, Rect area, double scale) throws PdfException, InterruptedException {
        PageGeometry g = geometry(page, scale);
        java.awt.geom.Rectangle2D px = g.toImage(area);
        java.awt.Rectangle r = px.getBounds().intersection(new java.awt.Rectangle(g.imageWidth(), g.imageHeight()));
        if (r.isEmpty()) {
            throw new IllegalArgumentException("area " + area + " is off page " + page);
        }
        openSecondRenderer();
        PdfDocument doc = renderers.take();
        try {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            return doc.renderTile(page, (float) scale, r);
        } finally {
            renderers.add(doc);
        }
    }

    /**
     * True while pages take long to render (before the first has, in a JVM that has not drawn a
     * page yet, or pages heavy with figures): a page coming into view then gets a quick
     * low-resolution pass before its sharp one.
     */
    boolean slowToRender() {
        double ms = pageMillis;
        return ms < 0 || ms > SLOW_PAGE_MS;
    }

    /**
     * Starts this document's running mean from the pages drawn before in this JVM: a file opened
     * in a window that has drawn pages quickly gets no low-resolution pass first, which on a
     * paper's first page cost as long as the sharp render beside it (fonts and content parsed
     * twice, on two cores); a window whose pages were slow keeps it. Call before the first render.
     */
    public void expectPaceOfEarlierDocuments() {
        if (pageMillis < 0) {
            pageMillis = pageMillisInJvm;
        }
    }

    /** Counts a whole page's render time into the mean over every document of this JVM. */
    static void noteRenderInJvm(double ms) {
        double mean = pageMillisInJvm;
        pageMillisInJvm = mean < 0 ? ms : 0.75 * mean + 0.25 * ms;
    }

    /** Counts a whole page's render time into the running mean. */
    void noteRender(double ms) {
        double mean = pageMillis;
        pageMillis = mean < 0 ? ms : 0.75 * mean + 0.25 * ms;
    }

    /**
     * Opens the file a second time for the second render thread, once, in the background (the
     * first page must not wait for it); failure only costs speed.
     */
    private void openSecondRenderer() {
        synchronized (this) {
            if (secondTried || closed) {
                return;
            }
            secondTried = true;
        }
        SECOND.post(() -> {
            PdfDocument d;
            try {
                d = PdfDocument.open(pdf.file(), password);
            } catch (PdfException e) {
                LOG.log(Level.FINE, "Rendering with one instance of " + pdf.file(), e);
                return;
            }
            synchronized (this) {
                if (closed) {
                    d.close();
                    return;
                }
                second = d;
                d.setMarkupDrawn(!fileMarkupHidden);
                d.setPageColors(pageColors);
                d.setLinkBordersDrawn(linkBorders);
                renderers.add(d);
            }
        });
    }

    /**
     * Stops drawing the file's own markup annotations: the file is a paper, whose marks are read
     * into the workspace and drawn by the annotation layer (see {@link PdfDocument#setMarkupDrawn}).
     */
    public synchronized void hideFileMarkup() {
        fileMarkupHidden = true;
        pdf.setMarkupDrawn(false);
        if (second != null) {
            second.setMarkupDrawn(false);
        }
    }

    public boolean fileMarkupHidden() {
        return fileMarkupHidden;
    }

    /**
     * How pages are drawn from now on: their colours, and whether the borders the file gives its
     * links are drawn (readers hide them). Images rendered before keep the old look: the caller
     * drops them ({@link RenderScheduler#invalidate}).
     */
    public synchronized void setLook(PageColors colors, boolean drawLinkBorders) {
        pageColors = colors;
        linkBorders = drawLinkBorders;
        pdf.setPageColors(colors);
        pdf.setLinkBordersDrawn(drawLinkBorders);
        if (second != null) {
            second.setPageColors(colors);
            second.setLinkBordersDrawn(drawLinkBorders);
        }
    }

    /** Whether the borders the file gives its links are drawn. */
    public boolean linkBordersDrawn() {
        return linkBorders;
    }

    /** The colours pages are drawn in (the colour of a page before its image is there, too). */
    public PageColors pageColors() {
        return pageColors;
    }

    /** A copy of the password the file opened with (null when none); the caller clears it. */
    public char[] password() {
        return password == null ? null : password.clone();
    }

    /** Gives the document the pages kept on disk from an earlier reading (page to image). */
    public void setKeptPages(java.util.Map<Integer, BufferedImage> pages) {
        keptPages = java.util.Map.copyOf(pages);
    }

    /**
     * Renders a page or tile before the reader's tab exists, on the calling background thread; the
     * tab gets the same image for the same key ({@link #takeEarlyRenders}, {@link #render}).
     */
    public BufferedImage renderEarly(RenderKey key) throws PdfException, InterruptedException {
        Early e = early.get(key);
        if (e == null || e.image().isDone() || !e.look().equals(look())) {
            e = new Early(new CompletableFuture<>(), look());
            early.put(key, e);
        }
        try {
            BufferedImage img = renderNow(key);
            e.image().complete(img);
            return img;
        } finally {
            e.image().complete(null); // failed: whoever asks renders it
        }
    }

    /**
     * Counts {@code keys} as being rendered early from now on, before the first of them is: whoever
     * renders one of them waits for {@link #renderEarly}, or for {@link #releaseEarly} when it is
     * not rendered after all.
     */
    void reserveEarly(java.util.List<RenderKey> keys) {
        for (RenderKey key : keys) {
            early.put(key, new Early(new CompletableFuture<>(), look()));
        }
    }

    /** Ends the reservation of those of {@code keys} not rendered early: whoever waits renders them. */
    void releaseEarly(java.util.List<RenderKey> keys) {
        for (RenderKey key : keys) {
            Early e = early.get(key);
            if (e != null && e.image().complete(null)) {
                early.remove(key, e);
            }
        }
    }

    /** Whether {@code key} is being (or was) rendered early and not yet taken. */
    boolean renderingEarly(RenderKey key) {
        Early e = early.get(key);
        return e != null && e.look().equals(look());
    }

    /**
     * The early renders done, once, that are drawn as the document is drawn now ({@code colors});
     * those still under way stay for {@link #render} to wait for.
     */
    java.util.Map<RenderKey, BufferedImage> takeEarlyRenders(PageColors colors) {
        String now = colors + " " + linkBorders + " " + fileMarkupHidden;
        java.util.Map<RenderKey, BufferedImage> done = new java.util.HashMap<>();
        for (java.util.Map.Entry<RenderKey, Early> e : early.entrySet()) {
            BufferedImage img = e.getValue().image().getNow(null);
            // those done leave either way: drawn in another look, they would only hold memory
            if (img != null && early.remove(e.getKey(), e.getValue()) && e.getValue().look().equals(now)) {
                done.put(e.getKey(), img);
            }
        }
        return done;
    }

    private String look() {
        return pageColors + " " + linkBorders + " " + fileMarkupHidden;
    }

    /** The pages kept on disk that came with the document, once (later calls get none). */
    java.util.Map<Integer, BufferedImage> takeKeptPages() {
        java.util.Map<Integer, BufferedImage> p = keptPages;
        keptPages = java.util.Map.of();
        return p;
    }

    /** The first instance of the PDF, for background work that needs the whole document (re-anchoring). */
    public PdfDocument pdf() {
        return pdf;
    }

    /** The text layer of a page (cached by the PDF module). */
    public PageText text(int page) throws PdfException {
        return pdf.text(page);
    }

    /** The links of a page, read once. */
    public List<PdfLink> links(int page) {
        return links.computeIfAbsent(page, pdf::links);
    }

    /** The links of a page if they have been read already, else null. */
    public List<PdfLink> linksIfRead(int page) {
        return links.get(page);
    }

    /** Closes both instances; renders in progress finish first. */
    @Override
    public void close() {
        PdfDocument s;
        synchronized (this) {
            closed = true;
            secondTried = true;
            s = second;
        }
        pdf.close();
        if (s != null) {
            s.close();
        }
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
