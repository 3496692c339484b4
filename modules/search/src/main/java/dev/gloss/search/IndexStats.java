package dev.gloss.search;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param papers    papers whose page text was (re)indexed
 * @param pages     pages indexed
 * @param documents paper, annotation and thread documents written or removed
 * @param failures  PDFs that could not be read, skipped; the rest was indexed
 * @param cancelled whether the run was cancelled before it finished (what was done is kept)
 * @param elapsed   wall time of the run
 */
public record IndexStats(int papers, int pages, int documents, List<Failure> failures, boolean cancelled,
        Duration elapsed) {

    public IndexStats {
        failures = List.copyOf(failures);
    }

    /** One line for people, e.g. "indexed 12 papers, 180 pages in 4.2 s". */
    public String summary() {
        String s = String.format(java.util.Locale.ROOT, "indexed %d paper%s, %d page%s in %.1f s",
                papers, papers == 1 ? "" : "s", pages, pages == 1 ? "" : "s", elapsed.toMillis() / 1000.0);
        if (!failures.isEmpty()) {
            s += "; " + failures.size() + " PDF" + (failures.size() == 1 ? "" : "s") + " could not be read";
        }
        return cancelled ? s + " (cancelled)" : s;
    }

    /**
     * A paper whose PDF could not be read.
     *
     * @param paperId the paper
     * @param file    its PDF's name
     * @param reason  why, in one sentence
     */
    public record Failure(String paperId, String file, String reason) {
    }
}
