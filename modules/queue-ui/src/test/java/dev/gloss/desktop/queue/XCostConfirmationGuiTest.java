package dev.gloss.desktop.queue;

import static dev.gloss.desktop.core.Gui.onEdt;
import static dev.gloss.desktop.core.Gui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.Gui;
import dev.gloss.publish.XPrices;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Add to Queue with an X account signed in to: before the first thread goes there, a
 * confirmation says what X charges (by the price list and its date) and offers to move the links
 * to the last post on X alone; accepting queues it and is remembered for the account. A
 * screenshot goes to {@code target/screenshots/}.
 */
@GuiTest
class XCostConfirmationGuiTest {
    @TempDir
    Path dir;

    @Test
    void theCostIsConfirmedOnceAndTheLinksMoveOnXAlone() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        ws.save(Kind.ACCOUNTS, new AccountRef("acc-x", "x", "https://api.x.com", "alice_research", "147", null));
        ws.save(Kind.ACCOUNTS, new AccountRef("acc-b", "bluesky", "http://localhost:1", "alice.test"));
        ws.save(Kind.THREADS, new PostThread("t", "LoRA", List.of("x", "bluesky"), null, List.of(
                Post.of("A paper on low-rank updates https://arxiv.org/abs/2106.09685 #ResearchMonday"),
                Post.of("The update is small (code: github.com/microsoft/LoRA)."),
                Post.of("Restoring the top layers undoes most of it.")), Instant.now(), Instant.now()));
        ws.save(Kind.THREADS, new PostThread("plain", "No links", List.of("x"), null, List.of(Post.of("One post, no link.")),
                Instant.now().plusSeconds(1), Instant.now().plusSeconds(1)));

        JDialog add = openAddToQueue(ws, "t");
        SwingUtilities.invokeLater(() -> buttonLabelled(add, "Queue").doClick());
        JDialog ask = waitForDialog("Publishing to alice_research on X Costs Money");
        JLabel cost = (JLabel) find(ask, "xCost");
        JCheckBox move = (JCheckBox) find(ask, "linksToLast");
        assertTrue(onEdt(move::isSelected), "moving the links is offered, chosen");
        assertTrue(onEdt(cost::getText).contains("costs about $0.23 in API credits: 2 posts at $0.015 each, one post with a link at $0.20"
                + " (X's prices as of 2026-12-07)"), onEdt(cost::getText));
        SwingUtilities.invokeAndWait(move::doClick);
        assertTrue(onEdt(cost::getText).contains("costs about $0.415"), "as written: " + onEdt(cost::getText));
        SwingUtilities.invokeAndWait(move::doClick);
        Thread.sleep(500); // painted before the picture
        Gui.screenshot(onEdt(() -> new Rectangle(ask.getLocationOnScreen(), ask.getSize())), "x-cost-confirmation.png");
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(ask, "acceptXCost")).doClick());

        waitFor(() -> ws.queue().size() == 1, "the thread queued");
        QueueEntry e = ws.queue().get(0);
        assertTrue(e.targetOf("acc-x").orElseThrow().movesLinks(), "links moved on X");
        assertFalse(e.targetOf("acc-b").orElseThrow().movesLinks(), "Bluesky gets the thread as written");
        assertEquals("2026-12-07", ws.reread(Kind.ACCOUNTS, "acc-x").orElseThrow().option(XPrices.ACCEPTED), "remembered");

        // accepted once: a thread without links before its last post goes straight to the queue
        JDialog again = openAddToQueue(ws, "plain");
        SwingUtilities.invokeLater(() -> buttonLabelled(again, "Queue").doClick());
        waitFor(() -> ws.queue().size() == 2, "queued without asking");
        assertTrue(onEdt(() -> java.util.Arrays.stream(Window.getWindows())
                .noneMatch(w -> w.isShowing() && w instanceof JDialog d && d.getTitle().contains("Costs Money"))));
    }

    private static JDialog openAddToQueue(Workspace ws, String thread) throws Exception {
        SwingUtilities.invokeLater(() -> AddToQueueDialog.show(ws, thread, QueueScheduler.RP::post));
        JDialog add = waitForDialog("Add to Publishing Queue");
        // only the platforms of this thread that have an account: untick any other
        SwingUtilities.invokeAndWait(() -> {
            Component b = findOrNull(add, "target.bluesky");
            if (b instanceof JCheckBox c && c.isSelected() != ws.get(Kind.THREADS, thread).orElseThrow().platforms().contains("bluesky")) {
                c.doClick();
            }
        });
        return add;
    }

    private static Component find(Container root, String name) {
        Component c = findOrNull(root, name);
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
