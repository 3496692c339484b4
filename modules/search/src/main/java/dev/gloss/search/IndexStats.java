package dev.gloss.search;

import dev.gloss.workspace.Reasoned;
import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param papers    papers whose page text was (re)indexed
 * @param pages     pages indexed
 * @param documents paper, annotation and thread documents written or removed
 * @param failures  PDFs that could not be read, skipped, and PDFs indexed only in part (their reason is an
 *                  {@link IndexLimit}); the rest was indexed
 * @param cancelled whether the run was cancelled before it finished (what was done is kept)
 * @param elapsed   wall time of the run
 */
public record IndexStats(int papers, int pages, int documents, List<Failure> failures, boolean cancelled,
        Duration elapsed) {

    public IndexStats {
        failures = List.copyOf(failures);
    }

    /**
     * A paper whose PDF could not be read, or was read only in part.
     *
     * @param paperId the paper
     * @param file    its PDF's name
     * @param reason  why: the PDF's own reason, what the system said, or the {@link IndexLimit} it passed
     */
    public record Failure(String paperId, String file, Reasoned reason) {
    }
}
