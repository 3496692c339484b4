package dev.gloss.desktop.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.RequestProcessor;

/**
 * The launcher's first look at a file: for a file whose last view was not kept, {@code ./gloss
 * FILE.pdf} starts FirstLook (in the reader) in a JVM of its own beside this one, with Gloss's
 * splash picture, and this JVM without a splash. It draws the file's first view while the platform
 * boots, keeps it as the file's splash picture (a PNG centred on the screen, transparent around the
 * view, at {@value #PICTURE}) and shows it on its splash screen. Here the main frame takes over from
 * that splash as from its own ({@link SplashCover}): it maps over it without a background, paints
 * the picture first, and then ends the first look ({@link #end}).
 */
final class FirstLookSplash {
    private static final Logger LOG = Logger.getLogger(FirstLookSplash.class.getName());
    /** The system property naming the picture the first look draws. */
    static final String PICTURE = "gloss.firstLook";
    /** The system property with the first look's process id. */
    static final String PID = "gloss.firstLook.pid";
    /** How often, and how long, the picture is looked for. */
    private static final int POLL_MS = 20;
    private static final int AT_MOST_S = 20;
    private static final RequestProcessor WATCH = new RequestProcessor("Gloss first look", 1);
    private static final CompletableFuture<Path> DRAWN = new CompletableFuture<>();

    private FirstLookSplash() {
    }

    /** The first look's process while it runs (its splash on the screen); empty when there is none. */
    static Optional<ProcessHandle> process() {
        try {
            String pid = System.getProperty(PID);
            return pid == null || System.getProperty(PICTURE) == null ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).filter(FirstLookSplash::isFirstLook);
        } catch (NumberFormatException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Not another process that took the number since. */
    private static boolean isFirstLook(ProcessHandle p) {
        return p.info().arguments().map(a -> java.util.Arrays.asList(a).contains("dev.gloss.desktop.reader.open.FirstLook"))
                .orElse(true);
    }

    /**
     * Called as early as the module can be (its {@code validate}, a second before the window
     * system starts): while the first look runs, waits in the background for its picture (written
     * aside and renamed in; it may never come, when nothing could be drawn early).
     */
    static void watch() {
        Optional<ProcessHandle> look = process();
        if (look.isEmpty()) {
            return;
        }
        Path picture = Path.of(System.getProperty(PICTURE));
        WATCH.post(() -> {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(AT_MOST_S);
            while (!Files.isRegularFile(picture)) {
                // the process checked once above; here only whether it still runs
                if (System.nanoTime() > end || FirstPage.shown().isDone() || !look.get().isAlive()) {
                    return;
                }
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            DRAWN.complete(picture);
        });
    }

    /** Completes with the first look's picture once it is drawn (never when none is). */
    static CompletableFuture<Path> drawn() {
        return DRAWN;
    }

    /** Ends the first look, and with it its splash: the main frame over it has painted. */
    static void end() {
        process().ifPresent(p -> {
            LOG.log(Level.FINE, "Ending the first look ({0})", p.pid());
            p.destroy();
        });
    }
}
