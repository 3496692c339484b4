package dev.gloss.desktop.core.spi;

import java.nio.file.Path;

/**
 * Starts reading a paper the start will open (a file on the command line) while the platform
 * is still building the window, so its first page is ready when the reader's tab is. The reader
 * provides it; the start calls it (off the event thread or on it: it must return at once).
 */
public interface PaperPreloader {
    /** Begins reading {@code file} in the background; returns at once. */
    void preload(Path file);
}
