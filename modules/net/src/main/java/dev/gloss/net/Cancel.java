package dev.gloss.net;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A cancel button for network work: whoever started the work keeps the token and calls
 * {@link #cancel()}; the work registers what stops it at once ({@link #onCancel}: abort a
 * request, close a stream) and waits through {@link #sleep}, which wakes up on cancel.
 * <pre>{@code
 * Cancel cancel = new Cancel();
 * executor.submit(() -> transport.download(request, file, progress, cancel));
 * cancelButton.addActionListener(e -> cancel.cancel());
 * }</pre>
 * Thread-safe.
 */
public final class Cancel {
    private static final Logger LOG = Logger.getLogger(Cancel.class.getName());

    private final Object lock = new Object();
    private final List<Runnable> hooks = new ArrayList<>();
    private volatile boolean cancelled;

    /** A token nobody will cancel (headless commands that run to the end). */
    public static Cancel never() {
        return new Cancel();
    }

    /** Cancels: runs every registered hook once and wakes every {@link #sleep}. */
    public void cancel() {
        List<Runnable> run;
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            run = new ArrayList<>(hooks);
            hooks.clear();
            lock.notifyAll();
        }
        for (Runnable r : run) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // a hook that fails must not keep the others from stopping their work
                LOG.log(Level.FINE, "a cancel hook failed", e);
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code hook} when this is cancelled (at once, when it already is) until the returned
     * registration is closed.
     */
    public Registration onCancel(Runnable hook) {
        synchronized (lock) {
            if (!cancelled) {
                hooks.add(hook);
                return () -> {
                    synchronized (lock) {
                        hooks.remove(hook);
                    }
                };
            }
        }
        hook.run();
        return () -> { };
    }

    /** Waits {@code d}, or less when cancelled meanwhile; returns whether it was cancelled. */
    public boolean sleep(Duration d) throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        synchronized (lock) {
            while (!cancelled) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                lock.wait(Math.max(1, left / 1_000_000), 0);
            }
            return cancelled;
        }
    }

    /** A registered hook; closing it unregisters it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
