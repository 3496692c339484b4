package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.spi.PaperPreloader;
import dev.gloss.desktop.reader.navigate.PositionMemory;
import dev.gloss.desktop.reader.render.EarlyView;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageLook;
import dev.gloss.desktop.reader.render.PdfBoxLogging;
import dev.gloss.desktop.reader.render.RasterKeeper;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.raster.PageRasters;
import dev.gloss.workspace.Ids;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;

/**
 * A paper about to open is read before its tab asks: a PDF on the command line while the platform
 * builds the window, or one handed to the running window, while the window makes its tab. The
 * file is opened, and its first view rendered and painted ({@link EarlyView}) at the size the
 * reader's view had last time; at start, that view is shown over the main window at the place the
 * reader's view had on the screen ({@link FirstPage#showEarly}). The tab, when it opens the same
 * file, takes the open document instead of opening it again ({@link DocumentLoader}), with the
 * pages rendered here (or being rendered: it waits for those, it does not render them twice).
 * <p>
 * A file that needs a password, or fails, is left to the tab, which asks or says why. A document
 * no tab has taken after {@value #KEEP_S} s is closed.
 */
@ServiceProvider(service = PaperPreloader.class)
public final class EarlyPage implements PaperPreloader {
    private static final Logger LOG = Logger.getLogger(EarlyPage.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: early page", 1);
    private static final RequestProcessor HASH = new RequestProcessor("Gloss reader: early hash", 1);
    static final int KEEP_S = 60;
    private static final Map<Path, CompletableFuture<OpenDocument>> READ = new ConcurrentHashMap<>();

    @Override
    public void preload(Path file) {
        Path key = file.toAbsolutePath().normalize();
        CompletableFuture<OpenDocument> doc = new CompletableFuture<>();
        if (READ.putIfAbsent(key, doc) != null) {
            return;
        }
        RP.post(() -> {
            try {
                read(key, doc);
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                LOG.log(Level.FINE, "Not read early: " + key, e); // the tab reads it and says why
            } finally {
                doc.complete(null);
            }
        });
        RP.post(() -> {
            if (READ.remove(key, doc)) {
                closeWhenRead(doc);
            }
        }, KEEP_S * 1000);
    }

    /**
     * The document read early for {@code file}, once (the caller owns it); waits while it is still
     * being opened and its first view laid out (not while that view's pages render). Null when none
     * was, or it could not be read.
     */
    static OpenDocument take(Path file) {
        CompletableFuture<OpenDocument> doc = READ.remove(file.toAbsolutePath().normalize());
        if (doc == null) {
            return null;
        }
        try {
            return doc.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeWhenRead(doc);
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** Closes the document once it is read: nobody takes it any more. */
    private static void closeWhenRead(CompletableFuture<OpenDocument> doc) {
        doc.thenAccept(d -> {
            if (d != null) {
                d.close();
            }
        });
    }

    /**
     * Opens {@code file}, draws its first view and shows it over the main window while the start
     * has not shown a page yet, handing the document to {@code opened} (a tab may take it from then
     * on) as soon as the pages of that view count as being rendered here, or when nothing is drawn.
     * The tab asking for a page still being rendered here waits for that render.
     */
    private static void read(Path file, CompletableFuture<OpenDocument> opened) throws Exception {
        PdfBoxLogging.install();
        // the hash (tens of ms for a paper) beside the parse, on the other core
        CompletableFuture<String> sha = new CompletableFuture<>();
        HASH.post(() -> {
            try {
                sha.complete(Ids.sha256(file));
            } catch (IOException | RuntimeException e) {
                sha.completeExceptionally(e);
            }
        });
        PdfDocument pdf = PdfDocument.open(file, null);
        OpenDocument doc;
        try {
            doc = new OpenDocument(pdf, null, sha.get());
        } catch (Exception | Error e) {
            pdf.close();
            throw e;
        }
        Preferences prefs = NbPreferences.forModule(EarlyPage.class); // the reader's, as its tabs read them
        boolean paper;
        try {
            doc.expectPaceOfEarlierDocuments();
            paper = PaperFinder.isPaper(file, doc.sha256());
            lookAsTheTab(doc, prefs, paper);
        } catch (RuntimeException | Error e) {
            doc.close();
            throw e;
        }
        // handed to the tab once its first pages count as rendered here: a tab that took it sooner
        // would build its view beside this one, each waiting for AWT's tree lock while the other
        // lays out (up to 170 ms of a hand-over before page 1 started rendering)
        try {
            Rectangle at = RasterKeeper.viewOnScreen(paper);
            if (at != null) {
                BufferedImage picture = firstView(doc, prefs, at.getSize(), () -> opened.complete(doc));
                if (picture != null) {
                    FirstPage.showEarly(picture, at, splashPicture(doc, picture, at));
                }
            }
        } finally {
            opened.complete(doc);
        }
    }

    /**
     * Gives {@code doc} the look its tab will give it, as the reader's preferences {@code prefs}
     * say: the pages' colours, the links' borders; a paper's marks come from the workspace, not
     * from the file.
     */
    static void lookAsTheTab(OpenDocument doc, Preferences prefs, boolean paper) {
        doc.setLook(PageLook.colors(prefs), PageLook.linkBorders(prefs));
        if (paper) {
            doc.hideFileMarkup();
        }
    }

    /**
     * The view a new tab of {@code size} shows first (the position remembered in {@code prefs},
     * or page 1 from the top), drawn as {@link EarlyView#draw} does; null when it cannot be.
     */
    static BufferedImage firstView(OpenDocument doc, Preferences prefs, java.awt.Dimension size, Runnable reserved)
            throws InterruptedException {
        return EarlyView.draw(doc, size, PageLook.spread(prefs),
                PositionMemory.in(prefs).recall(doc.sha256()).orElse(null), reserved);
    }

    /**
     * While the JVM's splash screen is still up (the launcher's picture of Gloss), the picture as the
     * file's kept splash (where the launcher looks for it next time, too), for the splash to show
     * now; null when the splash is gone, the view is not wholly on the screen, or the file is
     * encrypted (its pages are never kept on disk).
     */
    private static Path splashPicture(OpenDocument doc, BufferedImage picture, Rectangle at) {
        if (!FirstPage.splashAwaitsPage() || doc.pdf().encrypted()) {
            return null;
        }
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        if (!screen.contains(at)) {
            return null;
        }
        PageRasters rasters = PageRasters.in(GlossWorkspace.derivedFolder());
        rasters.putSplash(doc.sha256(), RasterKeeper.onScreen(screen, at.getLocation(), picture));
        return rasters.splash(doc.sha256());
    }
}
