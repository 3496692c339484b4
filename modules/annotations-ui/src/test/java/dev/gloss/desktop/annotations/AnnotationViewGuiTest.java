package dev.gloss.desktop.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotation view in a real frame on a real display: the demo paper with generated
 * highlights, typing in the filter field with the keyboard, colour toggles, the empty states,
 * live updates from the workspace, the orphan badge, and delete with undo.
 */
@GuiTest
class AnnotationViewGuiTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Paper demo;
    private JFrame frame;
    private AnnotationsPanel panel;
    private Robot robot;

    @BeforeEach
    void show() throws Exception {
        ws = DemoAnnotations.create(dir.resolve("ws"));
        demo = DemoAnnotations.demoPaper(ws);
        robot = new Robot();
        robot.setAutoDelay(15);
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("Annotations");
            panel = new AnnotationsPanel();
            frame.add(panel);
            frame.setSize(440, 820);
            frame.setLocation(40, 40);
            frame.setVisible(true);
            panel.attach(ws);
            panel.setCurrentPaper(demo);
        });
        settle();
        robot.waitForIdle();
    }

    @AfterEach
    void close() throws Exception {
        if (frame != null) {
            SwingUtilities.invokeAndWait(frame::dispose);
        }
    }

    @Test
    void listsFiltersAsYouTypeAndMarksTheOrphan() throws Exception {
        List<Annotation> all = ws.annotations(demo.id());
        assertTrue(all.size() >= 20, "generated annotations: " + all.size());
        assertEquals(all.size(), on(() -> annotationRows().size()), "every annotation of the paper is listed");
        assertTrue(on(() -> panel.showsList()));
        assertEquals(List.of(true), on(() -> annotationRows().stream()
                .filter(r -> r.annotation().exact().equals(DemoAnnotations.ORPHAN_QUOTE))
                .map(Row.AnnotationRow::orphaned).toList()), "the reader cannot find it, so it is orphaned");
        assertEquals(1, on(() -> annotationRows().stream().filter(Row.AnnotationRow::orphaned).count()),
                "only the made-up quote is orphaned");
        screenshot("annotations-view-all");

        // type into the filter field as a user would
        click(on(() -> panel.filterBar().textField()));
        type("baseline");
        settle();
        assertEquals("baseline", on(() -> panel.filterBar().textField().getText()));
        List<String> expected = all.stream().filter(a -> contains(a, "baseline")).map(Annotation::id).sorted().toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, on(() -> annotationRows().stream().map(r -> r.annotation().id()).sorted().toList()));
        assertEquals(expected.size() + " of " + all.size() + " annotations", on(() -> footer()));
        List<String> visible = on(this::visibleQuotes);
        assertEquals(expected.size(), visible.size(), "all matches fit in the window: " + visible);
        screenshot("annotations-view-filtered");

        // Down goes into the list; Ctrl+F comes back to the filter with its text selected, so
        // typing replaces it
        robot.keyPress(KeyEvent.VK_DOWN);
        robot.keyRelease(KeyEvent.VK_DOWN);
        robot.waitForIdle();
        assertTrue(on(() -> panel.table().isFocusOwner()), "Down moves into the list");
        robot.keyPress(KeyEvent.VK_CONTROL);
        robot.keyPress(KeyEvent.VK_F);
        robot.keyRelease(KeyEvent.VK_F);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
        assertTrue(on(() -> panel.filterBar().textField().isFocusOwner()), "Ctrl+F goes to the filter");
        type("baseline");
        settle();
        assertEquals("baseline", on(() -> panel.filterBar().textField().getText()), "the old filter was replaced");

        // a colour toggle narrows further; nothing left gives the "no match" state
        JToggleButton gray = on(() -> panel.filterBar().colorButtons().get(7));
        click(gray);
        settle();
        long grayMatches = all.stream().filter(a -> contains(a, "baseline") && "gray".equals(a.color())).count();
        assertEquals(grayMatches, (long) on(() -> annotationRows().size()));
        assertTrue(on(gray::isSelected));
        click(on(() -> panel.filterBar().textField()));
        type(" zzzz");
        settle();
        assertEquals("baseline zzzz", on(() -> panel.filterBar().textField().getText()));
        assertFalse(on(() -> panel.showsList()));
        assertEquals("No annotations match the filter", on(() -> panel.messageText()));
        screenshot("annotations-view-no-match");

        // "Clear filter" brings every annotation back
        click(on(() -> button("Clear filter")));
        settle();
        assertEquals(all.size(), (int) on(() -> annotationRows().size()));
        assertEquals("", on(() -> panel.filterBar().textField().getText()));
        assertFalse(on(gray::isSelected));
    }

    /**
     * A highlight dragged straight from the list, without clicking it first, arrives where it is
     * dropped, three times in a row with three different rows (issue 25: one drag in three
     * worked, since Swing drags from an unselected row of a multiple-selection table select rows
     * instead of starting a drag).
     */
    @Test
    void aHighlightDraggedWithoutClickingItFirstIsDroppedEveryTime() throws Exception {
        List<List<Annotation>> dropped = new java.util.concurrent.CopyOnWriteArrayList<>();
        JFrame target = on(() -> {
            javax.swing.JPanel drop = new javax.swing.JPanel();
            drop.setPreferredSize(new java.awt.Dimension(300, 300));
            drop.setTransferHandler(new javax.swing.TransferHandler() {
                @Override
                public boolean canImport(TransferSupport support) {
                    return support.isDataFlavorSupported(dev.gloss.desktop.core.spi.AnnotationTransfer.FLAVOR);
                }

                @Override
                public boolean importData(TransferSupport support) {
                    dropped.add(dev.gloss.desktop.core.spi.AnnotationTransfer.from(support.getTransferable()));
                    return true;
                }
            });
            JFrame f = new JFrame("Drop target");
            f.add(drop);
            f.pack();
            f.setLocation(520, 120);
            f.setVisible(true);
            return f;
        });
        try {
            robot.waitForIdle();
            List<Row.AnnotationRow> rows = on(this::annotationRows);
            for (int n = 0; n < 3; n++) {
                Row.AnnotationRow row = rows.get(1 + 2 * n);
                SwingUtilities.invokeAndWait(() -> panel.table().clearSelection());
                assertFalse(on(() -> panel.table().isRowSelected(panel.table().indexOf(row.key()))), "not selected before the drag");
                SwingUtilities.invokeAndWait(() -> panel.table().scrollRectToVisible(
                        panel.table().getCellRect(panel.table().indexOf(row.key()), 0, true)));
                robot.waitForIdle();
                Point from = on(() -> {
                    Rectangle r = panel.table().getCellRect(panel.table().indexOf(row.key()), 0, true);
                    Point p = panel.table().getLocationOnScreen();
                    return new Point(p.x + r.x + r.width / 2, p.y + r.y + r.height / 2);
                });
                Point to = on(() -> {
                    Point p = target.getContentPane().getLocationOnScreen();
                    return new Point(p.x + 150, p.y + 150);
                });
                robot.mouseMove(from.x, from.y);
                robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                for (int i = 1; i <= 12; i++) {
                    robot.mouseMove(from.x + (to.x - from.x) * i / 12, from.y + (to.y - from.y) * i / 12);
                    Thread.sleep(40);
                }
                robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
                robot.waitForIdle();
                int expected = n + 1;
                long end = System.currentTimeMillis() + 5000;
                while (dropped.size() < expected && System.currentTimeMillis() < end) {
                    Thread.sleep(50);
                }
                assertEquals(expected, dropped.size(), "drag " + expected + " arrived");
                assertEquals(List.of(row.annotation().id()), dropped.get(n).stream().map(Annotation::id).toList(),
                        "the dragged row, not another");
            }
        } finally {
            SwingUtilities.invokeAndWait(target::dispose);
        }
    }

    private javax.swing.JButton button(String text) {
        java.util.ArrayDeque<java.awt.Component> todo = new java.util.ArrayDeque<>(List.of(panel));
        while (!todo.isEmpty()) {
            java.awt.Component c = todo.pop();
            if (c instanceof javax.swing.JButton b && text.equals(b.getText()) && b.isShowing()) {
                return b;
            }
            if (c instanceof java.awt.Container k) {
                todo.addAll(List.of(k.getComponents()));
            }
        }
        throw new AssertionError("no button " + text);
    }

    @Test
    void followsWorkspaceChangesAndKeepsTheSelection() throws Exception {
        Row.AnnotationRow chosen = on(() -> annotationRows().get(5));
        SwingUtilities.invokeAndWait(() -> panel.table().select(chosen.key()));
        Annotation first = on(() -> annotationRows().get(0).annotation());
        ws.save(Kind.ANNOTATIONS, first.withNote("Edited somewhere else", List.of("elsewhere"), Instant.now()));
        settle();
        assertEquals(List.of(chosen.annotation().id()),
                on(() -> panel.table().selectedAnnotations().stream().map(Annotation::id).toList()),
                "the selection survives a change to another annotation");
        assertTrue(on(() -> panel.model().tags().contains("elsewhere")), "the new tag is offered");

        // scrolled down, a change above the viewport (a taller row) leaves the visible rows in place
        String topKey = on(() -> {
            Row row = annotationRows().get(12);
            Rectangle r = panel.table().getCellRect(panel.table().indexOf(row.key()), 0, true);
            ((javax.swing.JViewport) panel.table().getParent()).setViewPosition(new Point(0, r.y));
            return row.key();
        });
        Annotation second = on(() -> annotationRows().get(1).annotation());
        ws.save(Kind.ANNOTATIONS, second.withNote("A note that adds a line to a row above the viewport",
                second.tags(), Instant.now()));
        settle();
        assertEquals(topKey, on(() -> {
            Point top = ((javax.swing.JViewport) panel.table().getParent()).getViewPosition();
            return panel.table().rowAt(panel.table().rowAtPoint(top)).key();
        }), "the row at the top stays at the top");
        assertEquals("Edited somewhere else", on(() -> annotationRows().get(0).annotation().note()));

        // delete the selected annotation with the Delete key, then undo
        int before = on(() -> annotationRows().size());
        String following = on(() -> annotationRows().get(6).annotation().id());
        clickRow(chosen.key());
        robot.keyPress(KeyEvent.VK_DELETE);
        robot.keyRelease(KeyEvent.VK_DELETE);
        robot.waitForIdle();
        settle();
        assertEquals(before - 1, (int) on(() -> annotationRows().size()));
        assertTrue(ws.get(Kind.ANNOTATIONS, chosen.annotation().id()).isEmpty(), "deleted from the workspace");
        assertEquals(List.of(following), on(() -> panel.table().selectedAnnotations().stream().map(Annotation::id).toList()),
                "the next annotation is selected, so Delete can be pressed again");
        SwingUtilities.invokeAndWait(() -> panel.undoRedo().undo());
        settle();
        assertEquals(before, (int) on(() -> annotationRows().size()));
        assertEquals(chosen.annotation().exact(), ws.get(Kind.ANNOTATIONS, chosen.annotation().id()).orElseThrow().exact(),
                "undo brings it back with its id and quote");
    }

    @Test
    void selectionFromTheReaderDragAndCopy() throws Exception {
        Row.AnnotationRow target = on(() -> annotationRows().get(annotationRows().size() - 1));
        SwingUtilities.invokeAndWait(() -> panel.filterBar().setScope(FilterBar.Scope.ALL_PAPERS));
        // collapse the paper, as a user may have done; a selection in the reader opens it again
        clickRow("p:" + demo.id());
        settle();
        assertEquals(0, (int) on(() -> annotationRows().size()), "a click on the paper's header collapses it");
        SwingUtilities.invokeAndWait(() -> panel.reveal(target.annotation()));
        assertEquals(List.of(target.annotation().id()),
                on(() -> panel.table().selectedAnnotations().stream().map(Annotation::id).toList()));
        assertTrue(on(() -> panel.table().getVisibleRect().intersects(
                panel.table().getCellRect(panel.table().indexOf(target.key()), 0, true))), "scrolled into view");

        // select two and drag them: the composer gets the annotations themselves
        SwingUtilities.invokeAndWait(() -> {
            int a = panel.table().indexOf(annotationRows().get(0).key());
            int b = panel.table().indexOf(annotationRows().get(1).key());
            panel.table().getSelectionModel().setSelectionInterval(a, a);
            panel.table().getSelectionModel().addSelectionInterval(b, b);
        });
        List<Annotation> two = on(() -> panel.table().selectedAnnotations());
        assertEquals(2, two.size());
        java.awt.datatransfer.Transferable t = on(() ->
                ((AnnotationDrag) panel.table().getTransferHandler()).createTransferable(panel.table()));
        assertEquals(two, dev.gloss.desktop.core.spi.AnnotationTransfer.from(t));
        java.awt.datatransfer.Clipboard clip = new java.awt.datatransfer.Clipboard("test");
        SwingUtilities.invokeAndWait(() -> panel.table().getTransferHandler()
                .exportToClipboard(panel.table(), clip, javax.swing.TransferHandler.COPY));
        String copied = (String) clip.getData(java.awt.datatransfer.DataFlavor.stringFlavor);
        assertTrue(copied.contains(Text.oneLine(two.get(0).exact())) && copied.contains(Text.oneLine(two.get(1).exact())),
                copied);
    }

    @Test
    void emptyStates() throws Exception {
        SwingUtilities.invokeAndWait(() -> panel.setCurrentPaper(null));
        assertFalse(on(() -> panel.showsList()));
        assertTrue(on(() -> panel.messageText()).startsWith("No paper is open"));
        screenshot("annotations-view-no-paper");
        click(on(() -> button("Show all papers")));
        settle();
        assertTrue(on(() -> panel.showsList()), "all papers: the demo paper's annotations");
        assertEquals(ws.annotations().size(), (int) on(() -> annotationRows().size()));
        SwingUtilities.invokeAndWait(() -> panel.filterBar().setScope(FilterBar.Scope.THIS_PAPER));
        for (Annotation a : ws.annotations(demo.id())) {
            ws.delete(Kind.ANNOTATIONS, a);
        }
        SwingUtilities.invokeAndWait(() -> panel.setCurrentPaper(demo));
        settle();
        assertEquals("No annotations yet \u2014 select text in a paper and press H", on(() -> panel.messageText()));
        screenshot("annotations-view-empty");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static boolean contains(Annotation a, String word) {
        String text = (a.exact() + "\n" + (a.note() == null ? "" : a.note()) + "\n" + String.join(" ", a.tags()))
                .toLowerCase(Locale.ROOT);
        return text.contains(word);
    }

    private List<Row.AnnotationRow> annotationRows() {
        List<Row.AnnotationRow> out = new ArrayList<>();
        for (Row r : panel.table().rows()) {
            if (r instanceof Row.AnnotationRow a) {
                out.add(a);
            }
        }
        return out;
    }

    /** The quotes of the annotation rows inside the visible part of the list. */
    private List<String> visibleQuotes() {
        Rectangle view = panel.table().getVisibleRect();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < panel.table().getRowCount(); i++) {
            if (panel.table().rowAt(i) instanceof Row.AnnotationRow a && view.intersects(panel.table().getCellRect(i, 0, true))) {
                out.add(a.annotation().exact());
            }
        }
        return out;
    }

    private String footer() {
        for (java.awt.Component c : panel.getComponents()) {
            if (c instanceof javax.swing.JLabel l && l.getParent() == panel) {
                return l.getText();
            }
        }
        return null;
    }

    private void click(java.awt.Component c) throws Exception {
        clickAt(on(() -> {
            Point s = c.getLocationOnScreen();
            return new Point(s.x + c.getWidth() / 2, s.y + c.getHeight() / 2);
        }));
    }

    /** Scrolls the row with this key into view and clicks its middle. */
    private void clickRow(String key) throws Exception {
        SwingUtilities.invokeAndWait(() -> panel.table().scrollRectToVisible(
                panel.table().getCellRect(panel.table().indexOf(key), 0, true)));
        robot.waitForIdle();
        clickAt(on(() -> {
            Rectangle r = panel.table().getCellRect(panel.table().indexOf(key), 0, true);
            Point p = panel.table().getLocationOnScreen();
            return new Point(p.x + r.x + r.width / 2, p.y + r.y + r.height / 2);
        }));
    }

    private void clickAt(Point p) {
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    private void type(String s) {
        for (char ch : s.toCharArray()) {
            int code = KeyEvent.getExtendedKeyCodeForChar(ch);
            robot.keyPress(code);
            robot.keyRelease(code);
        }
        robot.waitForIdle();
    }

    /** Lets background work (loading, saving, the orphan check) finish and the EDT catch up. */
    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            panel.waitIdle();
            SwingUtilities.invokeAndWait(() -> { });
        }
    }

    private static <T> T on(Supplier<T> s) throws Exception {
        AtomicReference<T> r = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> r.set(s.get()));
        return r.get();
    }

    private void screenshot(String name) throws Exception {
        robot.waitForIdle();
        Rectangle bounds = on(() -> new Rectangle(frame.getLocationOnScreen(), frame.getSize()));
        BufferedImage img = robot.createScreenCapture(bounds);
        Path out = Path.of(System.getProperty("gloss.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(img, "png", new File(out.toFile(), name + ".png"));
    }
}
