package dev.gloss.desktop.core;

import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.widgets.TabDragSwitch;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.beans.PropertyChangeListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.openide.modules.OnStart;
import org.openide.modules.OnStop;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * Opens the workspace while the window system starts, so the first window has data quickly
 * (the files given on the command line are {@link FileArguments}'s).
 * <p>
 * The platform waits for every {@code @OnStart} runnable before it builds the main window, so
 * the opening itself (JSON parsing, and on the first start the demo paper) runs on a thread of
 * its own: windows ask for the workspace with {@link GlossWorkspace#whenReady} anyway.
 */
@OnStart
public final class Startup implements Runnable {
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    private static final String FIRST_START_DONE = "firstStartDone";
    /**
     * Windows that start minimized to a button on the edge of the main window (the queue is
     * used once a week). Their mode says {@code minimized="true"}, but the window system
     * applies that only to windows opened later, not to those it restores at the first start.
     */
    private static final List<String> START_MINIMIZED = List.of("QueueTopComponent");

    private static final RequestProcessor OPENER = new RequestProcessor("Gloss workspace opener", 1);

    /** Files handed over by later launches ({@code ./gloss FILE.pdf} while Gloss runs). */
    private static volatile OpenRequests requests;

    @Override
    public void run() {
        OPENER.post(GlossWorkspace::open);
        OPENER.post(Startup::takeOpenRequests);
        TabDragSwitch.install();
        WindowManager.getDefault().invokeWhenUIReady(Startup::maximiseOnFirstStart);
        WindowManager.getDefault().invokeWhenUIReady(() -> SwingUtilities.invokeLater(FirstPage::windowShown));
    }

    private static void takeOpenRequests() {
        String user = System.getProperty("netbeans.user");
        if (user == null || user.isEmpty()) {
            return;
        }
        try {
            requests = OpenRequests.start(Path.of(user).resolve(OpenRequests.FOLDER), files -> {
                if (!files.isEmpty()) { // read while the window makes its tab
                    FileArguments.preload(files.get(0));
                }
                WindowManager.getDefault().invokeWhenUIReady(() -> {
                    for (Path f : files) {
                        PaperOpener.openFile(f.toFile());
                    }
                    Frame main = WindowManager.getDefault().getMainWindow();
                    if ((main.getExtendedState() & Frame.ICONIFIED) != 0) {
                        main.setExtendedState(main.getExtendedState() & ~Frame.ICONIFIED);
                    }
                    main.toFront();
                });
            });
        } catch (IOException e) {
            // later launches then hand their files over the platform's slower way
            LOG.log(Level.INFO, "Open requests are off", e);
        }
    }

    /** Takes no more open requests once Gloss is closing. */
    @OnStop
    public static final class StopRequests implements Runnable {
        @Override
        public void run() {
            OpenRequests r = requests;
            if (r != null) {
                try {
                    r.close();
                } catch (IOException e) {
                    LOG.log(Level.INFO, "Cannot close the open requests", e);
                }
            }
        }
    }

    /**
     * A reader wants the whole screen: the platform's first window is 90% of it, centred; the
     * windows of {@link #START_MINIMIZED} slide out. Only the first time; after that the window
     * system restores what the user left.
     */
    private static void maximiseOnFirstStart() {
        Preferences prefs = NbPreferences.forModule(Startup.class);
        if (prefs.getBoolean(FIRST_START_DONE, false)) {
            return;
        }
        prefs.putBoolean(FIRST_START_DONE, true);
        Frame main = WindowManager.getDefault().getMainWindow();
        // the bounds first: without a window manager (or one that ignores the state) the
        // frame still covers the usable screen
        main.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        main.setExtendedState(main.getExtendedState() | Frame.MAXIMIZED_BOTH);
        minimizeWhenOpened();
    }

    /** Slides the windows of {@link #START_MINIMIZED} out as the window system opens them. */
    private static void minimizeWhenOpened() {
        WindowManager wm = WindowManager.getDefault();
        Set<String> left = new HashSet<>(START_MINIMIZED);
        PropertyChangeListener[] self = new PropertyChangeListener[1];
        self[0] = e -> {
            for (String id : List.copyOf(left)) {
                TopComponent tc = wm.findTopComponent(id);
                if (tc != null && tc.isOpened()) {
                    left.remove(id);
                    SwingUtilities.invokeLater(() -> wm.setTopComponentMinimized(tc, true));
                }
            }
            if (left.isEmpty()) {
                wm.getRegistry().removePropertyChangeListener(self[0]);
            }
        };
        wm.getRegistry().addPropertyChangeListener(self[0]);
        self[0].propertyChange(null);
    }
}
