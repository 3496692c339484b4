package dev.gloss.desktop.core;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.File;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/** What the GUI tests of this module do to real windows: wait, read on the EDT, lay out, press keys, take screenshots. */
public final class Gui {
    private Gui() {
    }

    public static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    public static <T> T onEdt(Callable<T> c) {
        AtomicReference<T> r = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    r.set(c.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return r.get();
    }

    /**
     * Lays {@code c} out as validating a shown window does (each container lays out its children,
     * top down), for a window given a size without a frame: validate() does nothing there, and a
     * frame resized under X can be given its old size back by a late event.
     */
    public static void layOut(Container c) {
        c.doLayout();
        for (Component k : c.getComponents()) {
            if (k instanceof Container inner) {
                layOut(inner);
            }
        }
    }

    /** Presses and releases {@code code} with the {@code modifiers} (key codes) held. */
    public static void key(int code, int... modifiers) throws Exception {
        Robot r = new Robot();
        for (int m : modifiers) {
            r.keyPress(m);
        }
        r.keyPress(code);
        r.keyRelease(code);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            r.keyRelease(modifiers[i]);
        }
        r.waitForIdle();
        Thread.sleep(40);
    }

    /** Types lower-case letters and digits. */
    public static void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            key(KeyEvent.getExtendedKeyCodeForChar(c));
        }
    }

    /** Saves what is on the screen inside {@code r} to {@code target/screenshots/name}. */
    public static void screenshot(Rectangle r, String name) throws Exception {
        Thread.sleep(300);
        File dir = new File(System.getProperty("gloss.screenshots", "target/screenshots"));
        dir.mkdirs();
        ImageIO.write(new Robot().createScreenCapture(r), "png", new File(dir, name));
    }
}
