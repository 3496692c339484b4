package dev.gloss.desktop.reader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.Edt;
import dev.gloss.desktop.reader.TestPdfs;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Ids;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remembered position survives the layouts a new tab passes through: the window system lays a
 * tab out wide for a moment before the windows beside it take their place, and at that zoom the
 * margin above page 1 cannot be scrolled to (the view is clamped at its top). Once the view has
 * its width, it must show the remembered position, not what the clamp left: the kept view of
 * last time is shown at start and must not jump when the tab takes over. On a real display
 * (Xvfb in ./test): the view follows its viewport's resize events.
 */
@GuiTest
class RestoredPositionGuiTest {
    @TempDir
    Path dir;

    private static <T> T onEdt(Callable<T> c) throws Exception {
        return Edt.call(c);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aPositionRestoredIntoAPassingWideLayoutIsTheOneShownAtTheFinalWidth() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("ten.pdf"), 10, 1, "A phrase");
        ReadingPosition remembered = new ReadingPosition(1, -8.6, Zoom.FIT_WIDTH); // the margin above page 1, nearly all
        JFrame[] frame = new JFrame[1];
        try (OpenDocument doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
                RenderScheduler scheduler = new RenderScheduler(doc::render, new RenderCache(1L << 26), 1, key -> { })) {
            PageView[] view = new PageView[1];
            SwingUtilities.invokeAndWait(() -> {
                view[0] = new PageView(doc, scheduler);
                view[0].hold();
                frame[0] = new JFrame("Gloss restored position test");
                frame[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                frame[0].setContentPane(new JScrollPane(view[0]));
                frame[0].setBounds(0, 0, 1400, 700);
                frame[0].setVisible(true);
            });
            waitFor("the wide layout", () -> onEdt(() -> view[0].getParent().getWidth() > 1300));
            SwingUtilities.invokeAndWait(() -> view[0].restore(remembered));
            assertEquals(0, (int) onEdt(() -> view[0].getVisibleRect().y), "clamped at the top in the wide layout");

            SwingUtilities.invokeAndWait(() -> frame[0].setSize(700, 700));
            waitFor("the final width", () -> onEdt(() -> view[0].pageLayout().scale() < 1.2));
            SwingUtilities.invokeAndWait(() -> { }); // any resize still queued
            int expected = onEdt(() -> view[0].pageLayout().yOf(1, remembered.offset()));
            assertTrue(expected > 0, "at this width the remembered position shows part of the margin");
            assertEquals(expected, (int) onEdt(() -> view[0].getVisibleRect().y), "the remembered position, not the clamp's");

            // once the reader scrolls, a new width keeps what is at the top instead
            SwingUtilities.invokeAndWait(() -> view[0].scrollBy(0, 300));
            ReadingPosition scrolled = onEdt(() -> view[0].position());
            SwingUtilities.invokeAndWait(() -> frame[0].setSize(600, 700));
            waitFor("the narrower width", () -> onEdt(() -> view[0].getParent().getWidth() < 600));
            SwingUtilities.invokeAndWait(() -> { });
            ReadingPosition after = onEdt(() -> view[0].position());
            assertEquals(scrolled.page(), after.page());
            assertEquals(scrolled.offset(), after.offset(), 1.5, "the same place at the top");
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                if (frame[0] != null) {
                    frame[0].dispose();
                }
            });
        }
    }
}
