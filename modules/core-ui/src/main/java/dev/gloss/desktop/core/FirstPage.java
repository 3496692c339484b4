package dev.gloss.desktop.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openide.windows.WindowManager;

/**
 * The page comes first: a start that opens a paper (a file on the command line, the tabs of
 * last time) shows its first page before the background work of the start (the search index's
 * sync, the publishing schedule, the reader's warm-up) takes the machine's cores. That work waits
 * for {@link #shown()}: the first page painted, or a start that opens no paper once the main
 * window shows, or at the latest {@value #AT_MOST_S} s after the main window shows (a paper that
 * fails or takes long holds nothing up for good).
 */
public final class FirstPage {
    static final int AT_MOST_S = 20;
    private static final CompletableFuture<Void> SHOWN = new CompletableFuture<>();
    private static final AtomicBoolean PAPER_COMING = new AtomicBoolean();

    private FirstPage() {
    }

    /** A paper is being opened by the start: the background work waits for its page. */
    public static void paperComing() {
        PAPER_COMING.set(true);
    }

    /**
     * Shows {@code picture} (the reader's view with the page drawn early, before its tab exists) at
     * {@code onScreen} over the main window, until the reader has painted; any thread.
     */
    public static void showEarly(java.awt.image.BufferedImage picture, java.awt.Rectangle onScreen) {
        showEarly(picture, onScreen, null);
    }

    /**
     * As {@link #showEarly(java.awt.image.BufferedImage, java.awt.Rectangle)}, and before the
     * window is up through the JVM's splash screen too, which then shows {@code splashPicture}
     * (the picture on a transparent PNG centred on the screen, see {@link #splashAwaitsPage()}); any thread.
     */
    public static void showEarly(java.awt.image.BufferedImage picture, java.awt.Rectangle onScreen,
            java.nio.file.Path splashPicture) {
        if (!SHOWN.isDone()) {
            SplashCover.cover(picture, onScreen);
            if (splashPicture != null) {
                SplashCover.showOnSplash(splashPicture);
            }
        }
    }

    /**
     * Whether the JVM's splash screen is up with the launcher's picture of Gloss (not a page kept
     * before): a page drawn early can be shown through it before the main window is up.
     */
    public static boolean splashAwaitsPage() {
        return !SHOWN.isDone() && SplashCover.splashAwaitsPage();
    }

    /** Whether the start opens a paper (so the reader needs no warm-up of its own). */
    public static boolean isPaperComing() {
        return PAPER_COMING.get();
    }

    /**
     * A page of a paper was painted (the reader calls this on every paint: it must be cheap), or
     * the paper cannot be shown at all.
     */
    public static void painted() {
        if (!SHOWN.isDone()) {
            SHOWN.complete(null);
        }
    }

    /** Completes when the first page is on the screen, or the start opens none (see the class). */
    public static CompletableFuture<Void> shown() {
        return SHOWN;
    }

    /**
     * Called once the main window shows (by {@link Startup}), after the work queued for that
     * moment (the tabs of last time say whether they open papers).
     */
    static void windowShown() {
        if (!PAPER_COMING.get()) {
            SHOWN.complete(null);
        } else {
            SHOWN.completeOnTimeout(null, AT_MOST_S, TimeUnit.SECONDS);
        }
    }

    /** Runs {@code r} (off the event thread) once the first page is shown and the main window is up. */
    public static void thenRun(Runnable r) {
        WindowManager.getDefault().invokeWhenUIReady(() -> SHOWN.thenRunAsync(r));
    }
}
