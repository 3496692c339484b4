package dev.gloss.desktop.core;

import java.awt.Window;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import org.netbeans.swing.tabcontrol.TabDisplayer;
import org.netbeans.swing.tabcontrol.plaf.BasicTabDisplayerUI;
import org.openide.util.Lookup;
import org.openide.util.NbPreferences;

/**
 * The application's look and feel: FlatLaf light by default, FlatLaf dark on request. The
 * platform reads the class name from the {@code laf} preference node while it starts; a choice
 * made in Options is kept there for the next start and applied at once to every open window
 * ({@link #switchTo}). The platform's own listener on the look and feel puts NetBeans' colours
 * and tab painters back for the new look; components that derive colours from the look
 * recompute them in their {@code updateUI}.
 */
public enum Theme {
    LIGHT("com.formdev.flatlaf.FlatLightLaf"),
    DARK("com.formdev.flatlaf.FlatDarkLaf");

    private static final Logger LOG = Logger.getLogger(Theme.class.getName());
    private static final String NODE = "laf";
    private static final String VIEW_TAB_UI = "org.netbeans.swing.laf.flatlaf.ui.FlatViewTabDisplayerUI";
    private static final String KEY = "laf";
    private final String lafClass;

    Theme(String lafClass) {
        this.lafClass = lafClass;
    }

    public String lafClass() {
        return lafClass;
    }

    /** The theme chosen now (what the next start will use). */
    public static Theme current() {
        String laf = prefs().get(KEY, LIGHT.lafClass);
        return DARK.lafClass.equals(laf) ? DARK : LIGHT;
    }

    /** Chooses the theme for the next start. */
    public static void choose(Theme theme) {
        prefs().put(KEY, theme.lafClass);
    }

    /**
     * Chooses {@code theme} for the next start and shows it now, on the event thread. When the
     * look cannot be loaded the choice is still kept and the windows stay as they are.
     */
    public static void switchTo(Theme theme) {
        choose(theme);
        if (!SwingUtilities.isEventDispatchThread()) {
            SwingUtilities.invokeLater(() -> switchTo(theme));
            return;
        }
        if (theme.lafClass.equals(UIManager.getLookAndFeel() == null ? null : UIManager.getLookAndFeel().getClass().getName())) {
            return;
        }
        try {
            ClassLoader loader = Lookup.getDefault().lookup(ClassLoader.class);
            Class<?> c = Class.forName(theme.lafClass, true, loader != null ? loader : Theme.class.getClassLoader());
            apply((LookAndFeel) c.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | UnsupportedLookAndFeelException | ClassCastException e) {
            LOG.log(Level.WARNING, "Could not switch the look and feel to " + theme.lafClass + "; it applies at the next start", e);
        }
    }

    /** Installs {@code laf} and has every window (dialogs and popups too) take it now. */
    static void apply(LookAndFeel laf) throws UnsupportedLookAndFeelException {
        UIManager.setLookAndFeel(laf);
        forgetViewTabColours();
        for (Window w : Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(w);
            paperTabsInNewColours(w);
            w.invalidate();
            w.validate();
            w.repaint();
        }
    }

    /**
     * NetBeans' FlatLaf view tabs (Library, Composer, Queue) read their colours once and keep
     * them in static fields behind a flag; clearing the flag makes the next tab painter read
     * the new theme's. (The editor tabs' renderer keeps its colours in static final fields: see
     * {@link #paperTabsInNewColours}.)
     */
    private static void forgetViewTabColours() {
        ClassLoader loader = Lookup.getDefault().lookup(ClassLoader.class);
        try {
            Class<?> ui = Class.forName(VIEW_TAB_UI, false, loader != null ? loader : Theme.class.getClassLoader());
            java.lang.reflect.Field ready = ui.getDeclaredField("colorsReady");
            ready.setAccessible(true);
            ready.setBoolean(null, false);
        } catch (ClassNotFoundException e) {
            LOG.log(Level.FINE, "No NetBeans FlatLaf view tabs here", e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.INFO, "The view tabs keep their colours until the next start", e);
        }
    }

    /**
     * The paper (editor) tab rows of a window draw their tabs with an {@link EditorTabRenderer},
     * which reads the new look's colours as it paints: the look's own renderer keeps the colours
     * it read first in static final fields, which no switch can change.
     */
    static void paperTabsInNewColours(java.awt.Container root) {
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof TabDisplayer d && d.getType() == TabDisplayer.TYPE_EDITOR && d.getUI() instanceof BasicTabDisplayerUI ui) {
                try {
                    java.lang.reflect.Field renderer = BasicTabDisplayerUI.class.getDeclaredField("defaultRenderer");
                    renderer.setAccessible(true);
                    renderer.set(ui, new EditorTabRenderer(d));
                    d.repaint();
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.log(Level.INFO, "The paper tabs keep their colours until the next start", e);
                }
            } else if (c instanceof java.awt.Container inner) {
                paperTabsInNewColours(inner);
            }
        }
    }

    /** Makes FlatLaf light the default when the user has chosen nothing yet. */
    static void applyDefault() {
        if (prefs().get(KEY, null) == null) {
            prefs().put(KEY, LIGHT.lafClass);
        }
    }

    private static Preferences prefs() {
        return NbPreferences.root().node(NODE);
    }
}
