package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageLook;
import dev.gloss.library.PaperImporter;
import dev.gloss.pdf.OutlineItem;
import dev.gloss.pdf.PageColors;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.TextRange;
import dev.gloss.testing.Corpus;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.Workspace;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading papers as papers, in a real window on a real display (issue 21, items 6 and 7): the
 * outline marks the section scrolled to, a heading's entry lands at the heading and the outline
 * opens wide enough for its titles; two pages side by side; the PDF's own link borders absent
 * unless chosen; dark pages. The mouse and the wheel are the Robot's, the pixels the screen's.
 * The settings are the test's own (in memory), never the user's.
 */
@GuiTest
class ReadingGuiTest {
    private static final long PATIENCE_MS = 60_000;
    @TempDir
    Path tmp;
    private final MemoryPreferences prefs = new MemoryPreferences();
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

    private void show(Path pdf, int width, int height) throws Exception {
        show(new OpenDocument(PdfDocument.open(pdf), null, dev.gloss.workspace.Ids.sha256(pdf)), width, height);
    }

    private void show(OpenDocument doc, int width, int height) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("Gloss reading test");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            panel = new ReaderPanel(doc, new org.openide.awt.UndoRedo.Manager(), prefs);
            frame.add(panel);
            frame.setBounds(20, 20, width, height);
            frame.setAlwaysOnTop(true); // the captures must see this window, whatever else is on the display
            frame.setVisible(true);
            frame.toFront();
        });
        waitFor("the first page drawn", () -> onEdt(() -> panel.view().showsSharpImage(1)));
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

    /** A rectangle of the page view as the display shows it. */
    private BufferedImage capture(Rectangle inView) throws Exception {
        Rectangle onScreen = onEdt(() -> {
            Point p = new Point(inView.x, inView.y);
            SwingUtilities.convertPointToScreen(p, panel.view());
            return new Rectangle(p.x, p.y, inView.width, inView.height);
        });
        return new Robot().createScreenCapture(onScreen);
    }

    /** What the window shows, under target/screenshots, to be looked at. */
    private void screenshot(String name) throws Exception {
        Rectangle r = onEdt(() -> {
            Point p = new Point(0, 0);
            SwingUtilities.convertPointToScreen(p, panel);
            return new Rectangle(p.x, p.y, panel.getWidth(), panel.getHeight());
        });
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(new Robot().createScreenCapture(r), "png", dir.resolve(name + ".png").toFile());
    }

    private static int count(BufferedImage img, IntPredicate rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += rgb.test(img.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean dark(int rgb) {
        return ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 200;
    }

    private static boolean light(int rgb) {
        return ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) > 540;
    }

    private static boolean red(int rgb) {
        return ((rgb >> 16) & 255) > 170 && ((rgb >> 8) & 255) < 110 && (rgb & 255) < 110;
    }

    private static void click(Point onScreen) throws Exception {
        Robot robot = new Robot();
        robot.setAutoDelay(30);
        robot.mouseMove(onScreen.x, onScreen.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    /** The middle of a component's rectangle {@code r} on the screen. */
    private static Point middle(java.awt.Component c, Rectangle r) throws Exception {
        return onEdt(() -> {
            Point p = new Point(r.x + r.width / 2, r.y + r.height / 2);
            SwingUtilities.convertPointToScreen(p, c);
            return p;
        });
    }

    // ---- the outline ----

    /**
     * pdflatex-outline.pdf: nine sections ("1 Foo" to "9 Baz") on pages 2 to 4, bookmarked by
     * hyperref. Where each heading really is comes from the page's text, not from the bookmark.
     */
    private record Heading(OutlineItem entry, int number, int page, double top) {
    }

    private List<Heading> headings() throws Exception {
        List<OutlineItem> outline = panel.document().outline();
        List<Heading> out = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            OutlineItem e = outline.get(i);
            PageText text = panel.document().text(e.page());
            List<TextRange> hits = text.find((i + 1) + " " + e.title());
            assertTrue(!hits.isEmpty(), "the heading of " + e.title() + " is on page " + e.page());
            Quad q = text.quads(hits.get(0).start(), hits.get(0).end()).get(0);
            out.add(new Heading(e, i + 1, e.page(), q.maxY()));
        }
        return out;
    }

    /**
     * The section being read by the text: the last heading whose text's top is above the view's
     * reading line, or whose top is within {@code slack} points below it (a bookmark points a
     * little above its heading's text).
     */
    private Heading readBy(List<Heading> headings, double slack) throws Exception {
        return onEdt(() -> {
            int line = panel.view().readingLine();
            Heading best = null;
            for (Heading h : headings) {
                if (panel.view().columnY(h.page(), h.top() + slack) <= line) {
                    best = h;
                }
            }
            return best;
        });
    }

    /** Whether the outline marks the section the text says is read (within a bookmark's slack). */
    private boolean marksTheSectionRead(List<Heading> headings) throws Exception {
        OutlineItem current = onEdt(() -> panel.outline().current());
        Heading strict = readBy(headings, 0);
        Heading loose = readBy(headings, 30);
        return current == (strict == null ? null : strict.entry()) || current == (loose == null ? null : loose.entry());
    }

    @Test
    void theOutlineMarksTheSectionScrolledTo() throws Exception {
        prefs.putBoolean(ReaderOptions.SIDEBAR, true);
        show(Corpus.file("research/pdflatex-outline.pdf"), 1000, 760);
        List<Heading> headings = headings();
        assertEquals(9, headings.size());
        Point overPages = middle(panel.view(), onEdt(() -> panel.view().getVisibleRect()));
        Robot robot = new Robot();
        robot.mouseMove(overPages.x, overPages.y);
        Set<Integer> seen = new HashSet<>();
        for (int step = 0; step < 400 && !onEdt(() -> panel.view().getVisibleRect().y + panel.view().getVisibleRect().height
                >= panel.view().getHeight()); step++) {
            int before = onEdt(() -> panel.view().getVisibleRect().y);
            robot.mouseWheel(1);
            waitFor("the wheel to scroll", () -> onEdt(() -> panel.view().getVisibleRect().y) != before);
            Thread.sleep(200); // the outline follows after a pause in scrolling
            waitFor("the outline to mark the section read at " + before, () -> marksTheSectionRead(headings));
            OutlineItem current = onEdt(() -> panel.outline().current());
            if (current != null) {
                seen.add(panel.document().outline().indexOf(current) + 1);
                JTree tree = panel.outline().tree();
                int row = onEdt(() -> tree.getSelectionRows()[0]);
                assertTrue(onEdt(() -> tree.getVisibleRect().intersects(tree.getRowBounds(row))), "the marked entry is in sight");
                if (seen.size() == 5) {
                    screenshot("outline-follows-section-5");
                }
            }
        }
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9), seen, "every section was marked in turn as the wheel scrolled");
    }

    @Test
    void aHeadingsEntryLandsAtTheHeading() throws Exception {
        prefs.putBoolean(ReaderOptions.SIDEBAR, true);
        show(Corpus.file("research/pdflatex-outline.pdf"), 1000, 760);
        List<Heading> headings = headings();
        JTree tree = panel.outline().tree();
        for (int n : new int[] {6, 2, 8, 6}) {
            Heading h = headings.get(n - 1);
            int row = n - 1; // nine entries, one row each
            click(middle(tree, onEdt(() -> tree.getRowBounds(row))));
            waitFor("entry " + n + " to land at its heading", () -> onEdt(() -> {
                Rectangle vis = panel.view().getVisibleRect();
                int y = panel.view().columnY(h.page(), h.top());
                // the heading at the top of the view, not its page's top (mid-page for section 6)
                return y >= vis.y && y <= vis.y + 60;
            }));
            assertEquals(h.entry(), onEdt(() -> panel.outline().current()), "and it is the section marked");
            if (n == 6) {
                Rectangle pageTop = onEdt(() -> panel.view().pageLayout().bounds(h.page()));
                assertTrue(onEdt(() -> panel.view().getVisibleRect().y) > pageTop.y + 200, "not the top of its page");
                // scroll away a little: a click on the marked entry goes back to its heading
                SwingUtilities.invokeAndWait(() -> panel.view().scrollBy(0, 150));
                waitFor("the view to move", () -> onEdt(() -> panel.view().columnY(h.page(), h.top())
                        < panel.view().getVisibleRect().y));
            }
        }
        screenshot("outline-heading-6");
    }

    @Test
    void theOutlineOpensWideEnoughForItsTitles() throws Exception {
        prefs.putBoolean(ReaderOptions.SIDEBAR, true);
        show(Corpus.file("research/GeoTopo-komprimiert.pdf"), 1300, 800);
        JTree tree = panel.outline().tree();
        waitFor("the side panel laid out", () -> onEdt(() -> tree.getVisibleRect().width > 0));
        int cut = onEdt(() -> {
            int width = tree.getVisibleRect().width;
            int n = 0;
            for (int r = 0; r < tree.getRowCount(); r++) {
                n += tree.getRowBounds(r).x + tree.getRowBounds(r).width > width ? 1 : 0;
            }
            return n;
        });
        assertEquals(0, cut, "no title of the open outline is cut");
        assertTrue(onEdt(() -> panel.split().getDividerLocation()) > ReaderPanel.SIDEBAR_WIDTH,
                "wider than the panel's usual width, for these titles");
        screenshot("outline-wide");
    }

    // ---- reading comfort ----

    @Test
    void twoPagesSideBySide() throws Exception {
        show(Corpus.file("research/pdflatex-outline.pdf"), 1200, 800);
        assertEquals(1, (int) onEdt(() -> panel.view().pageLayout().perRow()));
        click(middle(panel.toolbar().spreadToggle(), onEdt(() -> new Rectangle(panel.toolbar().spreadToggle().getSize()))));
        waitFor("the spread chosen", () -> onEdt(() -> panel.view().spread()));
        assertTrue(PageLook.spread(prefs), "kept in the settings");
        Rectangle one = onEdt(() -> panel.view().pageLayout().bounds(1));
        Rectangle two = onEdt(() -> panel.view().pageLayout().bounds(2));
        assertEquals(one.y, two.y, "side by side");
        assertTrue(two.x > one.x + one.width, "page 2 right of page 1");
        Rectangle vis = onEdt(() -> panel.view().getVisibleRect());
        assertTrue(vis.contains(new Rectangle(one.x, one.y, one.width, 50)) && vis.contains(new Rectangle(two.x, two.y, two.width, 50)),
                "both in sight");
        assertTrue(onEdt(() -> !panel.view().scrollsSideways()), "fit width fits both pages: nothing to scroll sideways");
        waitFor("page 2 drawn", () -> onEdt(() -> panel.view().showsSharpImage(2)));
        for (Rectangle page : new Rectangle[] {one, two}) {
            Rectangle shown = page.intersection(vis);
            waitFor("text on both pages on screen", () -> count(capture(shown), ReadingGuiTest::dark) > 300);
        }
        screenshot("spread");
        click(middle(panel.toolbar().spreadToggle(), onEdt(() -> new Rectangle(panel.toolbar().spreadToggle().getSize()))));
        waitFor("back to one page a row", () -> onEdt(() -> !panel.view().spread()));
        Rectangle below = onEdt(() -> panel.view().pageLayout().bounds(2));
        assertTrue(below.y > one.y, "page 2 under page 1 again");
    }

    @Test
    void linkBordersAreAbsentUnlessChosen() throws Exception {
        // page 1 is a table of contents whose every line hyperref framed in red
        show(Corpus.file("research/pdflatex-outline.pdf"), 1000, 800);
        Rectangle page = onEdt(() -> panel.view().pageLayout().bounds(1).intersection(panel.view().getVisibleRect()));
        waitFor("the contents drawn", () -> count(capture(page), ReadingGuiTest::dark) > 300);
        assertEquals(0, count(capture(page), ReadingGuiTest::red), "no red link box");
        prefs.putBoolean(PageLook.LINK_BORDERS, true); // Tools > Options > Reader
        waitFor("the link boxes drawn when chosen", () -> count(capture(page), ReadingGuiTest::red) > 300);
    }

    @Test
    void darkPagesFromTheToolbar() throws Exception {
        show(Corpus.file("research/2020.acl-main.447.pdf"), 1000, 800);
        Rectangle page = onEdt(() -> panel.view().pageLayout().bounds(1).intersection(panel.view().getVisibleRect()));
        waitFor("a white page", () -> count(capture(page), ReadingGuiTest::light) > page.width * page.height / 2);
        click(middle(panel.toolbar().pageColorsToggle(), onEdt(() -> new Rectangle(panel.toolbar().pageColorsToggle().getSize()))));
        waitFor("dark pages chosen", () -> PageLook.colors(prefs) == PageColors.DARK);
        waitFor("a dark page with light text", () -> {
            BufferedImage shot = capture(page);
            return count(shot, ReadingGuiTest::dark) > page.width * page.height / 2 && count(shot, ReadingGuiTest::light) > 300;
        });
        assertNotNull(onEdt(() -> panel.toolbar().pageColorsToggle().isSelected() ? Boolean.TRUE : null));
        waitFor("the sharp dark page", () -> onEdt(() -> panel.view().showsSharpImage(1)));
        Thread.sleep(300); // painted
        screenshot("dark-pages");
    }

    // ---- text typed onto the page ----

    /**
     * tracemonkey_freetext.pdf: pdf.js's test file whose "Hello World" is a FreeText annotation.
     * Added to the library, the mark is the workspace's and the page no longer draws it: the
     * reader must draw its words (it drew an empty dashed box), on white pages and on dark ones.
     */
    @Test
    void textTypedOntoThePageStillShowsOnceItsPaperIsAdded() throws Exception {
        Workspace ws = Workspace.openOrCreate(tmp.resolve("ws"));
        Paper paper = PaperImporter.importFile(ws, Corpus.file("annotated/tracemonkey_freetext.pdf"), null).paper();
        Annotation typed = ws.annotations(paper.id()).stream().filter(a -> a.type() == AnnotationType.FREETEXT)
                .findFirst().orElseThrow();
        assertEquals("Hello World", typed.note());
        Path stored = ws.paperFile(paper);
        OpenDocument doc = new OpenDocument(PdfDocument.open(stored), null, dev.gloss.workspace.Ids.sha256(stored));
        doc.hideFileMarkup(); // as the reader opens a paper of the library
        show(doc, 1000, 800);
        SwingUtilities.invokeAndWait(() -> panel.annotations().attach(ws, paper));
        Rect r = typed.area();
        Rectangle box = onEdt(() -> {
            panel.view().reveal(typed.page(), new java.awt.geom.Rectangle2D.Double(r.left(), r.bottom(), r.width(), r.height()));
            return panel.view().toView(typed.page(), new java.awt.geom.Rectangle2D.Double(r.left(), r.bottom(), r.width(),
                    r.height()));
        });
        // inside the box, away from where a frame would be: the words themselves
        Rectangle inside = new Rectangle(box.x + 3, box.y + 3, box.width - 6, box.height - 6);
        waitFor("the words drawn in the box", () -> count(capture(inside), ReadingGuiTest::dark) > 40);
        assertTrue(count(capture(inside), ReadingGuiTest::light) > inside.width * inside.height / 2, "on the white page");
        screenshot("freetext");

        PageLook.setColors(prefs, PageColors.DARK);
        waitFor("light words on a dark page", () -> {
            BufferedImage shot = capture(inside);
            return count(shot, ReadingGuiTest::light) > 40 && count(shot, ReadingGuiTest::dark) > inside.width * inside.height / 2;
        });
        waitFor("the sharp dark page", () -> onEdt(() -> panel.view().showsSharpImage(typed.page())));
        Thread.sleep(300); // painted
        screenshot("freetext-dark");
    }
}
