package dev.gloss.desktop.queue;

import static dev.gloss.desktop.core.Gui.onEdt;
import static dev.gloss.desktop.core.Gui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.Gui;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One entry for Bluesky, Mastodon and X in the queue window: the list and the week view show each
 * platform with its state, the entry's menu retries Mastodon alone, Add to Queue queues a thread
 * once for the platforms it was written for, and the confirmation's Undo takes it out again.
 * Screenshots go to {@code target/screenshots/}.
 */
@GuiTest
class QueueTargetsGuiTest {
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

    @Test
    void eachPlatformShowsItsStateAndIsRetriedAlone() throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        Instant tonight = LocalDate.now(zone).atTime(LocalTime.of(23, 0)).atZone(zone).toInstant();
        Workspace ws = Workspace.open(dir.resolve("ws"));
        ws.save(Kind.ACCOUNTS, new AccountRef("acc-b", "bluesky", "http://localhost:1", "reader.test"));
        ws.save(Kind.ACCOUNTS, new AccountRef("acc-m", "mastodon", "http://localhost:2", "reader@m.example"));
        ws.save(Kind.ACCOUNTS, new AccountRef("acc-x", "x", null, "@reader"));
        ws.save(Kind.THREADS, new PostThread("t", "Sparse features", List.of("bluesky", "mastodon", "x"), null,
                List.of(Post.of("1/2 What sparse features do"), Post.of("2/2 And why")), Instant.now(), Instant.now()));
        List<PublishedPost> out = List.of(new PublishedPost(0, "k0", "at://0", "c0", "https://bsky.app/profile/r/post/k0"),
                new PublishedPost(1, "k1", "at://1", "c1", "https://bsky.app/profile/r/post/k1"));
        QueueTarget bluesky = Entries.target("bluesky", "acc-b", QueueState.PUBLISHED, null, out);
        ws.save(Kind.QUEUE, Entries.of("multi", tonight, zone.getId(), bluesky,
                Entries.target("mastodon", "acc-m", QueueState.FAILED, "The server did not answer.",
                        List.of(new PublishedPost(0, "gloss-multi-mastodon-0", "1001", null, "https://m.example/@reader/1001"))),
                Entries.target("x", "acc-x", QueueState.SCHEDULED, null, List.of())));
        QueueTarget blueskySaved = ws.get(Kind.QUEUE, "multi").orElseThrow().target("bluesky").orElseThrow();
        SwingUtilities.invokeAndWait(() -> {
            queue = new QueueTopComponent();
            frame = new JFrame("Queue");
            frame.add(queue);
            frame.setBounds(30, 30, 1150, 360);
            frame.setVisible(true);
            queue.attach(ws);
        });
        JList<?> list = (JList<?>) find(queue, "queue.list");
        waitFor(() -> onEdt(() -> list.getModel().getSize() == 2), "a day and its entry");
        SwingUtilities.invokeAndWait(() -> list.setSelectedIndex(1));

        // the list: the entry, then each platform with its state, then why Mastodon failed
        QueueLineRenderer row = onEdt(() -> {
            @SuppressWarnings("unchecked")
            JList<QueueRows.Line> l = (JList<QueueRows.Line>) list;
            return (QueueLineRenderer) l.getCellRenderer().getListCellRendererComponent(l, l.getModel().getElementAt(1), 1, false, false);
        });
        List<TargetBadges.Badge> badges = onEdt(() -> ((TargetBadges) row.targets.getIcon()).badges());
        assertEquals(List.of(QueueState.PUBLISHED, QueueState.FAILED, QueueState.SCHEDULED), badges.stream().map(TargetBadges.Badge::state).toList());
        assertTrue(badges.get(1).text().startsWith("Mastodon Failed"), badges.toString());
        assertTrue(onEdt(() -> row.reasons.getText()).contains("Mastodon: The server did not answer."));
        assertTrue(enabled("queue.publishNow") && enabled("queue.retry") && enabled("queue.cancel") && enabled("queue.reschedule"),
                "X waits, Mastodon failed: every action applies");
        assertTrue(onEdt(() -> ((JLabel) find(queue, "queue.zone")).getText()).contains(zone.getId())
                || onEdt(() -> ((JLabel) find(queue, "queue.zone")).getText()).contains("UTC"), "the zone is named");
        screenshot("queue-targets-list.png");

        // the week: the chip names the thread and each platform with its state
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(queue, "queue.week")).doClick());
        AbstractButton chip = (AbstractButton) waitForComponent(queue, "week.entry.multi");
        assertTrue(onEdt(() -> ((JLabel) find(chip, "week.entry.title")).getText()).contains("Sparse features"));
        assertEquals(List.of("Bluesky", "Mastodon", "X"), onEdt(() -> ((TargetBadges) ((JLabel) find(chip, "week.entry.platforms")).getIcon())
                .badges().stream().map(TargetBadges.Badge::text).toList()));
        String tip = onEdt(chip::getToolTipText);
        assertTrue(tip.contains("Mastodon: Failed"), tip);
        waitFor(() -> onEdt(chip::isSelected), "the entry selected in the week");
        screenshot("queue-targets-week.png");

        // the entry's menu: Retry on Mastodon alone
        JPopupMenu menu = onEdt(chip::getComponentPopupMenu);
        SwingUtilities.invokeAndWait(() -> menu.show(chip, 20, 20));
        waitFor(() -> onEdt(() -> findOrNull(menu, "retry.mastodon") != null), "the menu filled");
        assertTrue(onEdt(() -> findOrNull(menu, "cancel.x") != null && findOrNull(menu, "open.bluesky") != null
                && findOrNull(menu, "retry.bluesky") == null && findOrNull(menu, "retry.x") == null), "what applies where");
        screenshot("queue-targets-menu.png");
        SwingUtilities.invokeAndWait(() -> {
            ((AbstractButton) findOrNull(menu, "retry.mastodon")).doClick();
            menu.setVisible(false);
        });
        waitFor(() -> ws.get(Kind.QUEUE, "multi").orElseThrow().target("mastodon").orElseThrow().state() == QueueState.SCHEDULED,
                "Mastodon scheduled again");
        QueueEntry after = ws.get(Kind.QUEUE, "multi").orElseThrow();
        assertEquals(blueskySaved, after.target("bluesky").orElseThrow(), "Bluesky not touched");
        assertEquals(QueueState.SCHEDULED, after.target("x").orElseThrow().state());

        // Add to Queue: one entry for the platforms the thread was written for
        SwingUtilities.invokeLater(() -> AddToQueueDialog.show(ws, "t", QueueScheduler.RP::post));
        JDialog add = waitForDialog("Add to Publishing Queue");
        assertTrue(onEdt(() -> ((JCheckBox) find(add, "target.bluesky")).isSelected() && ((JCheckBox) find(add, "target.mastodon")).isSelected()
                && ((JCheckBox) find(add, "target.x")).isSelected()), "the thread's platforms are chosen");
        Gui.screenshot(onEdt(() -> new Rectangle(add.getLocationOnScreen(), add.getSize())), "add-to-queue-platforms.png");
        SwingUtilities.invokeAndWait(() -> ((JCheckBox) find(add, "target.x")).doClick());
        SwingUtilities.invokeAndWait(() -> buttonLabelled(add, "Queue").doClick());
        waitFor(() -> ws.queue().size() == 2, "the thread queued once");
        QueueEntry queued = ws.queue().stream().filter(e -> !e.id().equals("multi")).findFirst().orElseThrow();
        assertEquals(List.of("bluesky", "mastodon"), queued.targets().stream().map(QueueTarget::platform).toList(), "X unchecked");

        // the confirmation says where and when; Undo takes the entry out again
        JPanel said = onEdt(() -> QueueConfirmation.details(queued, () -> QueueScheduler.RP.post(() -> QueueConfirmation.undo(ws, queued, null))));
        String where = onEdt(() -> ((JLabel) find(said, "queued.where")).getText());
        assertTrue(where.startsWith("Bluesky and Mastodon \u00b7 "), where);
        assertTrue(where.contains(zone.getId()) || where.contains("UTC"), "the zone is named: " + where);
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(said, "queued.undo")).doClick());
        waitFor(() -> ws.get(Kind.QUEUE, queued.id()).isEmpty(), "queueing undone");
        assertTrue(ws.get(Kind.QUEUE, "multi").isPresent());
    }

    private boolean enabled(String name) {
        return onEdt(() -> find(queue, name).isEnabled());
    }

    private void screenshot(String name) throws Exception {
        Gui.screenshot(onEdt(() -> new Rectangle(frame.getLocationOnScreen(), frame.getSize())), name);
    }

    private static Component waitForComponent(Container root, String name) throws InterruptedException {
        waitFor(() -> onEdt(() -> findOrNull(root, name) != null), name);
        return onEdt(() -> findOrNull(root, name));
    }

    private static Component find(Container root, String name) {
        Component c = findOrNull(root, name);
        if (c == null) {
            throw new AssertionError("no component " + name);
        }
        return c;
    }

    private static Component findOrNull(Container root, String name) {
        for (Component c : root instanceof JPopupMenu m ? m.getComponents() : root.getComponents()) {
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

    private static AbstractButton buttonLabelled(Container c, String text) {
        for (Component k : c.getComponents()) {
            if (k instanceof AbstractButton b && text.equals(b.getText())) {
                return b;
            }
            if (k instanceof Container kc) {
                try {
                    return buttonLabelled(kc, text);
                } catch (AssertionError e) {
                    // look further
                }
            }
        }
        throw new AssertionError("no button " + text);
    }

    private static JDialog waitForDialog(String title) throws Exception {
        AtomicReference<JDialog> found = new AtomicReference<>();
        waitFor(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing() && title.equals(d.getTitle())) {
                    found.set(d);
                    return true;
                }
            }
            return false;
        }, "a dialog \"" + title + "\"");
        return found.get();
    }
}
