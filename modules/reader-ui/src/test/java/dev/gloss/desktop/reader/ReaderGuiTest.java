package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.annotate.ClipKeys;
import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.library.PaperImporter;
import dev.gloss.pdf.FindHit;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.TextRange;
import dev.gloss.testing.ClipboardText;
import dev.gloss.testing.Corpus;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.workspace.Quad;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Rect;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader in a real window on a real display (Xvfb in ./test): the first page appears by
 * itself once rendered, and find scrolls to the hit and paints it on screen. A {@link GuiTest}:
 * its own JVM with java.awt.headless=false, skipped without a DISPLAY.
 */
@GuiTest
class ReaderGuiTest {
    /** Generous bound for waiting on background work; a bound on hanging, not a speed test. */
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
    }

    private void show(Path pdf) throws Exception {
        OpenDocument doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("Gloss reader test");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            panel = new ReaderPanel(doc);
            frame.add(panel);
            frame.setBounds(20, 20, 900, 700);
            frame.setAlwaysOnTop(true); // the captures must see this window, whatever else is on the display
            frame.setVisible(true);
            frame.toFront();
        });
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
            Thread.sleep(100);
        }
    }

    /** The view's part of the screen in view coordinates {@code r}, as captured from the display. */
    private BufferedImage capture(Rectangle r) throws Exception {
        Rectangle onScreen = onEdt(() -> {
            Point p = new Point(r.x, r.y);
            SwingUtilities.convertPointToScreen(p, panel.view());
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

    /** The find-hit colours: orange/amber over white or black text. */
    private static boolean orange(int rgb) {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        return r > 200 && g > 120 && g < 235 && b < 150;
    }

    private FindHit findAndWait(String phrase) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            panel.openFind();
            panel.findBar().field().setText(phrase);
            panel.findBar().next();
        });
        waitFor("a hit for " + phrase, () -> onEdt(() -> panel.find().current() != null));
        return onEdt(() -> panel.find().current());
    }

    private Rectangle hitInView(FindHit hit) throws Exception {
        Quad q = hit.quads().get(0);
        return onEdt(() -> panel.view().toView(hit.page(),
                new Rectangle2D.Double(q.minX(), q.minY(), q.maxX() - q.minX(), q.maxY() - q.minY())));
    }

    private void assertHitOnScreen(FindHit hit) throws Exception {
        waitFor("the hit scrolled into view", () -> {
            Rectangle h = hitInView(hit);
            return onEdt(() -> panel.view().getVisibleRect().contains(h));
        });
        Rectangle r = hitInView(hit);
        // the hit is painted in the find colour where it is on the display
        waitFor("the hit painted on screen", () -> count(capture(r), ReaderGuiTest::orange) > r.width * r.height / 4);
    }

    @Test
    void firstPageAppearsAndFindScrollsToTheHit() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("haystack.pdf"), 6, 5, "Gloss finds needles in haystacks");
        show(pdf);
        Rectangle top = onEdt(() -> panel.view().getVisibleRect());
        waitFor("page 1 drawn on screen", () -> count(capture(top), ReaderGuiTest::dark) > 300);

        FindHit hit = findAndWait("needles in  HAYSTACKS");
        assertEquals(5, hit.page());
        assertHitOnScreen(hit);
        assertEquals(5, (int) onEdt(() -> panel.view().currentPage()));
    }

    /**
     * A plain PDF shows the marks another reader wrote into it; once it is a paper, those marks
     * are the workspace's (drawn by the layer, deletable there), so the page no longer draws them.
     */
    @Test
    void aPapersOwnMarksAreNotDrawnFromTheFile() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("boxed.pdf"), 1, 1, "A page with a red box drawn on it by another reader");
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare box =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            box.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(150, 300, 300, 200));
            box.setColor(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(new float[] {1, 0, 0},
                    org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE));
            box.setInteriorColor(box.getColor());
            box.constructAppearances(d);
            d.getPage(0).getAnnotations().add(box);
            d.save(pdf.toFile());
        }
        show(pdf);
        Rectangle top = onEdt(() -> panel.view().getVisibleRect());
        java.util.function.IntPredicate red = rgb -> ((rgb >> 16) & 255) > 200 && ((rgb >> 8) & 255) < 60 && (rgb & 255) < 60;
        waitFor("the file's red box drawn", () -> count(capture(top), red) > 2000);
        SwingUtilities.invokeAndWait(() -> panel.hideFileMarkup());
        waitFor("the page drawn again without it", () -> count(capture(top), red) == 0);
        waitFor("the text still drawn", () -> count(capture(top), ReaderGuiTest::dark) > 300);
    }

    @Test
    void dragSelectsCopiesAndHighlightsWithTheKeyboard() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("mark.pdf"), 2, 1, "Gloss finds needles in haystacks");
        Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
        Paper paper = PaperImporter.importFile(ws, pdf, null).paper();
        show(ws.paperFile(paper));
        SwingUtilities.invokeAndWait(() -> panel.annotations().attach(ws, paper));
        Rectangle top = onEdt(() -> panel.view().getVisibleRect());
        waitFor("page 1 drawn on screen", () -> count(capture(top), ReaderGuiTest::dark) > 300);

        PageText text = panel.document().text(1);
        TextRange phrase = text.find("needles in haystacks").get(0);
        Quad q = text.quads(phrase.start(), phrase.end()).get(0);
        double midY = (q.minY() + q.maxY()) / 2;
        SwingUtilities.invokeAndWait(() -> panel.view().reveal(1,
                new Rectangle2D.Double(q.minX(), q.minY(), q.maxX() - q.minX(), q.maxY() - q.minY())));
        Point from = onScreen(1, q.minX() + 0.5, midY);
        Point to = onScreen(1, q.maxX() - 0.5, midY);

        Robot robot = new Robot();
        robot.setAutoDelay(40);
        robot.mouseMove(from.x, from.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseMove((from.x + to.x) / 2, from.y);
        robot.mouseMove(to.x, to.y);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitFor("the drag to select the phrase", () -> onEdt(() -> panel.selection().text()).equals("needles in haystacks"));

        robot.keyPress(KeyEvent.VK_CONTROL);
        robot.keyPress(KeyEvent.VK_C);
        robot.keyRelease(KeyEvent.VK_C);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        waitFor("Ctrl+C to copy the selection", () -> "needles in haystacks".equals(ClipboardText.now()));

        robot.keyPress(KeyEvent.VK_4); // blue
        robot.keyRelease(KeyEvent.VK_4);
        robot.keyPress(KeyEvent.VK_H);
        robot.keyRelease(KeyEvent.VK_H);
        waitFor("the highlight saved in the workspace", () -> {
            panel.store().flush();
            return ws.annotations(paper.id()).size() == 1;
        });
        Annotation a = ws.annotations(paper.id()).get(0);
        assertEquals("needles in haystacks", a.exact());
        assertEquals("blue", a.color());
        waitFor("the highlight shown on the page", () -> onEdt(() -> panel.annotations().on(1).size() == 1));
    }

    /** A page-space point of the view on the screen. */
    private Point onScreen(int page, double x, double y) throws Exception {
        return onEdt(() -> {
            Rectangle r = panel.view().toView(page, new Rectangle2D.Double(x, y, 0.01, 0.01));
            Point p = new Point(r.x, r.y);
            SwingUtilities.convertPointToScreen(p, panel.view());
            return p;
        });
    }

    @Test
    void findsAcrossLineBreaksInARealPaper() throws Exception {
        Path pdf = Corpus.file("research/tracemonkey.pdf");
        show(pdf);
        FindHit hit = findAndWait("trace stitching");
        assertEquals(9, hit.page(), "the first hit after page 1 is on page 9");
        assertHitOnScreen(hit);
        waitFor("the search to finish", () -> onEdt(() -> !panel.find().searching()));
        assertTrue(onEdt(() -> panel.find().hits().size()) >= 3);
        FindHit next = onEdt(() -> {
            panel.findBar().next();
            return panel.find().current();
        });
        assertNotNull(next);
        assertEquals(2, (int) onEdt(() -> panel.find().currentIndex()));
        assertHitOnScreen(next);
    }

    // ---- the keyboard path: find, select, extend, highlight; clip ----

    private Paper showPaper(String name) throws Exception {
        Path pdf = TestPdfs.write(dir.resolve(name), 2, 1, "Gloss finds needles in haystacks");
        Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
        Paper paper = PaperImporter.importFile(ws, pdf, null).paper();
        show(ws.paperFile(paper));
        SwingUtilities.invokeAndWait(() -> panel.annotations().attach(ws, paper));
        workspace = ws;
        Rectangle top = onEdt(() -> panel.view().getVisibleRect());
        waitFor("page 1 drawn on screen", () -> count(capture(top), ReaderGuiTest::dark) > 300);
        waitFor("the paper attached", () -> onEdt(() -> panel.editor().canAnnotate()));
        return paper;
    }

    private Workspace workspace;

    /** Gives the page view the keyboard focus the way a user would: a click beside the page. */
    private Robot focusPages() throws Exception {
        Robot robot = new Robot();
        robot.setAutoDelay(30);
        Point p = onEdt(() -> {
            Rectangle vis = panel.view().getVisibleRect();
            Point at = new Point(vis.x + 6, vis.y + vis.height / 2);
            SwingUtilities.convertPointToScreen(at, panel.view());
            return at;
        });
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitFor("the page view focused", () -> onEdt(() -> panel.view().isFocusOwner()));
        return robot;
    }

    /** Presses the keys together (the first ones are modifiers) and lets them go. */
    private static void keys(Robot robot, int... codes) {
        for (int c : codes) {
            robot.keyPress(c);
        }
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.keyRelease(codes[i]);
        }
    }

    private static void type(Robot robot, String lowercase) {
        for (char c : lowercase.toCharArray()) {
            keys(robot, c == ' ' ? KeyEvent.VK_SPACE : KeyEvent.getExtendedKeyCodeForChar(c));
        }
    }

    private void screenshot(String name) throws Exception {
        new Robot().waitForIdle();
        Rectangle bounds = onEdt(() -> new Rectangle(frame.getLocationOnScreen(), frame.getSize()));
        BufferedImage img = new Robot().createScreenCapture(bounds);
        Path out = Path.of(System.getProperty("gloss.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(img, "png", new File(out.toFile(), name + ".png"));
    }

    @Test
    void findSelectsThePhraseAndShiftRightExtendsItBeforeHighlighting() throws Exception {
        Paper paper = showPaper("keys.pdf");
        Robot robot = focusPages();
        keys(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_F);
        waitFor("the find field focused", () -> onEdt(() -> panel.findBar().field().isFocusOwner()));
        type(robot, "gloss finds");
        keys(robot, KeyEvent.VK_ENTER);
        waitFor("the hit selected", () -> "Gloss finds".equals(onEdt(() -> panel.selection().text())));
        screenshot("reader-find-selection");
        keys(robot, KeyEvent.VK_ESCAPE);
        waitFor("Esc to give the pages the focus", () -> onEdt(() -> panel.view().isFocusOwner()));
        assertEquals(false, onEdt(() -> panel.findBar().isVisible()));
        assertEquals("Gloss finds", onEdt(() -> panel.selection().text()), "closing the bar keeps what it found selected");
        keys(robot, KeyEvent.VK_SHIFT, KeyEvent.VK_RIGHT);
        keys(robot, KeyEvent.VK_SHIFT, KeyEvent.VK_RIGHT);
        waitFor("two words more", () -> "Gloss finds needles in".equals(onEdt(() -> panel.selection().text())));
        screenshot("reader-keyboard-selection");
        keys(robot, KeyEvent.VK_H);
        waitFor("the highlight saved in the workspace", () -> {
            panel.store().flush();
            return workspace.annotations(paper.id()).size() == 1;
        });
        Annotation a = workspace.annotations(paper.id()).get(0);
        assertEquals(AnnotationType.HIGHLIGHT, a.type());
        assertEquals("Gloss finds needles in", a.exact());
        assertEquals(1, a.page());
    }

    @Test
    void theClipFrameMovesWithTheArrowsAndEnterSavesIt() throws Exception {
        Paper paper = showPaper("clip.pdf");
        Robot robot = focusPages();
        keys(robot, KeyEvent.VK_C);
        waitFor("a frame on the page", () -> onEdt(() -> panel.clipTool().rect() != null));
        Rect start = onEdt(() -> panel.clipTool().rect());
        int page = onEdt(() -> panel.clipTool().page());
        assertEquals(1, page);
        assertEquals(612 / 3.0, start.width(), 1e-6, "a third of the page wide");
        assertEquals(792 / 3.0, start.height(), 1e-6, "a third of the page high");
        keys(robot, KeyEvent.VK_RIGHT);
        keys(robot, KeyEvent.VK_RIGHT);
        keys(robot, KeyEvent.VK_DOWN);
        keys(robot, KeyEvent.VK_SHIFT, KeyEvent.VK_RIGHT);
        double step = ClipKeys.STEP;
        // on screen right is +x, down is -y in page space; Shift+Right moves only the right edge
        Rect expected = new Rect(start.left() + 2 * step, start.bottom() - step, start.right() + 3 * step, start.top() - step);
        waitFor("the frame moved and widened", () -> {
            Rect now = onEdt(() -> panel.clipTool().rect());
            return now != null && Math.abs(now.right() - expected.right()) < 1e-6 && Math.abs(now.bottom() - expected.bottom()) < 1e-6;
        });
        screenshot("reader-keyboard-clip");
        keys(robot, KeyEvent.VK_ENTER);
        waitFor("the clip saved in the workspace", () -> workspace.annotations(paper.id()).stream()
                .anyMatch(x -> x.type() == AnnotationType.CLIP));
        assertEquals(false, onEdt(() -> panel.clipTool().active()), "Enter turns the tool off");
        List<Annotation> clips = workspace.annotations(paper.id()).stream().filter(x -> x.type() == AnnotationType.CLIP).toList();
        assertEquals(1, clips.size());
        Annotation clip = clips.get(0);
        assertEquals(page, clip.page());
        assertEquals(expected.left(), clip.area().left(), 1e-6);
        assertEquals(expected.bottom(), clip.area().bottom(), 1e-6);
        assertEquals(expected.right(), clip.area().right(), 1e-6);
        assertEquals(expected.top(), clip.area().top(), 1e-6);
        assertTrue(Files.size(workspace.root().resolve(clip.clip())) > 100, "the clip's PNG is written");

        // C again and Esc: no clip, and the frame leaves the screen
        keys(robot, KeyEvent.VK_C);
        waitFor("a new frame", () -> onEdt(() -> panel.clipTool().rect() != null));
        Rect again = onEdt(() -> panel.clipTool().rect());
        Rectangle frameOnScreen = onEdt(() -> panel.view().toView(1,
                new Rectangle2D.Double(again.left(), again.bottom(), again.width(), again.height())));
        Rectangle edge = new Rectangle(frameOnScreen.x - 2, frameOnScreen.y - 2, frameOnScreen.width + 4, 6);
        waitFor("the frame drawn", () -> count(capture(edge), ReaderGuiTest::frameBlue) > 20);
        keys(robot, KeyEvent.VK_ESCAPE);
        waitFor("Esc to turn the tool off", () -> onEdt(() -> !panel.clipTool().active()));
        waitFor("the frame gone from the screen", () -> count(capture(edge), ReaderGuiTest::frameBlue) == 0);
        assertEquals(1, workspace.annotations(paper.id()).stream().filter(x -> x.type() == AnnotationType.CLIP).count());
    }

    /** The clip frame's dashed edge (0x1E64C8). */
    private static boolean frameBlue(int rgb) {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        return Math.abs(r - 0x1E) < 40 && Math.abs(g - 0x64) < 40 && Math.abs(b - 0xC8) < 40;
    }
}
