package dev.gloss.desktop.reader;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** For tests: runs on the event thread and hands back the result, or the exception. */
public final class Edt {
    private Edt() {
    }

    public static <T> T call(Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> fail = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                fail.set(e);
            }
        });
        if (fail.get() != null) {
            throw fail.get();
        }
        return out.get();
    }
}
