package dev.gloss.desktop.core;

import java.awt.Frame;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.SplashScreen;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * The kept page stays on the screen while the main window takes over from the launcher's splash.
 * <p>
 * When {@code ./gloss FILE.pdf} finds the file's last view kept, the JVM shows it as its splash
 * screen ({@code -splash:}), and AWT closes that splash as the main window appears: the window's
 * first paint would be an empty editor area, the reader's tab and its kept view a moment later.
 * So the main frame is made here, before the window system makes its own (it takes a frame named
 * {@value #MAIN_FRAME} that exists already), with the splash's picture over everything, at the
 * very place on the screen the splash had it, from the frame's first paint until the reader has
 * painted the page ({@link FirstPage#shown()}). The picture is transparent around the page: the
 * window's bars and side windows show as they come. The cover takes no mouse events.
 * <p>
 * AWT closes the splash before it maps the first window, which the X server then fills with its
 * background until the event thread paints it (a grey flash of 0.1–0.3 s under load). So AWT is
 * kept from closing it ({@code java.awt} is opened to Gloss in {@code etc/gloss.conf}; without
 * that, AWT closes it as before), and the cover closes it once it has painted the same picture.
 */
final class SplashCover extends JComponent {
    private static final Logger LOG = Logger.getLogger(SplashCover.class.getName());
    /** The name of the frame the window system takes as its main window when it exists already. */
    static final String MAIN_FRAME = "NbMainWindow";
    /** Above the window system's sliding windows and drag images. */
    private static final int LAYER = JLayeredPane.DRAG_LAYER + 100;
    private static final RequestProcessor READER = new RequestProcessor("Gloss splash cover", 1);
    /** The frame made here, held until the window system has it (AWT holds frames weakly). */
    private static JFrame early;

    private final Rectangle splashBounds;
    private volatile BufferedImage image;

    private SplashCover(Rectangle splashBounds) {
        this.splashBounds = splashBounds;
        setOpaque(false);
        setFocusable(false);
    }

    /**
     * Called as the modules start, before the window system builds the main window: when the JVM
     * shows a splash, reads its picture (in the background) and covers the main frame with it.
     */
    static void installIfSplash() {
        SplashScreen splash;
        try {
            splash = SplashScreen.getSplashScreen();
        } catch (UnsupportedOperationException e) { // headless too
            return;
        }
        if (splash == null || !splash.isVisible()) {
            return;
        }
        URL url = splash.getImageURL();
        SplashCover cover = new SplashCover(splash.getBounds());
        holdSplash();
        CompletableFuture.runAsync(() -> cover.read(url), READER);
        SwingUtilities.invokeLater(() -> cover.attach(mainFrame()));
        FirstPage.shown().thenRun(() -> SwingUtilities.invokeLater(cover::detach));
    }

    /** The frame the window system will take: its own if it made one already, else one made now. */
    private static JFrame mainFrame() {
        for (Frame f : Frame.getFrames()) {
            if (f instanceof JFrame j && MAIN_FRAME.equals(j.getName())) {
                return j;
            }
        }
        early = new JFrame();
        early.setName(MAIN_FRAME);
        return early;
    }

    private void read(URL url) {
        try {
            BufferedImage img = ImageIO.read(url);
            if (img != null) {
                image = img;
                SwingUtilities.invokeLater(this::repaint);
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "The splash's picture cannot be read again; the window shows without it", e);
        }
    }

    private void attach(JFrame frame) {
        JLayeredPane pane = frame.getLayeredPane();
        setBounds(0, 0, pane.getWidth(), pane.getHeight());
        pane.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                setBounds(0, 0, pane.getWidth(), pane.getHeight());
            }
        });
        pane.add(this, Integer.valueOf(LAYER));
    }

    /** Keeps AWT from closing the splash as the first window shows; false when it cannot. */
    private static boolean holdSplash() {
        try {
            Field first = Window.class.getDeclaredField("beforeFirstWindowShown");
            first.setAccessible(true);
            ((AtomicBoolean) first.get(null)).set(false);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) { // not opened, or another JDK
            LOG.log(Level.FINE, "AWT closes the splash itself", e);
            return false;
        }
    }

    /** Closes the splash if it is still up (the cover shows the same picture now, or is gone). */
    private static void closeSplash() {
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null && splash.isVisible()) {
                splash.close();
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "The splash is closed already", e);
        }
    }

    private void detach() {
        closeSplash();
        early = null;
        if (getParent() instanceof JLayeredPane pane) {
            pane.remove(this);
            pane.repaint(getBounds());
        }
        image = null;
    }

    @Override
    protected void paintComponent(Graphics g) {
        BufferedImage img = image;
        if (img != null && isShowing()) {
            Point at = getLocationOnScreen();
            g.drawImage(img, splashBounds.x - at.x, splashBounds.y - at.y, null);
            SwingUtilities.invokeLater(SplashCover::closeSplash); // once this paint is on the screen
        }
    }
}
