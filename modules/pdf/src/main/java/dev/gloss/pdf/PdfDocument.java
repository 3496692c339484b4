package dev.gloss.pdf;

import dev.gloss.workspace.Rect;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * An open PDF: pages, rendering, the text layer, find, outline, page labels, links and paper
 * metadata. Pages are numbered from 1. Thread-safe: every call into PDFBox (which is not) is
 * serialized on this document, so a UI may render and extract from several background threads.
 * Nothing a file contains is ever executed: no JavaScript, no launch actions; links report only
 * internal jumps and web/mail URIs.
 *
 * <pre>{@code
 * try (PdfDocument pdf = PdfDocument.open(Path.of("paper.pdf"))) {
 *     BufferedImage first = pdf.render(1, 150 / 72f);
 *     String text = pdf.text(1).text();
 * }
 * }</pre>
 */
public final class PdfDocument implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PdfDocument.class.getName());
    /** Largest image {@link #render} makes; beyond it, render tiles. */
    static final long MAX_PIXELS = 120_000_000L;
    private final Path file;
    private final PDDocument doc;
    private final GlossPageDrawer.Renderer renderer;
    private volatile boolean markupDrawn = true;
    private volatile boolean linkBordersDrawn = true;
    private volatile PageColors pageColors = PageColors.PRINTED;
    private final GlyphCollector collector = new GlyphCollector();
    private final int pageCount;
    private final List<Integer> missing;
    private final List<Repair> repairs;
    private final boolean encrypted;
    private final Object lock = new Object();
    private final SoftReference<PageText>[] texts;
    /** Pages whose calculator functions were made to compute as other readers do. */
    private final boolean[] loosened;
    private final CalculatorFunctions functions = new CalculatorFunctions();
    private List<OutlineItem> outline;
    private String[] labels;
    private PaperMetadata metadata;
    private boolean closed;

    PdfDocument(Path file, PDDocument doc, int pageCount) {
        this(file, doc, pageCount, List.of());
    }

    /** @param missing the pages (from 1) the file claims but whose objects are lost: blank stand-ins */
    PdfDocument(Path file, PDDocument doc, int pageCount, List<Integer> missing) {
        this(file, doc, pageCount, missing, Repair.of(false, !missing.isEmpty(), missing));
    }

    /** @param repairs what opening mended (see {@link #repairs()}) */
    @SuppressWarnings("unchecked")
    PdfDocument(Path file, PDDocument doc, int pageCount, List<Integer> missing, List<Repair> repairs) {
        this.file = file;
        this.doc = doc;
        this.pageCount = pageCount;
        this.missing = List.copyOf(missing);
        this.repairs = List.copyOf(repairs);
        this.encrypted = doc.isEncrypted();
        this.texts = new SoftReference[pageCount];
        this.loosened = new boolean[pageCount];
        this.renderer = GlossPageDrawer.renderer(doc, () -> markupDrawn, () -> linkBordersDrawn, new GlyphSprites(),
                new FastImages());
        renderer.setRenderingHints(renderingHints());
        // read huge images at about the resolution they are drawn at, not in full
        renderer.setSubsamplingAllowed(true);
    }

    /** Opens a PDF that needs no password (or has the empty user password). */
    public static PdfDocument open(Path file) throws PdfException {
        return open(file, null);
    }

    /**
     * Opens a PDF with a password (user or owner password; RC4, AES-128 and AES-256 including
     * revision 6, whose passwords are SASLprep-normalized Unicode). Opening runs in a worker
     * with a time bound ({@code gloss.pdf.openTimeoutSeconds}, default 20 s), so a hostile file
     * cannot hang the caller.
     *
     * @param password the password, or null for none; not retained or modified
     * @throws PdfException with a one-sentence message when the file cannot be opened
     */
    public static PdfDocument open(Path file, char[] password) throws PdfException {
        return PdfOpener.open(file, password);
    }

    private static RenderingHints renderingHints() {
        RenderingHints h = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // bilinear is much faster than PDFBox's default bicubic for scanned pages and looks the same on screen
        h.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        h.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        h.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return h;
    }

    /**
     * Loads and exercises PDFBox once (class loading, the font mapper and its cache of the
     * system's fonts, which PDFBox builds on the first use on a machine and which then takes
     * seconds, the TrueType parser, the glyph cache, the rasterizer, text extraction) on a small
     * document made in memory, so the first real page appears sooner. Takes a second or so; call
     * it from a background thread at startup. Failures are logged, never thrown.
     */
    public static void warmUp() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.font.PDFont embedded;
            try (java.io.InputStream ttf = org.apache.pdfbox.pdmodel.font.PDFont.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                embedded = ttf == null ? null : org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, ttf);
            }
            org.apache.pdfbox.pdmodel.font.PDFont times = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                // a page's worth of text, and a figure's worth of paths, so that the hot code gets compiled
                for (int line = 0; line < 40; line++) {
                    cs.beginText();
                    cs.setFont(embedded != null && line % 2 == 0 ? embedded : times, 9);
                    cs.newLineAtOffset(40, 800 - line * 12);
                    cs.showText("Warming up: the quick brown fox jumps over the lazy dog, 0123456789.");
                    cs.endText();
                }
                cs.setLineWidth(0.4f);
                for (int i = 0; i < 400; i++) {
                    float x = 60 + (i % 20) * 24;
                    float y = 60 + (i / 20) * 15;
                    cs.moveTo(x, y);
                    cs.curveTo(x + 6, y + 12, x + 14, y - 4, x + 20, y + 8);
                    cs.lineTo(x + 10, y + 2);
                    cs.closePath();
                    cs.fillAndStroke();
                }
            }
            PdfDocument pdf = new PdfDocument(java.nio.file.Path.of("warm-up.pdf"), doc, 1);
            for (float scale : new float[] {1.5f, 0.5f, 2f}) {
                pdf.render(1, scale);
            }
            pdf.text(1);
        } catch (IOException | PdfException | RuntimeException e) {
            LOG.log(Level.FINE, "warm-up failed", e);
        }
    }

    /**
     * Forgets what rendering has learned across documents (the coverage of glyphs seen so far),
     * as a new process starts: for a benchmark that must not reuse one pass's work in the next,
     * or to give memory back.
     */
    public static void clearCaches() {
        GlyphMasks.clear();
    }

    /** The file this document was opened from. */
    public Path file() {
        return file;
    }

    /** Number of pages (at least 1). */
    public int pageCount() {
        return pageCount;
    }

    /**
     * The pages (from 1, ascending) that the file's page tree claims but whose objects are lost
     * (a page tree that contains itself, a page object that cannot be parsed): they are there,
     * blank, as other readers show them; empty for a whole file.
     */
    public List<Integer> missingPages() {
        return missing;
    }

    /**
     * What Gloss mended to open this file (its table of objects rebuilt, pages lost), in the
     * order to tell it; empty for a whole file. A reader shows it so that a damaged file does not
     * pass for a whole one.
     */
    public List<Repair> repairs() {
        return repairs;
    }

    /** True when the file is encrypted (even if it opened with the empty password). */
    public boolean encrypted() {
        return encrypted;
    }

    /** A page's size as displayed (rotation applied). */
    public PageSize pageSize(int page) {
        checkPage(page);
        synchronized (lock) {
            PDPage p = doc.getPage(page - 1);
            PDRectangle c = p.getCropBox();
            int rotation = normalizedRotation(p.getRotation());
            boolean swap = rotation == 90 || rotation == 270;
            return new PageSize(swap ? c.getHeight() : c.getWidth(), swap ? c.getWidth() : c.getHeight(), rotation);
        }
    }

    /** A page's crop box in page space (unrotated). */
    public Rect cropBox(int page) {
        checkPage(page);
        synchronized (lock) {
            PDRectangle c = doc.getPage(page - 1).getCropBox();
            return new Rect(c.getLowerLeftX(), c.getLowerLeftY(), c.getUpperRightX(), c.getUpperRightY());
        }
    }

    /** The mapping between page space and the pixels of {@link #render(int, float)} at a scale. */
    public PageGeometry geometry(int page, float scale) {
        checkPage(page);
        synchronized (lock) {
            PDPage p = doc.getPage(page - 1);
            PDRectangle c = p.getCropBox();
            return new PageGeometry(new Rect(c.getLowerLeftX(), c.getLowerLeftY(), c.getUpperRightX(), c.getUpperRightY()),
                    normalizedRotation(p.getRotation()), scale);
        }
    }

    static int normalizedRotation(int rotation) {
        int r = ((rotation % 360) + 360) % 360;
        return (r / 90) * 90;
    }

    /**
     * The annotation subtypes a reader that keeps its own marks reads out of the file and draws
     * itself: text markup, notes, free text, ink and boxes. Links, form fields and stamps are not
     * among them.
     */
    public static final java.util.Set<String> MARKUP_SUBTYPES = java.util.Set.of(
            "Highlight", "Underline", "StrikeOut", "Squiggly", "Text", "FreeText", "Ink", "Square");

    /**
     * Whether {@link #render} and {@link #renderTile} draw the file's own {@link #MARKUP_SUBTYPES}
     * annotations (they do unless told otherwise). A paper's reader turns this off: its marks were
     * read into the workspace and are drawn from there, where they can be changed and deleted;
     * drawn twice, a deleted mark would stay on the page.
     */
    public void setMarkupDrawn(boolean drawn) {
        markupDrawn = drawn;
    }

    /**
     * Whether {@link #render} and {@link #renderTile} draw the borders the file gives its links
     * (they do unless told otherwise, as poppler does). A reader hides them, as pdf.js and Zotero
     * do: hyperref's red and green boxes are a print-era habit, and the reader shows links itself.
     * Only links are concerned; the file's other annotations are drawn as before.
     */
    public void setLinkBordersDrawn(boolean drawn) {
        linkBordersDrawn = drawn;
    }

    /**
     * The colours {@link #render} and {@link #renderTile} give pages from now on (as printed
     * unless told otherwise). Dark and sepia cost one pass over the pixels after a page is drawn;
     * printed pages are drawn as before.
     */
    public void setPageColors(PageColors colors) {
        pageColors = java.util.Objects.requireNonNull(colors);
    }

    /** The colours pages are rendered in. */
    public PageColors pageColors() {
        return pageColors;
    }

    /**
     * Renders a whole page as an RGB image. Scale 1 is 72 dpi (one pixel per point); the image
     * is {@link PageGeometry#imageWidth()} by {@link PageGeometry#imageHeight()} pixels.
     *
     * @throws IllegalArgumentException when the image would exceed 120 megapixels: use
     *                                  {@link #renderTile} at such zoom
     */
    public BufferedImage render(int page, float scale) throws PdfException {
        checkPage(page);
        PageGeometry g = geometry(page, scale);
        if ((long) g.imageWidth() * g.imageHeight() > MAX_PIXELS) {
            throw new IllegalArgumentException("page " + page + " at scale " + scale + " is too large for one image; render tiles");
        }
        return draw(page, scale, new Rectangle(g.imageWidth(), g.imageHeight()));
    }

    /**
     * Renders part of a page: the pixels {@code tilePixels} of the page image at {@code scale}
     * (the same pixel grid as {@link #render}), for zoom levels where a whole page is too big.
     */
    public BufferedImage renderTile(int page, float scale, Rectangle tilePixels) throws PdfException {
        checkPage(page);
        checkScale(scale);
        if (tilePixels.width <= 0 || tilePixels.height <= 0 || (long) tilePixels.width * tilePixels.height > MAX_PIXELS) {
            throw new IllegalArgumentException("bad tile " + tilePixels);
        }
        return draw(page, scale, tilePixels);
    }

    /**
     * Draws the pixels {@code area} of the page image at {@code scale} on white, then turns them
     * into the page colours (pictures excepted).
     */
    private BufferedImage draw(int page, float scale, Rectangle area) throws PdfException {
        Graphics2D g = null;
        PageColors colors = pageColors;
        List<java.awt.Shape> pictures = colors == PageColors.PRINTED ? null : new ArrayList<>();
        try {
            BufferedImage image = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, area.width, area.height);
            if (area.x != 0 || area.y != 0) {
                g.translate(-area.x, -area.y);
                g.clipRect(area.x, area.y, area.width, area.height);
            }
            synchronized (lock) {
                ensureOpen();
                if (!loosened[page - 1]) {
                    functions.loosen(doc.getPage(page - 1).getCOSObject());
                    loosened[page - 1] = true;
                }
                renderer.render(page - 1, image, g, scale, pictures);
            }
            if (pictures != null) {
                colors.apply(image, pictures);
            }
            return image;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw PdfErrors.onPage(page, true, e);
        } catch (OutOfMemoryError e) {
            // one huge allocation for this page failed; it is free again, the reader goes on
            throw tooLarge(page, e);
        } finally {
            if (g != null) {
                g.dispose();
            }
        }
    }

    private static PdfException tooLarge(int page, OutOfMemoryError e) {
        return new PdfException(e, PdfException.Reason.PAGE_TOO_LARGE, page);
    }

    /** The text layer of a page (extracted once, then cached while memory allows). */
    public PageText text(int page) throws PdfException {
        checkPage(page);
        SoftReference<PageText> ref = texts[page - 1];
        PageText t = ref == null ? null : ref.get();
        if (t != null) {
            return t;
        }
        synchronized (lock) {
            ref = texts[page - 1];
            t = ref == null ? null : ref.get();
            if (t != null) {
                return t;
            }
            t = extract(page);
            texts[page - 1] = new SoftReference<>(t);
            return t;
        }
    }

    /**
     * The text layer of a page without keeping it: for one pass over every page of a long file
     * (the CLI's {@code text}, the search index), whose memory then stays flat instead of growing
     * with soft references until the heap is full.
     */
    public PageText readText(int page) throws PdfException {
        checkPage(page);
        SoftReference<PageText> ref = texts[page - 1];
        PageText t = ref == null ? null : ref.get();
        if (t != null) {
            return t;
        }
        synchronized (lock) {
            return extract(page);
        }
    }

    private PageText extract(int page) throws PdfException {
        ensureOpen();
        try {
            return TextLayout.build(page, doc.getPage(page - 1).getRotation(), collector.collect(doc, page - 1));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw PdfErrors.onPage(page, false, e);
        }
    }

    /** The text of pages {@code fromPage..toPage} (inclusive) in reading order, pages separated by "\n\f\n". */
    public String text(int fromPage, int toPage) throws PdfException {
        checkPage(fromPage);
        checkPage(toPage);
        StringBuilder sb = new StringBuilder();
        for (int p = fromPage; p <= toPage; p++) {
            if (p > fromPage) {
                sb.append("\n\f\n");
            }
            sb.append(text(p).text());
        }
        return sb.toString();
    }

    /**
     * Every hit of a word or phrase in the document, in page order: case-insensitive, with line
     * breaks matching spaces and end-of-line hyphenation already joined.
     */
    public List<FindHit> find(String query) throws PdfException {
        List<FindHit> hits = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return hits;
        }
        for (int p = 1; p <= pageCount; p++) {
            PageText t = text(p);
            for (TextRange r : t.find(query)) {
                hits.add(new FindHit(p, r.start(), r.end(), t.quads(r.start(), r.end())));
            }
        }
        return hits;
    }

    /** The document outline (bookmarks); empty when it has none or it is unreadable. */
    public List<OutlineItem> outline() {
        synchronized (lock) {
            if (outline == null) {
                outline = Navigation.outline(doc);
            }
            return outline;
        }
    }

    /** The page's label as the PDF defines it ("iv", "12"), else its number. */
    public String pageLabel(int page) {
        checkPage(page);
        synchronized (lock) {
            if (labels == null) {
                labels = Navigation.labels(doc, pageCount);
            }
            String l = page - 1 < labels.length ? labels[page - 1] : null;
            return l == null || l.isEmpty() ? String.valueOf(page) : l;
        }
    }

    /** The page's links: internal jumps and web/mail addresses only. */
    public List<PdfLink> links(int page) {
        checkPage(page);
        synchronized (lock) {
            return Navigation.links(doc, page);
        }
    }

    /** Title, authors, arXiv id, DOI, abstract and year, from the file's metadata and first pages. */
    public PaperMetadata metadata() throws PdfException {
        synchronized (lock) {
            if (metadata == null) {
                metadata = MetadataExtractor.extract(this, doc);
            }
            return metadata;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                doc.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not close " + file, e);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(file.getFileName() + " is closed");
        }
    }

    private void checkPage(int page) {
        if (page < 1 || page > pageCount) {
            throw new IndexOutOfBoundsException("page " + page + " is not between 1 and " + pageCount);
        }
    }

    private static void checkScale(float scale) {
        if (!(scale > 0) || Float.isInfinite(scale)) {
            throw new IllegalArgumentException("bad scale " + scale);
        }
    }
}
