package dev.gloss.search;

/**
 * Told how page-text indexing advances, for a progress bar. Called from indexing threads: a
 * Swing UI must hop to the event thread itself. Must be quick and must not throw.
 */
public interface IndexProgress {
    /**
     * Pages indexed so far of the work under way. {@code total} can grow while work is added,
     * and is corrected when a PDF's real page count is known.
     */
    void progress(long done, long total);

    /** All page text that was asked for is indexed (or skipped); the bar can go away. */
    default void idle() {
    }
}
