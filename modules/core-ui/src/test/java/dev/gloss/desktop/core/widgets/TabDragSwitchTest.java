package dev.gloss.desktop.core.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.BorderLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.netbeans.swing.tabcontrol.DefaultTabDataModel;
import org.netbeans.swing.tabcontrol.TabData;
import org.netbeans.swing.tabcontrol.TabDisplayer;
import org.netbeans.swing.tabcontrol.TabbedContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openide.windows.TopComponent;

/**
 * A drag resting on a tab brings its window to the front; passing over it does not. Real tabs
 * (the window system's tab control) in a real frame.
 */
@Tag("gui")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@DisabledIfSystemProperty(named = "java.awt.headless", matches = "true")
class TabDragSwitchTest {
    private JFrame frame;
    private TabbedContainer tabs;
    private final Shown annotations = new Shown("Annotations");
    private final Shown composer = new Shown("Composer");

    /** A window that counts how often it is asked to show. */
    static final class Shown extends TopComponent {
        final AtomicInteger asked = new AtomicInteger();

        Shown(String name) {
            setName(name);
        }

        @Override
        public int getPersistenceType() {
            return PERSISTENCE_NEVER;
        }

        @Override
        public void requestVisible() {
            asked.incrementAndGet();
        }
    }

    @BeforeEach
    void show() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            DefaultTabDataModel model = new DefaultTabDataModel(new TabData[] {
                new TabData(annotations, null, "Annotations", null),
                new TabData(composer, null, "Composer", null)});
            tabs = new TabbedContainer(model, TabbedContainer.TYPE_VIEW);
            tabs.getSelectionModel().setSelectedIndex(0);
            frame = new JFrame("tabs");
            frame.getContentPane().add(tabs, BorderLayout.CENTER);
            frame.setBounds(100, 100, 500, 300);
            frame.setVisible(true);
        });
        Thread.sleep(300);
    }

    @AfterEach
    void close() throws Exception {
        if (frame != null) {
            SwingUtilities.invokeAndWait(frame::dispose);
        }
    }

    @Test
    void restingOnAHiddenTabShowsItsWindow() throws Exception {
        Point onComposer = tabCentre(1);
        TabDragSwitch watcher = new TabDragSwitch();
        assertSame(composer, Edt.call(() -> TabDragSwitch.tabAt(onComposer)));
        SwingUtilities.invokeAndWait(() -> watcher.hover(onComposer));
        Thread.sleep(TabDragSwitch.DWELL_MS + 400);
        assertEquals(1, composer.asked.get(), "the composer was brought to the front");
        assertEquals(0, annotations.asked.get());
    }

    @Test
    void passingOverATabOrEndingTheDragSwitchesNothing() throws Exception {
        TabDragSwitch watcher = new TabDragSwitch();
        Point onComposer = tabCentre(1);
        Point away = new Point(onComposer.x, onComposer.y + 150);
        assertNull(Edt.call(() -> TabDragSwitch.tabAt(away)), "the window's content is no tab");
        SwingUtilities.invokeAndWait(() -> {
            watcher.hover(onComposer);
            watcher.hover(away);
        });
        Thread.sleep(TabDragSwitch.DWELL_MS + 400);
        SwingUtilities.invokeAndWait(() -> {
            watcher.hover(onComposer);
            watcher.ended();
        });
        Thread.sleep(TabDragSwitch.DWELL_MS + 400);
        assertEquals(0, composer.asked.get());
    }

    private Point tabCentre(int index) throws Exception {
        return Edt.call(() -> {
            TabDisplayer displayer = find(tabs);
            Rectangle r = displayer.getTabRect(index, new Rectangle());
            Point p = new Point((int) r.getCenterX(), (int) r.getCenterY());
            SwingUtilities.convertPointToScreen(p, displayer);
            return p;
        });
    }

    private static TabDisplayer find(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof TabDisplayer d) {
                return d;
            }
            if (child instanceof java.awt.Container inner) {
                TabDisplayer d = find(inner);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Runs on the event thread and returns the result. */
    static final class Edt {
        static <T> T call(java.util.concurrent.Callable<T> c) throws Exception {
            Object[] out = new Object[1];
            Exception[] failed = new Exception[1];
            SwingUtilities.invokeAndWait(() -> {
                try {
                    out[0] = c.call();
                } catch (Exception e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            @SuppressWarnings("unchecked")
            T t = (T) out[0];
            return t;
        }
    }

}
