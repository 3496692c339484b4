package dev.gloss.desktop.core.widgets;

import static dev.gloss.desktop.core.Gui.key;
import static dev.gloss.desktop.core.Gui.onEdt;
import static dev.gloss.desktop.core.Gui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.gloss.testing.GuiTest;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing a dialog gives the keyboard back, on a display without a window manager (./test's
 * Xvfb), where nothing else does: keys typed after the dialog reach the field that had them
 * before it, through a dialog opened from another dialog too.
 */
@GuiTest
class FocusAfterDialogsGuiTest {
    private JFrame frame;
    private JTextField first;
    private JTextField second;

    @BeforeEach
    void setUp() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("Focus test");
            first = new JTextField(20);
            second = new JTextField(20);
            JPanel p = new JPanel();
            p.add(first);
            p.add(second);
            frame.add(p);
            frame.setBounds(60, 60, 500, 200);
            frame.setVisible(true);
            FocusAfterDialogs.install(() -> frame);
        });
        waitFor(() -> onEdt(frame::isFocused), "the frame to get the keyboard");
        SwingUtilities.invokeAndWait(second::requestFocus);
        waitFor(() -> onEdt(() -> second.isFocusOwner()), "the second field to get the keyboard");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (frame != null) {
            SwingUtilities.invokeAndWait(frame::dispose);
        }
    }

    @Test
    void keysGoBackToTheFieldThatHadThemBeforeTheDialog() throws Exception {
        JDialog dialog = open(frame, "Note");
        key(KeyEvent.VK_N);
        assertEquals("n", onEdt(() -> field(dialog).getText()), "the dialog had the keyboard");
        SwingUtilities.invokeAndWait(dialog::dispose);
        waitFor(() -> onEdt(() -> second.isFocusOwner()), "the keyboard back in the second field");
        key(KeyEvent.VK_A);
        waitFor(() -> onEdt(() -> "a".equals(second.getText())), "the key typed into the second field");
        assertEquals("", onEdt(first::getText));
    }

    @Test
    void aDialogFromADialogGivesTheKeyboardBackToItsOwnerDialog() throws Exception {
        JDialog accounts = open(frame, "Accounts");
        JDialog form = open(accounts, "Add account");
        SwingUtilities.invokeAndWait(() -> form.setVisible(false));
        waitFor(() -> onEdt(() -> field(accounts).isFocusOwner()), "the keyboard back in the first dialog");
        key(KeyEvent.VK_B);
        waitFor(() -> onEdt(() -> "b".equals(field(accounts).getText())), "the key typed into the first dialog");
        SwingUtilities.invokeAndWait(accounts::dispose);
        waitFor(() -> onEdt(() -> second.isFocusOwner()), "the keyboard back in the main window");
        assertSame(frame, onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow()));
    }

    /** Opens a modal dialog with one field, as the application's dialogs do, and waits for its keyboard. */
    private static JDialog open(Window owner, String title) throws Exception {
        AtomicReference<JDialog> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            JDialog d = new JDialog(owner, title, java.awt.Dialog.ModalityType.APPLICATION_MODAL);
            d.add(new JTextField(20));
            d.setBounds(owner.getX() + 40, owner.getY() + 40, 300, 100);
            made.set(d);
        });
        SwingUtilities.invokeLater(() -> made.get().setVisible(true)); // blocks the EDT's caller, as notify() does
        waitFor(() -> onEdt(() -> field(made.get()).isFocusOwner()), "the dialog " + title + " to get the keyboard");
        return made.get();
    }

    private static JTextField field(JDialog d) {
        return (JTextField) find(d.getContentPane());
    }

    private static Component find(java.awt.Container c) {
        for (Component k : c.getComponents()) {
            if (k instanceof JTextField) {
                return k;
            }
        }
        throw new AssertionError("no field");
    }
}
