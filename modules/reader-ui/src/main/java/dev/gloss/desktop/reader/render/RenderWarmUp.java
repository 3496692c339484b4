package dev.gloss.desktop.reader.render;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.pdf.PdfDocument;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;
import org.openide.windows.OnShowing;

/**
 * Once the main window shows, loads and exercises PDFBox in the background (its classes, the
 * font mapper, which builds PDFBox's cache of the system's fonts the first time on a machine,
 * the TrueType parser, the glyph cache, the rasterizer), so that the first page of the first
 * paper opened appears in about the time of any later one instead of seconds after it: in a
 * fresh JVM most of a first page's time is this, not the page.
 */
@OnShowing
public final class RenderWarmUp implements Runnable {
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: warm-up", 1);

    @Override
    public void run() {
        PdfBoxLogging.install();
        // a start that opens a paper warms PDFBox up with that paper: a warm-up beside it only
        // takes a core from its first page (asked after the tabs of last time said whether they open)
        SwingUtilities.invokeLater(() -> {
            if (!FirstPage.isPaperComing()) {
                RP.post(PdfDocument::warmUp, 0, Thread.MIN_PRIORITY);
            }
        });
    }
}
