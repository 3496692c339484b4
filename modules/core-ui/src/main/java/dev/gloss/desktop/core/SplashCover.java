package dev.gloss.desktop.core;

import java.awt.Frame;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.SplashScreen;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.HierarchyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * The kept page stays on the screen while the main window takes over from the launcher's splash;
 * a page drawn early, before the reader's tab exists, shows the same way ({@link #cover}).
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
 * The frame is painted at once, in the very call that shows it, instead of when the window
 * system's work on the event thread lets its paint event through; until then the splash stays on
 * the screen under the frame, which the X server leaves unpainted ({@link SplashHold}).
 * <p>
 * A file seen for the first time is shown by the launcher's first look, another JVM, on its own
 * splash ({@link FirstLookSplash}); this JVM has none then, and the frame is covered the same way
 * with the first look's picture, read from the file it keeps, once it is drawn.
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

    /** The one cover of this start, once made (on the event thread). */
    private static volatile SplashCover current;

    /** Where the picture's top left corner is on the screen (the splash's, or the view's). */
    private volatile Rectangle splashBounds;
    private volatile BufferedImage image;
    /** The part of the picture that is not transparent (the page), on the screen; null until read. */
    private volatile Rectangle shown;
    /** The splash stays open under the frame until the frame has painted (event thread only). */
    private boolean splashHeld;

    private SplashCover(Rectangle splashBounds) {
        this.splashBounds = splashBounds;
        setOpaque(false);
        setFocusable(false);
    }

    /**
     * Called as the modules start, before the window system builds the main window: when the JVM
     * shows a splash, reads its picture (in the background) and covers the main frame with it.
     *
     * @return completes once the picture is read (at once when there is no splash)
     */
    static CompletableFuture<Void> installIfSplash() {
        SplashScreen splash = visibleSplash();
        SplashCover cover;
        CompletableFuture<Void> read;
        if (splash != null) {
            URL url = splash.getImageURL();
            Rectangle at = splash.getBounds();
            cover = new SplashCover(at);
            read = CompletableFuture.runAsync(() -> cover.read(url, at), READER);
        } else if (FirstLookSplash.process().isPresent()) {
            // the first look's splash, another JVM's: its picture is centred on the screen
            Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds();
            cover = new SplashCover(screen);
            read = CompletableFuture.completedFuture(null);
            FirstLookSplash.drawn().thenAcceptAsync(picture -> {
                try {
                    cover.read(picture.toUri().toURL(), screen);
                } catch (java.net.MalformedURLException e) {
                    LOG.log(Level.FINE, "The first look is not shown over the window", e);
                }
            }, READER);
        } else {
            return CompletableFuture.completedFuture(null);
        }
        SwingUtilities.invokeLater(() -> {
            if (current == null) {
                current = cover;
                cover.install();
            }
        });
        return read;
    }

    /**
     * Covers the main frame with {@code picture} at {@code onScreen} until the reader has painted:
     * the first page drawn early, before the reader's tab exists ({@link FirstPage#showEarly}).
     * Replaces the splash's picture when there is one.
     */
    static void cover(BufferedImage picture, Rectangle onScreen) {
        SplashCover made = current;
        if (made != null) { // the picture now, for the frame's first paint if it comes first
            made.set(picture, onScreen);
        }
        SwingUtilities.invokeLater(() -> {
            if (FirstPage.shown().isDone()) {
                return; // the reader was quicker
            }
            SplashCover cover = current;
            if (cover == null) {
                cover = new SplashCover(onScreen);
                current = cover;
                cover.install();
            }
            cover.set(picture, onScreen);
            if (cover.isShowing()) { // now: the window system's work keeps the event thread busy a while
                Point at = cover.getLocationOnScreen();
                cover.paintImmediately(onScreen.x - at.x, onScreen.y - at.y, picture.getWidth(), picture.getHeight());
            }
        });
    }

    private void set(BufferedImage picture, Rectangle onScreen) {
        splashBounds = onScreen;
        shown = new Rectangle(onScreen.x, onScreen.y, picture.getWidth(), picture.getHeight());
        image = picture;
    }

    /** The JVM's splash is up with the launcher's picture of Gloss, not a kept page. */
    static boolean splashAwaitsPage() {
        SplashScreen splash = visibleSplash();
        try {
            return splash != null && !isPagePicture(splash.getImageURL());
        } catch (IllegalStateException e) { // closed meanwhile
            return false;
        }
    }

    /**
     * A page kept by the reader is a PNG, transparent around the page; the launcher's picture of
     * Gloss is the platform's splash picture, a GIF (branding).
     */
    private static boolean isPagePicture(URL picture) {
        return picture != null && picture.getPath().toLowerCase(java.util.Locale.ROOT).endsWith(".png");
    }

    /**
     * Shows {@code picture} (a kept page's PNG) through the JVM's splash screen while it is up; off
     * the event thread, which the window system keeps busy until the window shows.
     */
    static void showOnSplash(java.nio.file.Path picture) {
        SplashScreen splash = visibleSplash();
        try {
            if (splash != null) {
                splash.setImageURL(picture.toUri().toURL());
            }
        } catch (IOException | IllegalStateException e) {
            // closed meanwhile, or unreadable: the main window shows the page when it is up
            LOG.log(Level.FINE, "The early page is not shown through the splash", e);
        }
    }

    /** On the event thread: over the main frame until the reader has painted. */
    private void install() {
        attach(mainFrame(this));
        FirstPage.shown().thenRun(() -> SwingUtilities.invokeLater(this::detach));
    }

    /**
     * The frame the window system will take: its own if it made one already, else one made now,
     * which keeps the splash on the screen under itself until it has painted ({@link SplashHold}).
     */
    private static JFrame mainFrame(SplashCover cover) {
        for (Frame f : Frame.getFrames()) {
            if (f instanceof JFrame j && MAIN_FRAME.equals(j.getName())) {
                return j;
            }
        }
        early = new JFrame() {
            @Override
            @SuppressWarnings("deprecation") // setVisible(true) comes here
            public void show() {
                if (!isVisible() && (visibleSplash() != null || FirstLookSplash.process().isPresent())) {
                    cover.splashHeld = SplashHold.hold(this);
                }
                super.show();
            }
        };
        early.setName(MAIN_FRAME);
        return early;
    }

    /** The JVM's splash screen while it is up; null when there is none (or no screen at all). */
    private static SplashScreen visibleSplash() {
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            return splash != null && splash.isVisible() ? splash : null;
        } catch (IllegalStateException | UnsupportedOperationException e) { // closed meanwhile; headless
            return null;
        }
    }

    /**
     * Reads the splash's picture, which is centred on {@code around} on the screen (the splash's
     * bounds, or the screen), for the cover.
     */
    private void read(URL url, Rectangle around) {
        try {
            // the launcher's picture of Gloss covers nothing
            BufferedImage img = isPagePicture(url) ? ImageIO.read(url) : null;
            if (img != null) {
                Rectangle at = new Rectangle(around.x + (around.width - img.getWidth()) / 2,
                        around.y + (around.height - img.getHeight()) / 2, img.getWidth(), img.getHeight());
                Rectangle opaque = opaqueBounds(img);
                SwingUtilities.invokeLater(() -> {
                    if (image == null) { // not replaced by an early page meanwhile
                        splashBounds = at;
                        shown = new Rectangle(at.x + opaque.x, at.y + opaque.y, opaque.width, opaque.height);
                        image = img;
                        repaint();
                    }
                });
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "The splash's picture cannot be read again; the window shows without it", e);
        }
    }

    /** The bounds of the pixels that are not fully transparent. */
    static Rectangle opaqueBounds(BufferedImage img) {
        int x0 = img.getWidth();
        int y0 = img.getHeight();
        int x1 = -1;
        int y1 = -1;
        int[] row = new int[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            img.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                if ((row[x] >>> 24) != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = y;
                }
            }
        }
        return x1 < 0 ? new Rectangle() : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
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
        frame.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && frame.isShowing() && getParent() == pane) {
                // called from within show(), just after the window was mapped: paint it now, the
                // page first (the whole window takes longer: its bars are painted the first time)
                setBounds(0, 0, pane.getWidth(), pane.getHeight());
                Rectangle page = shown;
                if (page != null) {
                    Point at = getLocationOnScreen();
                    paintImmediately(page.x - at.x, page.y - at.y, page.width, page.height);
                }
                frame.getRootPane().paintImmediately(0, 0, frame.getRootPane().getWidth(), frame.getRootPane().getHeight());
                releaseSplash();
            }
        });
    }

    private void releaseSplash() {
        if (splashHeld) {
            splashHeld = false;
            java.awt.Toolkit.getDefaultToolkit().sync(); // the frame's pixels first, then the splash goes
            SplashHold.release();
        }
    }

    private void detach() {
        releaseSplash();
        FirstLookSplash.end(); // also when it was not held under the frame
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
        Rectangle from = splashBounds;
        if (img != null && isShowing()) {
            Point at = getLocationOnScreen();
            g.drawImage(img, from.x - at.x, from.y - at.y, null);
        }
    }
}
