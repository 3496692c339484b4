package dev.gloss.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One greedy, hierarchical packing of a text into post ranges (see {@link Splitter}). Units of a
 * level join the current post while they fit; a unit that does not fit starts a new post if it
 * fits alone, else it is cut into the units of the next lower level. Before cutting, the current
 * post is ended at the unit's (better) boundary when it is at least a third full; a shorter one is
 * filled with the first pieces of the cut unit instead, so that a heading does not become a post
 * of its own.
 *
 * <p>Counting is the costly part (twitter-text takes about a millisecond for a post), so the number
 * of units that still fit is found by exponential then binary search rather than one unit at a
 * time. Every post is still checked with the exact count, so a platform whose count is not
 * monotonic (X: a text can shrink when it becomes a URL) never gets a post over its limit.
 */
final class Packer {

    private final String text;
    private final List<PlatformRules> rules;
    private final int minLimit;
    private final BreakMap breaks;
    private final IntFunction<String> suffix;
    private final List<int[]> posts = new ArrayList<>();
    private int start = -1;
    private int end = -1;

    Packer(String text, List<PlatformRules> rules, BreakMap breaks, IntFunction<String> suffix) {
        this.text = text;
        this.rules = rules;
        this.minLimit = rules.stream().mapToInt(PlatformRules::limit).min().orElseThrow();
        this.breaks = breaks;
        this.suffix = suffix;
    }

    /** Post ranges [start, end) of the text, in order; each fits with its suffix. */
    List<int[]> pack() {
        units(bounds(0, text.length(), BreakMap.PARAGRAPH), BreakMap.PARAGRAPH);
        flush();
        return posts;
    }

    /** Unit boundaries of [a, b) at {@code level}: a, the cuts of at least that level, b. */
    private int[] bounds(int a, int b, int level) {
        int[] inner = breaks.within(a, b, level);
        int[] p = new int[inner.length + 2];
        p[0] = a;
        System.arraycopy(inner, 0, p, 1, inner.length);
        p[p.length - 1] = b;
        return p;
    }

    /** Packs the consecutive units [p[i], p[i+1]) of one level. */
    private void units(int[] p, int level) {
        int m = p.length - 1;
        int i = 0;
        while (i < m) {
            int n = posts.size() + 1;
            int base = start >= 0 ? start : p[i];
            int j = furthest(p, i, base, n);
            if (j >= i) {
                start = base;
                end = p[j + 1];
                i = j + 1;
                continue;
            }
            if (start >= 0 && fits(p[i], p[i + 1], n + 1)) {
                flush(); // the unit fits a post of its own: cut at its boundary
                continue;
            }
            if (level <= BreakMap.PROTECTED) {
                int alone = posts.size() + (start >= 0 ? 2 : 1);
                String piece = text.substring(p[i], p[i + 1]).strip();
                PlatformRules r = rules.stream().filter(x -> !x.fits(piece + suffix.apply(alone))).findFirst()
                        .orElse(rules.get(0));
                throw new ThreadsException(ThreadsException.Reason.LIMIT_TOO_SMALL, r.limit(), r.platform().displayName(), piece,
                        !suffix.apply(alone).isEmpty());
            }
            if (start >= 0 && thirdFull(text.substring(start, end).strip())) {
                flush();
            }
            units(bounds(p[i], p[i + 1], level - 1), level - 1);
            i++;
        }
    }

    /**
     * The last unit index j &ge; i such that [base, p[j+1]) fits as post n, or i - 1 if even unit i
     * does not.
     */
    private int furthest(int[] p, int i, int base, int n) {
        int m = p.length - 1;
        if (!fits(base, p[i + 1], n)) {
            return i - 1;
        }
        int lo = i;
        int hi = -1;
        for (int step = 1; lo < m - 1; step *= 2) {
            int k = Math.min(lo + step, m - 1);
            if (fits(base, p[k + 1], n)) {
                lo = k;
            } else {
                hi = k;
                break;
            }
        }
        if (hi < 0) {
            return lo;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fits(base, p[mid + 1], n)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean fits(int a, int b, int n) {
        if (lowerBound(a, b) > minLimit) {
            return false; // cheap reject of a far too long candidate; acceptance is always counted exactly
        }
        String post = text.substring(a, b).strip() + suffix.apply(n);
        for (PlatformRules r : rules) {
            if (!r.fits(post)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the post uses at least a third of some platform's limit. */
    private boolean thirdFull(String post) {
        for (PlatformRules r : rules) {
            if (r.count(post) * 3 >= r.limit()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap lower bound of the count of [a, b) on every platform: each word and each gap between
     * words counts at least one (a URL counts 23 on X and Mastodon, a grapheme at least one).
     */
    private int lowerBound(int a, int b) {
        int words = 0;
        boolean inWord = false;
        for (int i = a; i < b; i++) {
            boolean space = BreakMap.isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words == 0 ? 0 : 2 * words - 1;
    }

    private void flush() {
        if (start >= 0 && !text.substring(start, end).isBlank()) {
            posts.add(new int[] {start, end});
        }
        start = -1;
        end = -1;
    }
}
