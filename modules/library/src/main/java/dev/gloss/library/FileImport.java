package dev.gloss.library;

import java.nio.file.Path;

/**
 * The outcome of one file of a batch import: a result, or the reason it failed.
 *
 * @param file   the file as given
 * @param result what was imported, or null when it failed
 * @param error  why it failed (one sentence in its message), or null
 */
public record FileImport(Path file, ImportResult result, LibraryException error) {
    /** True when the file was imported (or was already there). */
    public boolean ok() {
        return result != null;
    }
}
