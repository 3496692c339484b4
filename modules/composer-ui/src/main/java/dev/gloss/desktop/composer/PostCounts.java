package dev.gloss.desktop.composer;

import dev.gloss.threads.PlatformRules;
import java.util.ArrayList;
import java.util.List;

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
        String t = text == null ? "" : text;
        List<Count> counts = new ArrayList<>();
        int overflow = -1;
        for (PlatformRules r : rules) {
            Count c = new Count(r, r.count(t));
            counts.add(c);
            if (!r.fits(t)) {
                int start = fittingPrefix(t, r);
                overflow = overflow < 0 ? start : Math.min(overflow, start);
            }
        }
        return new PostCounts(counts, overflow);
    }

    boolean fitsAll() {
        return overflowStart < 0;
    }

    /**
     * The length of the longest prefix of {@code text} that fits {@code r}, ending on a code
     * point boundary. Counts grow with the prefix, so a binary search finds it in a few counts.
     */
    static int fittingPrefix(String text, PlatformRules r) {
        int[] ends = text.codePoints().map(Character::charCount).toArray();
        for (int i = 1; i < ends.length; i++) {
            ends[i] += ends[i - 1];
        }
        int lo = 0;               // code points known to fit
        int hi = ends.length;     // at most this many fit
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (r.fits(text.substring(0, ends[mid - 1]))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? 0 : ends[lo - 1];
    }
}
