package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.open.DamageBanner;
import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.testing.GuiTest;
import java.awt.BorderLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truncated PDF opens with a bar above the page that says it is damaged and what was mended
 * (pdf.js does the same), in a real window; a whole one has no bar.
 */
@GuiTest
class DamagedFileGuiTest {
    @TempDir
    Path dir;
    private JFrame frame;
    private ReaderPanel panel;

    @AfterEach
    void close() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            if (panel != null) {
                panel.close();
            }
            if (frame != null) {
                frame.dispose();
            }
        });
    }

    /** Opens {@code pdf} as a reader tab does: the background loader, then the bar if any over the page. */
    private OpenDocument load(Path pdf) throws Exception {
        CompletableFuture<OpenDocument> opened = new CompletableFuture<>();
        new DocumentLoader(pdf, new DocumentLoader.Callback() {
            @Override
            public void loaded(OpenDocument doc) {
                opened.complete(doc);
            }

            @Override
            public void failed(String sentence, PdfException.Reason reason) {
                opened.completeExceptionally(new AssertionError(sentence));
            }
        }).start();
        return opened.get(60, TimeUnit.SECONDS);
    }

    @Test
    void aTruncatedFileShowsTheDamageBarAboveItsPage() throws Exception {
        Path whole = TestPdfs.write(dir.resolve("whole.pdf"), 3, 1, "A page that survived the cut");
        byte[] bytes = Files.readAllBytes(whole);
        // the end of the file (its cross-reference table, trailer and startxref) is lost
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length - 40));

        OpenDocument wholeDoc = load(whole);
        try {
            assertNull(DamageBanner.of(wholeDoc), "a whole file has no bar");
        } finally {
            wholeDoc.close();
        }

        OpenDocument doc = load(cut);
        DamageBanner[] bar = new DamageBanner[1];
        SwingUtilities.invokeAndWait(() -> {
            bar[0] = DamageBanner.of(doc);
            frame = new JFrame("Gloss damaged file test");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            panel = new ReaderPanel(doc);
            JPanel page = new JPanel(new BorderLayout());
            if (bar[0] != null) {
                page.add(bar[0], BorderLayout.NORTH);
            }
            page.add(panel, BorderLayout.CENTER);
            frame.add(page);
            frame.setBounds(20, 20, 900, 700);
            frame.setAlwaysOnTop(true);
            frame.setVisible(true);
            frame.toFront();
        });
        assertNotNull(bar[0], "a truncated file that opens has the bar");
        String said = Edt.call(() -> bar[0].sentence());
        assertTrue(said.startsWith("This PDF is damaged"), said);
        assertTrue(said.contains("cut short"), said);

        long end = System.currentTimeMillis() + 60_000;
        while (!Edt.call(() -> bar[0].isShowing() && panel.view().isShowing())) {
            assertTrue(System.currentTimeMillis() < end, "the window never showed");
            Thread.sleep(100);
        }
        Rectangle barOnScreen = Edt.call(() -> new Rectangle(bar[0].getLocationOnScreen(), bar[0].getSize()));
        Point viewOnScreen = Edt.call(() -> panel.view().getLocationOnScreen());
        assertTrue(barOnScreen.height > 10, "the bar has a height: " + barOnScreen);
        assertTrue(barOnScreen.y + barOnScreen.height <= viewOnScreen.y, "the bar is above the page");
        // the bar is drawn: its tint and its words are on the screen
        BufferedImage shot = new Robot().createScreenCapture(barOnScreen);
        int dark = 0;
        int tinted = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                int rgb = shot.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (r + g + b < 250) {
                    dark++;
                }
                if (r > b + 25) {
                    tinted++;
                }
            }
        }
        assertTrue(dark > 100, "words drawn in the bar: " + dark);
        assertTrue(tinted > shot.getWidth() * shot.getHeight() / 3, "the bar is tinted: " + tinted);
    }
}
