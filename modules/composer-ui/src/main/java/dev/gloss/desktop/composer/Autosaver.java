package dev.gloss.desktop.composer;

import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saves drafts so that typed text is never lost: a change is written {@code delay} after the last
 * one (typing restarts the wait), on the given executor, through the workspace's atomic save; a
 * {@link #flush} writes at once (focus loss, window close, switching threads). If the application
 * is killed, at most the last {@code delay} of typing is missing. A failed save is reported and
 * retried with the next change or flush; the draft stays in memory meanwhile.
 * <p>
 * Saves run one after another in the order of changes when the executor runs one task at a
 * time (a single-thread executor or a throughput-1 {@code RequestProcessor}). Thread-safe.
 */
final class Autosaver {
    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());

    private final Workspace ws;
    private final ScheduledExecutorService executor;
    private final long delayMillis;
    private final Consumer<PostThread> onSaved;
    private final Consumer<WorkspaceException> onFailure;
    private PostThread pending;
    private PostThread lastSaved;
    private ScheduledFuture<?> scheduled;

    /**
     * @param onSaved   told on the saving thread after each successful save
     * @param onFailure told on the saving thread when a save fails (the draft stays pending)
     */
    Autosaver(Workspace ws, ScheduledExecutorService executor, Duration delay,
            Consumer<PostThread> onSaved, Consumer<WorkspaceException> onFailure) {
        this.ws = ws;
        this.executor = executor;
        this.delayMillis = delay.toMillis();
        this.onSaved = onSaved;
        this.onFailure = onFailure;
    }

    /** Remembers {@code thread} as the newest draft and (re)starts the wait before saving it. */
    synchronized void changed(PostThread thread) {
        pending = thread;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = executor.schedule(this::saveNow, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Saves the newest draft now, off the caller's thread; the future completes when it is written. */
    synchronized CompletableFuture<Void> flush() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.execute(() -> {
            saveNow();
            done.complete(null);
        });
        return done;
    }

    /** Forgets the draft waiting to be written (its thread was deleted elsewhere). */
    synchronized void discard() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        pending = null;
    }

    /** Whether a change is waiting to be written. */
    synchronized boolean isDirty() {
        return pending != null;
    }

    /** The draft written last, or null before the first save. */
    synchronized PostThread lastSaved() {
        return lastSaved;
    }

    private void saveNow() {
        PostThread draft;
        synchronized (this) {
            draft = pending;
            pending = null;
        }
        if (draft == null) {
            return;
        }
        try {
            ws.save(Kind.THREADS, draft);
            synchronized (this) {
                lastSaved = draft;
            }
            onSaved.accept(draft);
        } catch (WorkspaceException e) {
            LOG.log(Level.INFO, "Draft " + draft.id() + " not saved", e);
            synchronized (this) {
                if (pending == null) {
                    pending = draft; // keep it for the next attempt unless newer text came meanwhile
                }
            }
            onFailure.accept(e);
        }
    }
}
