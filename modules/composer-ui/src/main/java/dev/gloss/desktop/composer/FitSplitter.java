package dev.gloss.desktop.composer;

import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.Splitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text so that every part fits all of several platforms at once. Platforms count
 * differently (X weighs a URL as 23, Bluesky counts it in full), so splitting for the smallest
 * limit alone is not enough: each part that still does not fit some platform is split again
 * with that platform's rules.
 */
final class FitSplitter {
    private static final int MAX_ROUNDS = 8;

    private FitSplitter() {
    }

    /** The parts of {@code text}, each fitting every one of {@code rules}; empty for blank text. */
    static List<String> fit(String text, List<PlatformRules> rules) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<PlatformRules> order = new ArrayList<>(rules);
        order.sort((a, b) -> Integer.compare(a.limit(), b.limit()));
        List<String> parts = List.of(text.strip());
        // Each round only cuts parts that do not fit, so parts shrink and the loop ends; in
        // practice one round does it (a piece of a fitting text fits too), the bound is a guard.
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<String> next = new ArrayList<>();
            for (String part : parts) {
                List<String> pieces = List.of(part);
                for (PlatformRules r : order) {
                    List<String> cut = new ArrayList<>();
                    for (String piece : pieces) {
                        cut.addAll(r.fits(piece) ? List.of(piece) : Splitter.split(piece, r, false));
                    }
                    pieces = cut;
                }
                next.addAll(pieces);
            }
            if (next.equals(parts)) {
                break;
            }
            parts = next;
        }
        return List.copyOf(parts);
    }
}
