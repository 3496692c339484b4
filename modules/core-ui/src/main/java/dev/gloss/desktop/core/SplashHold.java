package dev.gloss.desktop.core;

import java.awt.Component;
import java.awt.Frame;
import java.awt.SplashScreen;
import java.awt.Window;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the JVM's splash (or the first look's, another JVM's: {@link FirstLookSplash}) on the
 * screen, under the main frame, until the frame has painted.
 * <p>
 * AWT closes the splash as it maps the first window, and the X server fills a window it maps
 * with the window's background colour: between the two and the frame's first paint the screen
 * showed an empty grey window where the kept page had been. So, before the frame is mapped, its
 * X windows get no background (X then leaves the pixels under them as they are: the splash's)
 * and AWT is told the first window was shown already (it leaves the splash open); the frame's
 * painter closes the splash once the frame is painted ({@link #release}).
 * <p>
 * This reaches into AWT's X11 toolkit ({@code java.desktop} opened to Gloss in {@code gloss.conf}).
 * Anywhere else (another toolkit, a JDK without these names) nothing is held, and the window
 * takes over from the splash as AWT does it.
 */
final class SplashHold {
    private static final Logger LOG = Logger.getLogger(SplashHold.class.getName());
    /** X11's {@code None}: a window without a background is not painted by the server. */
    private static final long NONE = 0L;

    private SplashHold() {
    }

    /**
     * Called on the event thread just before {@code frame} is shown for the first time, with the
     * splash on the screen.
     *
     * @return whether the splash is held (then {@link #release} must follow)
     */
    static boolean hold(Frame frame) {
        try {
            if (!frame.isDisplayable()) {
                frame.addNotify(); // the X windows, unmapped
            }
            Field peerField = Component.class.getDeclaredField("peer");
            peerField.setAccessible(true);
            Object peer = peerField.get(frame);
            Class<?> baseWindow = Class.forName("sun.awt.X11.XBaseWindow");
            if (!baseWindow.isInstance(peer)) {
                return false;
            }
            Method window = method(baseWindow, "getWindow");
            Method content = method(baseWindow, "getContentWindow");
            Method display = method(Class.forName("sun.awt.X11.XToolkit"), "getDisplay");
            Method noBackground = method(Class.forName("sun.awt.X11.XlibWrapper"), "XSetWindowBackgroundPixmap",
                    long.class, long.class, long.class);
            Class<?> toolkit = Class.forName("sun.awt.SunToolkit");
            Method lock = method(toolkit, "awtLock");
            Method unlock = method(toolkit, "awtUnlock");
            Field firstShown = Window.class.getDeclaredField("beforeFirstWindowShown");
            firstShown.setAccessible(true);
            AtomicBoolean beforeFirstWindowShown = (AtomicBoolean) firstShown.get(null);
            lock.invoke(null);
            try {
                long d = (Long) display.invoke(null);
                noBackground.invoke(null, d, window.invoke(peer), NONE);
                noBackground.invoke(null, d, content.invoke(peer), NONE);
            } finally {
                unlock.invoke(null);
            }
            // last, when nothing can fail any more: the splash stays open through show()
            return beforeFirstWindowShown.compareAndSet(true, false);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "The splash is not held under the main window", e);
            return false;
        }
    }

    /**
     * Closes the held splash, or ends the first look showing one ({@link FirstLookSplash}): the
     * frame over it has painted (or will not be shown).
     */
    static void release() {
        FirstLookSplash.end();
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null && splash.isVisible()) {
                splash.close();
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            // closed already
        }
    }

    private static Method method(Class<?> c, String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = c.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }
}
