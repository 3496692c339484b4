package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.navigate.Previews;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.ReadingPosition;
import dev.gloss.pdf.Citation;
import dev.gloss.pdf.CrossReferences;
import dev.gloss.pdf.PageArea;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfLink;
import dev.gloss.pdf.Reference;
import dev.gloss.pdf.TextRange;
import dev.gloss.testing.ClipboardText;
import dev.gloss.testing.Corpus;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a paper as a paper, in a real window on a real display: a click on a citation and
 * Alt+Left back to the same place; a preview on hover whose picture is the reference entry as
 * the page draws it, with its card; the same hover, click and Back on a paper without links.
 */
@GuiTest
class CitationsGuiTest {
    private static final long PATIENCE_MS = 60_000;
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
        Previews.class.getName(); // the previews' preference is left as the test found it (see previewsCanBeTurnedOff)
    }

    private void show(Path pdf) throws Exception {
        OpenDocument doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("Gloss citations test");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            panel = new ReaderPanel(doc);
            frame.add(panel);
            frame.setBounds(20, 20, 900, 760);
            frame.setAlwaysOnTop(true);
            frame.setVisible(true);
            frame.toFront();
        });
        Rectangle top = onEdt(() -> panel.view().getVisibleRect());
        waitFor("page 1 drawn on screen", () -> count(capture(panel.view(), top), CitationsGuiTest::dark) > 300);
        assertNotNull(panel.citations().await(), "the paper's references read");
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        return Edt.call(c);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + PATIENCE_MS;
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static BufferedImage capture(JComponent c, Rectangle r) throws Exception {
        Rectangle onScreen = onEdt(() -> {
            Point p = new Point(r.x, r.y);
            SwingUtilities.convertPointToScreen(p, c);
            return new Rectangle(p.x, p.y, r.width, r.height);
        });
        return new Robot().createScreenCapture(onScreen);
    }

    private static int count(BufferedImage img, java.util.function.IntPredicate rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (rgb.test(img.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean dark(int rgb) {
        return ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 200;
    }

    /** The middle of a page-space box, on the screen. */
    private Point onScreen(int page, Rect r) throws Exception {
        return onEdt(() -> {
            Rectangle v = panel.view().toView(page, new Rectangle2D.Double(r.left(), r.bottom(), r.width(), r.height()));
            Point p = new Point(v.x + v.width / 2, v.y + v.height / 2);
            SwingUtilities.convertPointToScreen(p, panel.view());
            return p;
        });
    }

    /** Scrolls so that a page-space box of page 1 is in view (as a reader would have it), and returns where the view is. */
    private Rectangle bringIntoView(int page, Rect r) throws Exception {
        SwingUtilities.invokeAndWait(() -> panel.view().reveal(page, new Rectangle2D.Double(r.left(), r.bottom(), r.width(), r.height())));
        new Robot().waitForIdle();
        return onEdt(() -> panel.view().getVisibleRect());
    }

    private static Robot robot() throws Exception {
        Robot robot = new Robot();
        robot.setAutoDelay(30);
        return robot;
    }

    private static void click(Robot robot, Point p) {
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    private static void keys(Robot robot, int... codes) {
        for (int c : codes) {
            robot.keyPress(c);
        }
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.keyRelease(codes[i]);
        }
    }

    /** The paper's entry with that label. */
    private Reference entry(String label) throws Exception {
        CrossReferences x = panel.citations().crossReferences();
        return x.references().stream().filter(r -> label.equals(r.label())).findFirst().orElseThrow();
    }

    private void screenshot(String name) throws Exception {
        robot().waitForIdle();
        Rectangle bounds = onEdt(() -> new Rectangle(frame.getLocationOnScreen(), frame.getSize()));
        Rectangle preview = onEdt(() -> panel.previews().window() == null ? null
                : new Rectangle(panel.previews().window().getLocationOnScreen(), panel.previews().window().getSize()));
        BufferedImage img = new Robot().createScreenCapture(preview == null ? bounds : bounds.union(preview));
        Path out = Path.of(System.getProperty("gloss.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(img, "png", new File(out.toFile(), name + ".png"));
    }

    /** A copy of a corpus paper without its link annotations: a paper as made without hyperref. */
    private Path withoutLinks(Path pdf) throws Exception {
        Path out = dir.resolve("nolinks-" + pdf.getFileName());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : doc.getPages()) {
                p.setAnnotations(new ArrayList<>(p.getAnnotations().stream().filter(a -> !(a instanceof PDAnnotationLink)).toList()));
            }
            doc.save(out.toFile());
        }
        return out;
    }

    @Test
    void aCitationLinkJumpsToItsEntryAndAltLeftReturnsToTheSamePlace() throws Exception {
        show(Corpus.file("research/2020.acl-main.447.pdf"));
        PdfLink tang = panel.document().links(1).stream()
                .filter(l -> l.destination() != null && l.destination().startsWith("cite.Tang")).findFirst().orElseThrow();
        Rectangle before = bringIntoView(1, tang.area());
        ReadingPosition was = onEdt(() -> panel.view().position());
        Robot robot = robot();
        click(robot, onScreen(1, tang.area()));
        waitFor("the jump to the entry on page 12", () -> onEdt(() -> panel.view().currentPage()) == 12);
        assertTrue(onEdt(() -> panel.history().canGoBack()));
        assertEquals("Back to page 1 (Alt+Left)", onEdt(() -> panel.backForward().backAction().getValue(javax.swing.Action.SHORT_DESCRIPTION)));
        Reference entry = entry("Tang et al., 2008");
        Rectangle entryInView = onEdt(() -> panel.view().toView(12, new Rectangle2D.Double(entry.area().left(), entry.area().bottom(),
                entry.area().width(), entry.area().height())));
        assertTrue(onEdt(() -> panel.view().getVisibleRect().intersects(entryInView)), "the entry is on screen");

        keys(robot, KeyEvent.VK_ALT, KeyEvent.VK_LEFT);
        waitFor("Alt+Left back on page 1", () -> onEdt(() -> panel.view().currentPage()) == 1);
        assertEquals(before, onEdt(() -> panel.view().getVisibleRect()), "the same scroll position");
        assertEquals(was, onEdt(() -> panel.view().position()));
        assertTrue(onEdt(() -> panel.history().canGoForward()));

        keys(robot, KeyEvent.VK_ALT, KeyEvent.VK_RIGHT);
        waitFor("Alt+Right forward to page 12 again", () -> onEdt(() -> panel.view().currentPage()) == 12);
        // the toolbar's back arrow, then the mouse's back button when the display has one
        SwingUtilities.invokeAndWait(() -> panel.backForward().backAction().actionPerformed(null));
        waitFor("the toolbar's Back on page 1", () -> onEdt(() -> panel.view().getVisibleRect()).equals(before));
        if (MouseInfo.getNumberOfButtons() >= 5) {
            SwingUtilities.invokeAndWait(() -> panel.backForward().forwardAction().actionPerformed(null));
            waitFor("forward to page 12", () -> onEdt(() -> panel.view().currentPage()) == 12);
            Point somewhere = onEdt(() -> {
                Rectangle vis = panel.view().getVisibleRect();
                Point p = new Point(vis.x + 10, vis.y + vis.height / 2);
                SwingUtilities.convertPointToScreen(p, panel.view());
                return p;
            });
            robot.mouseMove(somewhere.x, somewhere.y);
            robot.mousePress(InputEvent.getMaskForButton(4));
            robot.mouseRelease(InputEvent.getMaskForButton(4));
            waitFor("the mouse's back button on page 1", () -> onEdt(() -> panel.view().getVisibleRect()).equals(before));
        }
    }

    @Test
    void restingOnACitationPreviewsItsEntryAsThePageDrawsIt() throws Exception {
        show(Corpus.file("research/2020.acl-main.447.pdf"));
        PdfLink tang = panel.document().links(1).stream()
                .filter(l -> l.destination() != null && l.destination().startsWith("cite.Tang")).findFirst().orElseThrow();
        bringIntoView(1, tang.area());
        SwingUtilities.invokeAndWait(() -> panel.view().requestFocusInWindow());
        waitFor("the pages focused", () -> onEdt(() -> panel.view().isFocusOwner()));
        Robot robot = robot();
        Point at = onScreen(1, tang.area());
        robot.mouseMove(at.x - 2, at.y);
        robot.mouseMove(at.x, at.y);
        waitFor("the preview", () -> onEdt(() -> panel.previews().window() != null && panel.previews().window().isShowing()));
        assertTrue(onEdt(() -> panel.view().isFocusOwner()), "the preview took no focus");
        screenshot("citation-preview");
        Reference entry = entry("Tang et al., 2008");
        assertEquals(entry, onEdt(() -> panel.previews().window().citation().target().reference()));

        // the picture on screen is the entry rendered from page 12 at the preview's scale
        JComponent picture = onEdt(() -> panel.previews().window().picture());
        Rectangle size = onEdt(() -> new Rectangle(picture.getSize()));
        BufferedImage shown = capture(picture, size);
        PageArea area = entry.areas().get(0);
        double scale = onEdt(() -> panel.previews().window().scale());
        BufferedImage expected;
        try (PdfDocument pdf = PdfDocument.open(panel.document().file())) {
            PageGeometry g = pdf.geometry(12, (float) scale);
            expected = pdf.renderTile(12, (float) scale, g.toImage(area.box()).getBounds());
        }
        assertEquals(expected.getWidth(), shown.getWidth(), 2.0);
        assertTrue(count(shown, CitationsGuiTest::dark) > 400, "the entry's text is drawn");
        assertTrue(meanDifference(shown, expected) < 20, "the preview is the entry as the page draws it: " + meanDifference(shown, expected));

        // the entry's DOI (10.1145/1401890.1402008) can be added to the library from the card
        assertNotNull(onEdt(() -> button(panel.previews().window().getContentPane(), "Add to Library")));

        // Copy on the card puts the entry on the clipboard; the preview closes
        AbstractButton copy = onEdt(() -> button(panel.previews().window().getContentPane(), "Copy"));
        Point c = onEdt(() -> {
            Point p = new Point(copy.getWidth() / 2, copy.getHeight() / 2);
            SwingUtilities.convertPointToScreen(p, copy);
            return p;
        });
        click(robot, c);
        waitFor("the entry copied", () -> ClipboardText.now().startsWith("Jie Tang, Jing Zhang"));
        waitFor("the preview closed", () -> onEdt(() -> panel.previews().window() == null));

        // again, and Esc closes it with the keyboard still on the pages
        robot.mouseMove(at.x + 1, at.y);
        robot.mouseMove(at.x, at.y);
        waitFor("the preview again", () -> onEdt(() -> panel.previews().window() != null));
        keys(robot, KeyEvent.VK_ESCAPE);
        waitFor("Esc closed it", () -> onEdt(() -> panel.previews().window() == null));
        assertTrue(onEdt(() -> panel.view().isFocusOwner()), "the keyboard is still on the pages");
    }

    /** The mean difference per channel (0..255) of two pictures, at the best of a pixel's shift either way. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        double best = Double.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int w = Math.min(a.getWidth(), b.getWidth()) - 2;
                int h = Math.min(a.getHeight(), b.getHeight()) - 2;
                long sum = 0;
                for (int y = 1; y < h; y++) {
                    for (int x = 1; x < w; x++) {
                        int p = a.getRGB(x, y);
                        int q = b.getRGB(x + dx, y + dy);
                        sum += Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255))
                                + Math.abs((p & 255) - (q & 255));
                    }
                }
                best = Math.min(best, sum / (3.0 * (w - 1) * (h - 1)));
            }
        }
        return best;
    }

    private static AbstractButton button(java.awt.Container c, String text) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof AbstractButton b && text.equals(b.getText())) {
                return b;
            }
            if (k instanceof java.awt.Container inner) {
                AbstractButton b = button(inner, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    @Test
    void aPaperWithoutLinksGetsTheSameHoverClickAndBack() throws Exception {
        show(withoutLinks(Corpus.file("research/2020.acl-main.447.pdf")));
        assertTrue(panel.document().links(1).isEmpty());
        PageText t = panel.document().text(1);
        TextRange r = t.find("Tang et al., 2008").get(0);
        Quad q = t.quads(r.start(), r.end()).get(0);
        Rect marker = new Rect(q.minX(), q.minY(), q.maxX(), q.maxY());
        Rectangle before = bringIntoView(1, marker);
        Robot robot = robot();
        Point at = onScreen(1, marker);
        robot.mouseMove(at.x - 2, at.y);
        robot.mouseMove(at.x, at.y);
        waitFor("the preview of a marker the text gives", () -> onEdt(() -> panel.previews().window() != null));
        Citation c = onEdt(() -> panel.previews().window().citation());
        assertEquals(Citation.Source.TEXT, c.source());
        assertEquals(entry("Tang et al., 2008"), c.target().reference());
        assertEquals(java.awt.Cursor.HAND_CURSOR, (int) onEdt(() -> panel.view().getCursor().getType()));
        screenshot("citation-preview-without-links");

        click(robot, at);
        waitFor("the jump to the entry on page 12", () -> onEdt(() -> panel.view().currentPage()) == 12);
        keys(robot, KeyEvent.VK_ALT, KeyEvent.VK_LEFT);
        waitFor("Alt+Left back to the same place", () -> onEdt(() -> panel.view().getVisibleRect()).equals(before));

        // "Figure 1" in the text of page 3 previews the figure with its caption, from page 1
        PageText t3 = panel.document().text(3);
        TextRange f = t3.find("visualized in Figure 1").get(0);
        Quad fq = t3.quads(f.end() - "Figure 1".length(), f.end()).get(0);
        Rect fig = new Rect(fq.minX(), fq.minY(), fq.maxX(), fq.maxY());
        bringIntoView(3, fig);
        Point fat = onScreen(3, fig);
        robot.mouseMove(fat.x - 2, fat.y);
        robot.mouseMove(fat.x, fat.y);
        waitFor("the figure's preview", () -> onEdt(() -> panel.previews().window() != null
                && panel.previews().window().citation().kind() == Citation.Kind.FIGURE));
        assertTrue(onEdt(() -> panel.previews().window().citation().target().text()).startsWith("Figure 1: Inline citations"));
    }

    @Test
    void previewsCanBeTurnedOff() throws Exception {
        show(Corpus.file("research/2020.acl-main.447.pdf"));
        java.util.prefs.Preferences prefs = org.openide.util.NbPreferences.forModule(ReaderPanel.class);
        boolean was = prefs.getBoolean(Previews.PREFERENCE, true);
        prefs.putBoolean(Previews.PREFERENCE, false);
        try {
            PdfLink tang = panel.document().links(1).stream()
                    .filter(l -> l.destination() != null && l.destination().startsWith("cite.Tang")).findFirst().orElseThrow();
            bringIntoView(1, tang.area());
            Point at = onScreen(1, tang.area());
            Robot robot = robot();
            robot.mouseMove(at.x - 2, at.y);
            robot.mouseMove(at.x, at.y);
            Thread.sleep(Previews.HOVER_DELAY_MS * 3L);
            assertNull(onEdt(() -> panel.previews().window()));
            assertEquals("Go to page 12", onEdt(() -> panel.view().getToolTipText()));
        } finally {
            prefs.putBoolean(Previews.PREFERENCE, was);
        }
    }
}
