package dev.gloss.desktop.reader.navigate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.desktop.reader.TestPdfs;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.RenderCache;
import dev.gloss.desktop.reader.render.RenderScheduler;
import dev.gloss.pdf.Citation;
import dev.gloss.pdf.CitationTarget;
import dev.gloss.pdf.PageArea;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Rect;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previews' targets are drawn ahead only for a view in sight: a tab behind another, laid out
 * again as the window changes, must not render its pages again while the user waits for another
 * tab's page. On a real display (Xvfb in ./test).
 */
@GuiTest
class PreviewsAheadGuiTest {
    @TempDir
    Path dir;

    @Test
    void aViewOutOfSightDrawsNothingAheadAndDrawsAheadOnceShown() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("targets.pdf"), 3, 1, "A reference entry");
        Preferences prefs = Preferences.userRoot().node("gloss-test-previews-ahead-" + System.nanoTime());
        JFrame[] frame = new JFrame[1];
        try (OpenDocument doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
                RenderScheduler scheduler = new RenderScheduler(doc::render, new RenderCache(1L << 26), 1, key -> { })) {
            PageView[] view = new PageView[1];
            Previews[] previews = new Previews[1];
            SwingUtilities.invokeAndWait(() -> {
                view[0] = new PageView(doc, scheduler);
                view[0].hold(); // the view's own pages are not what is counted
                previews[0] = new Previews(view[0], new CitationLinks(doc), new LinkHandler(view[0]), prefs);
            });
            PageArea entry = new PageArea(3, new Rect(72, 600, 472, 640));
            Citation marker = new Citation(1, new Rect(100, 100, 120, 110), "[1]", Citation.Kind.REFERENCE, "1",
                    Citation.Source.TEXT, new CitationTarget(Citation.Kind.REFERENCE, 3, 600, List.of(entry), null, "A reference entry"));

            SwingUtilities.invokeAndWait(() -> previews[0].drawAhead(List.of(marker)));
            Thread.sleep(1500);
            assertEquals(0, previews[0].drawnAheadBytes(), "nothing drawn ahead for a view out of sight");

            SwingUtilities.invokeAndWait(() -> {
                frame[0] = new JFrame("Gloss previews ahead test");
                frame[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                frame[0].setContentPane(new JScrollPane(view[0]));
                frame[0].setBounds(40, 40, 700, 600);
                frame[0].setVisible(true);
            });
            long end = System.currentTimeMillis() + 60_000;
            while (previews[0].drawnAheadBytes() == 0 && System.currentTimeMillis() < end) {
                SwingUtilities.invokeAndWait(() -> previews[0].drawAhead(List.of(marker)));
                Thread.sleep(200);
            }
            assertEquals(true, previews[0].drawnAheadBytes() > 0, "the entry's page drawn ahead once the view shows");
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                if (frame[0] != null) {
                    frame[0].dispose();
                }
            });
            prefs.removeNode();
        }
    }
}
