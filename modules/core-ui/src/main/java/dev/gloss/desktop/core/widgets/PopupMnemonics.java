package dev.gloss.desktop.core.widgets;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import javax.swing.JPopupMenu;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;

/**
 * Context menus chosen by a mnemonic letter. Swing picks the item on the key press and then
 * hands the letter's typed event to whatever has the focus once the menu is gone: Shift+F10, L
 * in a post would attach a clip and also type "l" into the post, or into the file name of the
 * dialog the item opens. Installed on a menu, the letter that chose an item is not typed.
 */
public final class PopupMnemonics {
    private PopupMnemonics() {
    }

    public static void install(JPopupMenu menu) {
        menu.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                // nothing to do
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                AWTEvent now = EventQueue.getCurrentEvent();
                if (now instanceof KeyEvent k && k.getID() == KeyEvent.KEY_PRESSED
                        && k.getKeyChar() != KeyEvent.CHAR_UNDEFINED && !Character.isISOControl(k.getKeyChar())) {
                    swallowNextTyped(k.getKeyChar());
                }
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
                // nothing to do
            }
        });
    }

    /** Drops the typed event of {@code c} that follows its press; any other key ends the watch. */
    private static void swallowNextTyped(char c) {
        KeyboardFocusManager kfm = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        KeyEventDispatcher[] self = new KeyEventDispatcher[1];
        self[0] = e -> {
            if (e.getID() == KeyEvent.KEY_TYPED) {
                kfm.removeKeyEventDispatcher(self[0]);
                return Character.toLowerCase(e.getKeyChar()) == Character.toLowerCase(c);
            }
            if (e.getID() == KeyEvent.KEY_PRESSED) {
                kfm.removeKeyEventDispatcher(self[0]);
            }
            return false;
        };
        kfm.addKeyEventDispatcher(self[0]);
    }
}
