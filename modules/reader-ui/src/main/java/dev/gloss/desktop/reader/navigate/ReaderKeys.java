package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.reader.render.PageView;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * The reading keys of the page view: arrows, Page Up/Down, space and shift-space, Home/End.
 * Bound while the page view has the focus, so typing in the find bar is never taken for
 * navigation.
 */
public final class ReaderKeys {
    private static final int LINE = 48;

    private ReaderKeys() {
    }

    public static void install(PageView view) {
        InputMap in = view.getInputMap(JComponent.WHEN_FOCUSED);
        ActionMap am = view.getActionMap();
        bind(in, am, "reader-line-up", v -> v.scrollBy(0, -LINE), view, KeyEvent.VK_UP, KeyEvent.VK_KP_UP);
        bind(in, am, "reader-line-down", v -> v.scrollBy(0, LINE), view, KeyEvent.VK_DOWN, KeyEvent.VK_KP_DOWN);
        bind(in, am, "reader-left", v -> {
            if (v.scrollsSideways()) {
                v.scrollBy(-LINE, 0);
            } else {
                v.goToPage(v.currentPage() - 1);
            }
        }, view, KeyEvent.VK_LEFT, KeyEvent.VK_KP_LEFT);
        bind(in, am, "reader-right", v -> {
            if (v.scrollsSideways()) {
                v.scrollBy(LINE, 0);
            } else {
                v.goToPage(v.currentPage() + 1);
            }
        }, view, KeyEvent.VK_RIGHT, KeyEvent.VK_KP_RIGHT);
        bind(in, am, "reader-screen-down", v -> v.scrollBy(0, screen(v)), view, KeyEvent.VK_PAGE_DOWN, KeyEvent.VK_SPACE);
        bind(in, am, "reader-screen-up", v -> v.scrollBy(0, -screen(v)), view, KeyEvent.VK_PAGE_UP);
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, InputEvent.SHIFT_DOWN_MASK), "reader-screen-up");
        bind(in, am, "reader-first", v -> v.goToPage(1), view, KeyEvent.VK_HOME);
        bind(in, am, "reader-last", PageView::goToEnd, view, KeyEvent.VK_END);
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_HOME, InputEvent.CTRL_DOWN_MASK), "reader-first");
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_END, InputEvent.CTRL_DOWN_MASK), "reader-last");
    }

    private static int screen(PageView v) {
        return Math.max(LINE, v.getVisibleRect().height - LINE);
    }

    private static void bind(InputMap in, ActionMap am, String name, Consumer<PageView> what, PageView view, int... keys) {
        for (int k : keys) {
            in.put(KeyStroke.getKeyStroke(k, 0), name);
        }
        am.put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                what.accept(view);
            }
        });
    }
}
