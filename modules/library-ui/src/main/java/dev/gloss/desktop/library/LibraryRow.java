package dev.gloss.desktop.library;

import dev.gloss.workspace.Paper;
import java.util.Locale;

/** A paper as the library lists it, with what it counts and the text its filter matches. */
record LibraryRow(Paper paper, int annotations, int threads) {
    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String haystack = (paper.displayTitle() + " " + String.join(" ", paper.authors()) + " "
                + (paper.arxivId() == null ? "" : paper.arxivId()) + " " + (paper.year() == null ? "" : paper.year())
                + " " + String.join(" ", paper.tags())).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
