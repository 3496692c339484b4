package dev.gloss.desktop.reader;

import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.RenderCache;
import dev.gloss.desktop.reader.render.RenderKey;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Ids;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The reader as {@code ./bench} (the {@code benchmark/} module) measures it, through one entry
 * point instead of the reader's internals: a PDF opened as a reader tab opens it (the loader, then
 * the whole panel with its render threads), with the state of its page images; and a whole book
 * rendered into the reader's byte-bounded cache, as scrolling end to end does.
 * <p>
 * For measuring only: no window of Gloss uses it, and no other NetBeans module can (the module
 * exports no package); the benchmark runs on a flat class path.
 * <pre>{@code
 * ReaderProbe.open(file, probe -> frame.add(probe.component()), (sentence, reason) -> fail(sentence));  // on the EDT
 * ... probe.showsImage(1), probe.showsSharpImage(1) (on the EDT) ...
 * probe.close();
 * }</pre>
 */
public final class ReaderProbe implements AutoCloseable {
    private final OpenDocument doc;
    private ReaderPanel panel;

    private ReaderProbe(OpenDocument doc) {
        this.doc = doc;
    }

    /**
     * Opens {@code file} in the background as the reader tab does and, on the event thread, calls
     * {@code opened} as soon as the document is open (its panel is made by {@link #component()}),
     * or {@code failed} with the sentence the tab would show. Call on the event thread.
     */
    public static void open(Path file, Consumer<ReaderProbe> opened, BiConsumer<String, PdfException.Reason> failed) {
        new DocumentLoader(file, new DocumentLoader.Callback() {
            @Override
            public void loaded(OpenDocument doc) {
                opened.accept(new ReaderProbe(doc));
            }

            @Override
            public void failed(String sentence, PdfException.Reason reason) {
                failed.accept(sentence, reason);
            }
        }).start();
    }

    /**
     * The reader panel (tool bar, side panel, pages) to put in a window, made at the first call as
     * the tab makes it once the document is open. On the event thread.
     */
    public JComponent component() {
        if (panel == null) {
            panel = new ReaderPanel(doc);
        }
        return panel;
    }

    /** Whether page {@code page} (from 1) shows an image, of any sharpness. On the event thread. */
    public boolean showsImage(int page) {
        component();
        return panel.view().showsImage(page);
    }

    /** Whether page {@code page} shows its sharp image at the current zoom. On the event thread. */
    public boolean showsSharpImage(int page) {
        component();
        return panel.view().showsSharpImage(page);
    }

    /** Paints what the page column shows now, as the repaint manager would. On the event thread. */
    public void paintNow() {
        component();
        PageView view = panel.view();
        view.paintImmediately(view.getVisibleRect());
    }

    /**
     * The markers of a page that lead somewhere (links and the text's), once the paper's
     * references are read; blocks until then. Not on the event thread.
     */
    public java.util.List<dev.gloss.pdf.Citation> citations(int page) throws InterruptedException, PdfException {
        try {
            javax.swing.SwingUtilities.invokeAndWait(this::component);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        dev.gloss.pdf.CrossReferences x = panel.citations().await();
        return x == null ? java.util.List.of() : x.citations(page).stream().filter(dev.gloss.pdf.Citation::resolved).toList();
    }

    /**
     * Opens the preview of a marker as the end of the hover delay does and tells {@code shown},
     * on the event thread, the milliseconds until it is on screen and painted. On the event thread.
     */
    public void preview(dev.gloss.pdf.Citation c, java.util.function.DoubleConsumer shown) {
        component();
        var previews = panel.previews();
        java.util.function.LongConsumer[] once = new java.util.function.LongConsumer[1];
        once[0] = start -> {
            var w = previews.window();
            if (w != null) {
                w.getRootPane().paintImmediately(w.getRootPane().getBounds());
            }
            previews.removeShownListener(once[0]);
            shown.accept((System.nanoTime() - start) / 1e6);
        };
        previews.addShownListener(once[0]);
        java.awt.Rectangle r = panel.view().toView(c.page(), new java.awt.geom.Rectangle2D.Double(c.area().left(), c.area().bottom(),
                c.area().width(), c.area().height()));
        previews.open(c, new java.awt.Point(r.x, r.y));
    }

    /** Whether previews' targets are drawn ahead (as the reader does) or rendered when a preview opens. On the event thread. */
    public void drawPreviewsAhead(boolean on) {
        component();
        panel.previews().setDrawingAhead(on);
    }

    /** Closes the preview showing. On the event thread. */
    public void closePreview() {
        component();
        panel.previews().close();
    }

    /** Scrolls the pages so that page {@code page} is at the top. On the event thread. */
    public void goToPage(int page) {
        component();
        panel.view().goToPage(page);
    }

    /** Stops the render threads and closes the document, as closing the tab does. On the event thread. */
    @Override
    public void close() {
        if (panel != null) {
            panel.close();
        } else {
            doc.close();
        }
    }

    /**
     * Opens {@code file} as the reader's document (both of its instances) with an empty render
     * cache of {@code cacheBytes}, for rendering page after page into it.
     */
    public static Book book(Path file, long cacheBytes) throws PdfException, IOException {
        return new Book(new OpenDocument(PdfDocument.open(file), null, Ids.sha256(file)), new RenderCache(cacheBytes));
    }

    /** A document and the reader's render cache, without a window. */
    public static final class Book implements AutoCloseable {
        private final OpenDocument doc;
        private final RenderCache cache;

        private Book(OpenDocument doc, RenderCache cache) {
            this.doc = doc;
            this.cache = cache;
        }

        public int pageCount() {
            return doc.pageCount();
        }

        /** Renders page {@code page} (from 1) whole, {@code width} pixels wide, into the cache. */
        public void render(int page, int width) throws PdfException, InterruptedException {
            RenderKey key = RenderKey.page(page, width / doc.width(page));
            cache.put(key, doc.render(key));
        }

        /** The bytes of the images the cache holds now. */
        public long cacheBytes() {
            return cache.bytes();
        }

        @Override
        public void close() {
            doc.close();
        }
    }
}
