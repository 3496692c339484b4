package dev.gloss.desktop.core.widgets;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowEvent;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the keyboard back to the window a dialog came from when the dialog closes.
 * <p>
 * Every dialog of the application (the platform's {@code DialogDisplayer}, file choosers, option
 * panes, Gloss's own) ends the same way: its window is hidden and the window system decides who
 * gets the keyboard next. Without a window manager that does it (Xvfb, some tiling and remote
 * desktops) nobody does, and Ctrl+1 or Ctrl+2 go nowhere until a click. So this is one listener
 * for all of them, not a fix per dialog: when a dialog loses the focus because it closed and no
 * other window of the application took it, the dialog's owner (else the main window) is focused
 * again, on its most recent focus owner: the component that had the keyboard before the dialog,
 * or the one the dialog's action gave it to meanwhile (a new tab, the queue's list). A dialog
 * that loses the focus while still showing (the user switched to another application) is left
 * alone.
 */
public final class FocusAfterDialogs {
    private static final Logger LOG = Logger.getLogger(FocusAfterDialogs.class.getName());
    private static AWTEventListener installed;
    private static volatile Supplier<? extends Window> fallback = () -> null;

    private FocusAfterDialogs() {
    }

    /**
     * Installs the listener once for the whole application; {@code mainWindow} is the window that
     * takes the keyboard when a dialog has no showing owner (the main window).
     */
    public static synchronized void install(Supplier<? extends Window> mainWindow) {
        fallback = mainWindow;
        if (installed != null) {
            return;
        }
        installed = event -> {
            if (event instanceof WindowEvent we && we.getWindow() instanceof Dialog dialog
                    && (we.getID() == WindowEvent.WINDOW_LOST_FOCUS || we.getID() == WindowEvent.WINDOW_CLOSED)
                    && !dialog.isShowing() && (we.getOppositeWindow() == null || !we.getOppositeWindow().isShowing())) {
                // after the events of the closing itself, and after what the dialog's caller does next
                EventQueue.invokeLater(() -> restore(dialog, fallback.get()));
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(installed, AWTEvent.WINDOW_FOCUS_EVENT_MASK | AWTEvent.WINDOW_EVENT_MASK);
    }

    private static void restore(Dialog closed, Window fallback) {
        KeyboardFocusManager kfm = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        Window focused = kfm.getFocusedWindow();
        if (focused != null && focused != closed && focused.isShowing()) {
            return; // a window manager, or the caller, already gave the keyboard to a window
        }
        Window back = owner(closed, fallback);
        if (back == null) {
            return;
        }
        Component target = back.getMostRecentFocusOwner();
        LOG.log(Level.FINE, "Dialog \"{0}\" closed with no window focused: back to {1}",
                new Object[]{closed.getTitle(), target == null ? back.getName() : target.getClass().getName()});
        if (back instanceof Frame f && (f.getExtendedState() & Frame.ICONIFIED) != 0) {
            return; // the user minimised it meanwhile
        }
        if (target != null && target.isShowing()) {
            target.requestFocus(); // not ...InWindow: the window itself has to become focused
        } else {
            back.requestFocus();
        }
    }

    /** The nearest showing owner of {@code closed} that can take the keyboard, else {@code fallback}. */
    private static Window owner(Dialog closed, Window fallback) {
        for (Window w = closed.getOwner(); w != null; w = w.getOwner()) {
            if (w.isShowing() && w.isFocusableWindow()) {
                return w;
            }
        }
        return fallback != null && fallback.isShowing() ? fallback : null;
    }
}
