package dev.gloss.desktop.composer;

import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How one post's text measures against each chosen platform, and where the text first runs over
 * the strictest of them (for marking the overflow). Computing it for X takes about a millisecond
 * for a full post (twitter-text's URL matching), so views compute it off the event thread.
 *
 * @param counts         one per platform, in the order of the rules
 * @param overflowStart  the UTF-16 index where the text stops fitting some platform, or -1
 */
record PostCounts(List<Count> counts, int overflowStart) {

    /**
     * @param rules  the platform and the limit that applies
     * @param length the text's length as that platform counts it
     */
    record Count(PlatformRules rules, int length) {
        boolean fits() {
            return length <= rules.limit();
        }

        /** "212/300". */
        String label() {
            return length + "/" + rules.limit();
        }
    }

    PostCounts {
        counts = List.copyOf(counts);
    }

    static PostCounts of(String text, List<PlatformRules> rules) {
        return of(text, rules, Set.of(), "");
    }

    /**
     * The counts as each platform will count the post: on the platforms in {@code numbered} (an
     * account there numbers its posts) the text is published with {@code numbering} (" 2/4",
     * empty for a thread of one post) at its end, so that is counted too.
     */
    static PostCounts of(String text, List<PlatformRules> rules, Set<Platform> numbered, String numbering) {
        String t = text == null ? "" : text;
        List<Count> counts = new ArrayList<>();
        int overflow = -1;
        for (PlatformRules r : rules) {
            String suffix = numbered.contains(r.platform()) ? numbering : "";
            Count c = new Count(r, r.count(published(t, suffix)));
            counts.add(c);
            if (!r.fits(published(t, suffix))) {
                int start = fittingPrefix(t, r, suffix);
                overflow = overflow < 0 ? start : Math.min(overflow, start);
            }
        }
        return new PostCounts(counts, overflow);
    }

    /** The text as published: with the numbering, its trailing spaces dropped first (as {@link dev.gloss.threads.Numbering} does). */
    private static String published(String text, String numbering) {
        return numbering.isEmpty() ? text : text.stripTrailing() + numbering;
    }

    boolean fitsAll() {
        return overflowStart < 0;
    }

    /**
     * The length of the longest prefix of {@code text} that fits {@code r}, ending on a code
     * point boundary. Counts grow with the prefix, so a binary search finds it in a few counts.
     */
    static int fittingPrefix(String text, PlatformRules r) {
        return fittingPrefix(text, r, "");
    }

    /** The same, for a post published with {@code numbering} at its end: the numbering takes its room first. */
    static int fittingPrefix(String text, PlatformRules r, String numbering) {
        int[] ends = text.codePoints().map(Character::charCount).toArray();
        for (int i = 1; i < ends.length; i++) {
            ends[i] += ends[i - 1];
        }
        int lo = 0;               // code points known to fit
        int hi = ends.length;     // at most this many fit
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (r.fits(published(text.substring(0, ends[mid - 1]), numbering))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? 0 : ends[lo - 1];
    }
}
