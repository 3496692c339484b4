package dev.gloss.desktop.core.widgets;

import java.awt.Dimension;
import javax.swing.JComponent;

/**
 * How small a window of the workbench (a tab of the main window: the library, the annotations,
 * a paper, the composer, the queue) may be made.
 * <p>
 * The window system shares the main window between its windows in split panes that never make
 * one smaller than its minimum size, and that look at minimum sizes only when their windows
 * change (a tab opened or closed). A window whose minimum is its widest row (a toolbar, a
 * sentence) therefore pushed the windows beside it aside the moment a second paper opened: the
 * queue's toolbar made the column under the papers 25 px wider, the library and the composer
 * moved, and the page being drawn for the new tab no longer fitted. Every window's minimum is
 * this small size instead; a row that does not fit is cut off, as in any editor.
 */
public final class WindowMinimum {
    public static final int WIDTH = 180;
    public static final int HEIGHT = 100;

    private WindowMinimum() {
    }

    /** Lets {@code window} be made as small as {@link #WIDTH} by {@link #HEIGHT}, whatever it holds. */
    public static void apply(JComponent window) {
        window.setMinimumSize(new Dimension(WIDTH, HEIGHT));
    }
}
