package dev.gloss.desktop.reader;

import dev.gloss.desktop.reader.find.FindWiring;
import dev.gloss.desktop.reader.navigate.ReaderKeys;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.Zoom;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.openide.awt.UndoRedo;

/**
 * The keys of a whole reader tab, wherever the focus is inside it: find (Ctrl+F, F3,
 * Shift+F3), zoom (Ctrl+plus/minus/0), copy (Ctrl+C) and the document's undo/redo (Ctrl+Z,
 * Ctrl+Shift+Z, Ctrl+Y; the platform binds none). The page view's own reading keys are
 * {@link ReaderKeys}'.
 */
final class PanelKeys {
    private PanelKeys() {
    }

    static void install(JComponent panel, PageView view, FindWiring find, Action copy, UndoRedo.Manager undo) {
        InputMap in = panel.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        key(panel, KeyStroke.getKeyStroke(KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK), "reader-find", find::open);
        key(panel, KeyStroke.getKeyStroke(KeyEvent.VK_F3, 0), "reader-find-next", () -> find.step(true));
        key(panel, KeyStroke.getKeyStroke(KeyEvent.VK_F3, InputEvent.SHIFT_DOWN_MASK), "reader-find-previous", () -> find.step(false));
        key(panel, KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, InputEvent.CTRL_DOWN_MASK), "reader-zoom-in", () -> view.zoomStep(true, null));
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK), "reader-zoom-in");
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), "reader-zoom-in");
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_ADD, InputEvent.CTRL_DOWN_MASK), "reader-zoom-in");
        key(panel, KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK), "reader-zoom-out", () -> view.zoomStep(false, null));
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, InputEvent.CTRL_DOWN_MASK), "reader-zoom-out");
        key(panel, KeyStroke.getKeyStroke(KeyEvent.VK_0, InputEvent.CTRL_DOWN_MASK), "reader-zoom-reset",
                () -> view.setZoom(Zoom.FIT_WIDTH, null));
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0, InputEvent.CTRL_DOWN_MASK), "reader-zoom-reset");
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_C, InputEvent.CTRL_DOWN_MASK), "reader-copy");
        panel.getActionMap().put("reader-copy", copy);
        key(panel, KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK), "reader-undo", () -> {
            if (undo.canUndo()) {
                undo.undo();
            }
        });
        key(panel, KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), "reader-redo", () -> {
            if (undo.canRedo()) {
                undo.redo();
            }
        });
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK), "reader-redo");
    }

    private static void key(JComponent panel, KeyStroke k, String name, Runnable r) {
        panel.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(k, name);
        panel.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }
}
