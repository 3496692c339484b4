package dev.gloss.desktop.queue;

import static dev.gloss.desktop.core.Gui.key;
import static dev.gloss.desktop.core.Gui.layOut;
import static dev.gloss.desktop.core.Gui.onEdt;
import static dev.gloss.desktop.core.Gui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.Gui;
import dev.gloss.desktop.core.widgets.WindowMinimum;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue window's week view in a real frame, with a real workspace: an entry queued for next
 * Monday is shown by moving to next week (button, Page Down), its actions are enabled only while
 * it is selected and on screen, and Home comes back to this week. A screenshot goes to
 * {@code target/screenshots/}.
 */
@GuiTest
class QueueWeekGuiTest {
    @TempDir
    Path dir;
    private JFrame frame;
    private QueueTopComponent queue;

    @AfterEach
    void close() throws Exception {
        if (frame != null) {
            SwingUtilities.invokeAndWait(frame::dispose);
        }
    }

    /**
     * The window system never makes a window narrower than its minimum, and looks at minimums when
     * a tab opens or closes: the queue's toolbar, wider than the column under the papers, made that
     * column 25 px wider the moment a second paper opened, moving the library and the composer.
     * In a window narrower than the toolbar (the column is 794 px in the default layout on a
     * 1600 px screen, the toolbar 819 px in the application's look) every button is whole: Slots
     * and Accounts go to a row of their own.
     */
    @Test
    void itsToolbarDoesNotDecideHowNarrowTheWindowMayBe() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            queue = new QueueTopComponent();
            queue.setSize(600, 320);
            layOut(queue);
        });
        int wanted = onEdt(() -> queue.getPreferredSize().width);
        assertTrue(wanted > 600, "the toolbar's buttons want " + wanted + " px");
        assertEquals(WindowMinimum.WIDTH, onEdt(() -> queue.getMinimumSize().width));
        assertEquals(WindowMinimum.HEIGHT, onEdt(() -> queue.getMinimumSize().height));
        Component accounts = find("queue.accounts");
        Rectangle at = onEdt(() -> SwingUtilities.convertRectangle(accounts.getParent(), accounts.getBounds(), queue));
        assertTrue(at.width > 20 && onEdt(() -> new Rectangle(queue.getSize()).contains(at)), "Accounts… whole: " + at);
    }

    @Test
    void nextMondaysEntryIsReachedByWeekAndActedOnOnlyWhileItShows() throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant later = nextMonday.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
        // this week: the next hour today, or Monday if today is Sunday (still this week, Monday to Sunday)
        Instant thisWeek = today.atTime(LocalTime.of(23, 0)).atZone(zone).toInstant();
        Workspace ws = Workspace.open(dir.resolve("ws"));
        ws.save(Kind.ACCOUNTS, new AccountRef("acc", "bluesky", "http://localhost:1", "reader.test"));
        ws.save(Kind.THREADS, new PostThread("t", "Sparse features", List.of("bluesky"), null, List.of(Post.of("Hello")),
                Instant.now(), Instant.now()));
        ws.save(Kind.QUEUE, Entries.one("monday", "acc", later, zone.getId(), QueueState.SCHEDULED, null));
        ws.save(Kind.QUEUE, Entries.one("failed", "acc", thisWeek, zone.getId(), QueueState.FAILED, "The server did not answer."));
        SwingUtilities.invokeAndWait(() -> {
            queue = new QueueTopComponent();
            frame = new JFrame("Queue");
            frame.add(queue);
            frame.setBounds(30, 30, 1100, 320);
            frame.setVisible(true);
            queue.attach(ws);
        });
        JList<?> list = (JList<?>) find("queue.list");
        waitFor(() -> onEdt(() -> list.getModel().getSize() == 4), "two days with an entry each in the list");

        // in the list, next Monday's entry is selected and can be published
        SwingUtilities.invokeAndWait(() -> list.setSelectedIndex(3));
        assertEquals("monday", onEdt(() -> queue.selectedEntry().id()));
        assertTrue(enabled("queue.publishNow"));

        // Week: the week of that entry, the entry selected in it
        click("queue.week");
        waitFor(() -> onEdt(() -> title().startsWith("Next week")), "the week of next Monday");
        assertTrue(onEdt(() -> ((AbstractButton) find("week.entry.monday")).isSelected()));
        assertTrue(enabled("queue.publishNow") && enabled("queue.reschedule") && enabled("queue.cancel"));
        screenshot("queue-week-next.png");

        // a week back, with the mouse: next Monday's entry is out of sight, and nothing acts on it
        mouseClick("week.previous");
        waitFor(() -> onEdt(() -> title().startsWith("This week")), "this week");
        assertNull(onEdt(() -> findOrNull(queue, "week.entry.monday")), "next Monday's entry is not on screen");
        assertNull(onEdt(queue::selectedEntry));
        assertFalse(enabled("queue.publishNow") || enabled("queue.reschedule") || enabled("queue.cancel") || enabled("queue.retry"));
        assertTrue(onEdt(() -> hint().contains("Page Down")), "says where the rest is: " + onEdt(this::hint));
        screenshot("queue-week-this.png");

        // the keyboard: Tab reaches this week's entry and selects it; Page Down, Home move the week
        SwingUtilities.invokeAndWait(() -> find("week.entry.failed").requestFocusInWindow());
        waitFor(() -> onEdt(() -> queue.selectedEntry() != null && "failed".equals(queue.selectedEntry().id())), "the focused entry selected");
        assertTrue(enabled("queue.retry") && !enabled("queue.publishNow"), "a failed entry: Retry, not Publish Now");
        key(KeyEvent.VK_PAGE_DOWN);
        waitFor(() -> onEdt(() -> title().startsWith("Next week")), "Page Down: next week");
        waitFor(() -> onEdt(() -> queue.selectedEntry() != null && "monday".equals(queue.selectedEntry().id())),
                "the keyboard on next week's entry, selected");
        assertTrue(enabled("queue.publishNow"));
        key(KeyEvent.VK_HOME);
        waitFor(() -> onEdt(() -> title().startsWith("This week")), "Home: this week");
        waitFor(() -> onEdt(() -> queue.selectedEntry() != null && "failed".equals(queue.selectedEntry().id())), "this week's entry");

        // the selected entry moves to another week (rescheduled, published now): the view follows it
        key(KeyEvent.VK_PAGE_DOWN);
        waitFor(() -> onEdt(() -> queue.selectedEntry() != null && "monday".equals(queue.selectedEntry().id())), "next Monday's entry selected");
        QueueEntry monday = ws.get(Kind.QUEUE, "monday").orElseThrow();
        ws.save(Kind.QUEUE, monday.withAt(later.plus(java.time.Duration.ofDays(14)), zone.getId(), Instant.now()));
        LocalDate moved = WeekModel.mondayOf(nextMonday.plusWeeks(2));
        waitFor(() -> onEdt(() -> title().equals(Times.range(moved, moved.plusDays(6)))
                && queue.selectedEntry() != null && "monday".equals(queue.selectedEntry().id())), "the week it moved to, still selected");

        // back to the list, with the week's selection
        click("queue.week");
        waitFor(() -> onEdt(() -> list.isShowing()), "the list");
        assertEquals("monday", onEdt(() -> queue.selectedEntry().id()));
    }

    private String title() {
        return ((JLabel) find("week.title")).getText();
    }

    private String hint() {
        for (Component c : ((Container) find("week.title").getParent()).getComponents()) {
            if (c instanceof JLabel l && !"week.title".equals(l.getName()) && l.getText() != null && !l.getText().isBlank()) {
                return l.getText();
            }
        }
        return "";
    }

    private boolean enabled(String name) {
        return onEdt(() -> find(name).isEnabled());
    }

    private void click(String name) throws Exception {
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(name)).doClick());
    }

    private Component find(String name) {
        Component c = findOrNull(queue, name);
        if (c == null) {
            throw new AssertionError("no component " + name);
        }
        return c;
    }

    private static Component findOrNull(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container k) {
                Component inner = findOrNull(k, name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private void mouseClick(String name) throws Exception {
        Component c = find(name);
        java.awt.Point p = onEdt(() -> {
            java.awt.Point at = c.getLocationOnScreen();
            return new java.awt.Point(at.x + c.getWidth() / 2, at.y + c.getHeight() / 2);
        });
        Robot r = new Robot();
        r.mouseMove(p.x, p.y);
        r.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        r.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        r.waitForIdle();
    }

    private void screenshot(String name) throws Exception {
        Gui.screenshot(onEdt(() -> new Rectangle(frame.getLocationOnScreen(), frame.getSize())), name);
    }

}
