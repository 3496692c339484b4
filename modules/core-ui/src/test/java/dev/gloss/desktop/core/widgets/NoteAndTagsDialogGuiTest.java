package dev.gloss.desktop.core.widgets;

import static dev.gloss.desktop.core.Gui.key;
import static dev.gloss.desktop.core.Gui.onEdt;
import static dev.gloss.desktop.core.Gui.screenshot;
import static dev.gloss.desktop.core.Gui.type;
import static dev.gloss.desktop.core.Gui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.GuiTest;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;

/**
 * The Note and Tags dialog in a real window, driven by real key presses: Tab leaves the note for
 * the tags, Enter in the note starts a line, Ctrl+Enter and Enter in the tags press OK; the
 * dialog is as wide for a 2,000-character quote as for a short one, the quote wrapped in it.
 */
@GuiTest
class NoteAndTagsDialogGuiTest {
    private static final String LONG = "Fine-tuning changes far less than its effects suggest: most of the weight "
            + "update lies in a low-rank subspace concentrated in the upper third of the layers. ";

    @Test
    void tabGoesToTheTagsAndCtrlEnterPressesOk() throws Exception {
        CompletableFuture<NoteAndTagsDialog.Input> result = open("a quote", null);
        JDialog d = dialog();
        waitFor(() -> onEdt(() -> "note".equals(focusName())), "the note to have the keyboard");
        type("first");
        key(KeyEvent.VK_ENTER);
        type("second");
        key(KeyEvent.VK_TAB);
        waitFor(() -> onEdt(() -> "tags".equals(focusName())), "Tab to move to the tags");
        type("method");
        key(KeyEvent.VK_ENTER, KeyEvent.VK_CONTROL);
        NoteAndTagsDialog.Input in = result.get(10, TimeUnit.SECONDS);
        assertEquals("first\nsecond", in.note(), "no tab typed into the note, Enter made a line");
        assertEquals(List.of("method"), in.tags());
        assertFalse(onEdt(d::isShowing));
    }

    @Test
    void ctrlEnterInTheNoteAndEnterInTheTagsPressOk() throws Exception {
        CompletableFuture<NoteAndTagsDialog.Input> fromNote = open(null, "old");
        dialog();
        waitFor(() -> onEdt(() -> "note".equals(focusName())), "the note to have the keyboard");
        key(KeyEvent.VK_ENTER, KeyEvent.VK_CONTROL);
        assertEquals("old", fromNote.get(10, TimeUnit.SECONDS).note());

        CompletableFuture<NoteAndTagsDialog.Input> fromTags = open(null, null);
        dialog();
        waitFor(() -> onEdt(() -> "note".equals(focusName())), "the note to have the keyboard");
        key(KeyEvent.VK_TAB);
        type("todo");
        key(KeyEvent.VK_ENTER);
        NoteAndTagsDialog.Input in = fromTags.get(10, TimeUnit.SECONDS);
        assertEquals(null, in.note());
        assertEquals(List.of("todo"), in.tags());
    }

    @Test
    void theWidthDoesNotFollowTheQuote() throws Exception {
        open("Short.", null);
        JDialog shortOne = dialog();
        int shortWidth = onEdt(shortOne::getWidth);
        int oneLine = onEdt(() -> label(shortOne).getHeight());
        key(KeyEvent.VK_ESCAPE);
        waitFor(() -> onEdt(() -> !shortOne.isShowing()), "Escape to close the dialog");

        open(LONG.repeat(12), null);
        JDialog longOne = dialog();
        int longWidth = onEdt(longOne::getWidth);
        screenshot(onEdt(longOne::getBounds), "note-dialog-long-quote.png");
        assertEquals(shortWidth, longWidth, "the same width for a short and a 2,000-character quote");
        assertTrue(longWidth < 700, "a sensible width: " + longWidth);
        assertTrue(onEdt(() -> label(longOne).getHeight()) > 3 * oneLine, "the quote wraps over several lines");
        assertTrue(onEdt(() -> label(longOne).getText()).contains("\u2026"), "a long quote is cut, with an ellipsis");
        key(KeyEvent.VK_ESCAPE);
        waitFor(() -> onEdt(() -> !longOne.isShowing()), "Escape to close the dialog");
    }

    private static CompletableFuture<NoteAndTagsDialog.Input> open(String quote, String note) {
        CompletableFuture<NoteAndTagsDialog.Input> result = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> result.complete(NoteAndTagsDialog.ask("Note and Tags", quote, note, List.of())));
        return result;
    }

    private static JDialog dialog() throws InterruptedException {
        AtomicReference<JDialog> found = new AtomicReference<>();
        waitFor(() -> onEdt(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing() && "Note and Tags".equals(d.getTitle())) {
                    found.set(d);
                    return true;
                }
            }
            return false;
        }), "the dialog");
        return found.get();
    }

    private static JLabel label(Container c) {
        for (Component k : c.getComponents()) {
            if (k instanceof JLabel l && "quote".equals(l.getName())) {
                return l;
            }
            if (k instanceof Container kc) {
                JLabel l = label(kc);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }

    private static String focusName() {
        Component f = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (f instanceof JTextComponent a && a.getText().contains("\t")) {
            return "note with a tab";
        }
        return f == null ? null : f.getName();
    }
}
