package dev.gloss.desktop.core.widgets;

import java.awt.Component;
import java.awt.Point;
import java.awt.Window;
import java.awt.dnd.DragSource;
import java.awt.dnd.DragSourceAdapter;
import java.awt.dnd.DragSourceDragEvent;
import java.awt.dnd.DragSourceDropEvent;
import java.awt.dnd.DragSourceMotionListener;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.netbeans.swing.tabcontrol.TabData;
import org.netbeans.swing.tabcontrol.TabDisplayer;
import org.openide.windows.TopComponent;

/**
 * A drag that rests on a window's tab brings that window to the front, as users expect from
 * tabs: a highlight dragged onto the Composer's tab while another window shares its slot shows
 * the composer, and the drop lands there. Watches every drag started in Gloss (the default
 * drag source); drags from other applications do not reach it.
 */
public final class TabDragSwitch extends DragSourceAdapter implements DragSourceMotionListener {
    /** How long the pointer rests on a tab before it switches. */
    static final int DWELL_MS = 450;
    private final Timer dwell = new Timer(DWELL_MS, e -> switchNow());
    private TopComponent target;

    TabDragSwitch() {
        dwell.setRepeats(false);
    }

    /** Starts watching drags; once per application. */
    public static void install() {
        TabDragSwitch watcher = new TabDragSwitch();
        DragSource ds = DragSource.getDefaultDragSource();
        ds.addDragSourceMotionListener(watcher);
        ds.addDragSourceListener(watcher);
    }

    @Override
    public void dragMouseMoved(DragSourceDragEvent e) {
        hover(e.getLocation());
    }

    /** The drag is over this point of the screen now. */
    void hover(Point screen) {
        TopComponent under = tabAt(screen);
        if (under != target) {
            target = under;
            if (under != null && !under.isShowing()) {
                dwell.restart();
            } else {
                dwell.stop();
            }
        }
    }

    @Override
    public void dragDropEnd(DragSourceDropEvent e) {
        ended();
    }

    /** The drag ended (dropped or cancelled). */
    void ended() {
        dwell.stop();
        target = null;
    }

    private void switchNow() {
        // a tab of the window system belongs to an open window
        if (target != null && !target.isShowing()) {
            target.requestVisible();
        }
    }

    /** The window whose tab is under a point of the screen, or null. */
    static TopComponent tabAt(Point screen) {
        if (screen == null) {
            return null;
        }
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || !w.getBounds().contains(screen)) {
                continue;
            }
            Point p = new Point(screen);
            SwingUtilities.convertPointFromScreen(p, w);
            for (Component c = SwingUtilities.getDeepestComponentAt(w, p.x, p.y); c != null; c = c.getParent()) {
                if (c instanceof TabDisplayer tabs) {
                    Point in = new Point(screen);
                    SwingUtilities.convertPointFromScreen(in, tabs);
                    int i = tabs.tabForCoordinate(in);
                    if (i < 0 || i >= tabs.getModel().size()) {
                        return null;
                    }
                    TabData tab = tabs.getModel().getTab(i);
                    return tab.getComponent() instanceof TopComponent tc ? tc : null;
                }
            }
        }
        return null;
    }
}
