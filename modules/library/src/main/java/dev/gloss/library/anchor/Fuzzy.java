package dev.gloss.library.anchor;

/**
 * Approximate substring search: where in a text a pattern occurs with the fewest edits
 * (insertions, deletions, substitutions), by Sellers' dynamic programme in O(text x pattern)
 * time and O(pattern) memory.
 */
final class Fuzzy {
    private Fuzzy() {
    }

    /** An approximate occurrence: {@code [start, end)} in the text, and its edit distance. */
    record Match(int start, int end, int errors) {
    }

    /** How many edits a quote of this length may differ by and still count as found. */
    static int tolerance(int patternLength) {
        return Math.min(32, Math.max(2, patternLength / 10));
    }

    /**
     * The occurrence of {@code pattern} in {@code text} with the fewest edits, at most
     * {@code maxErrors}; among equally good ones, the one whose start is nearest {@code near}.
     * Null when there is none.
     */
    static Match find(String text, String pattern, int maxErrors, int near) {
        int m = pattern.length();
        int n = text.length();
        if (m == 0 || n == 0) {
            return null;
        }
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int bestErrors = maxErrors + 1;
        int bestEnd = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 1; j <= n; j++) {
            char c = text.charAt(j - 1);
            int diag = col[0];
            col[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                int cost = pattern.charAt(i - 1) == c ? 0 : 1;
                col[i] = Math.min(Math.min(col[i - 1] + 1, up + 1), diag + cost);
                diag = up;
            }
            int e = col[m];
            if (e <= maxErrors) {
                int distance = Math.abs(j - m - near);
                if (e < bestErrors || (e == bestErrors && distance < bestDistance)) {
                    bestErrors = e;
                    bestEnd = j;
                    bestDistance = distance;
                }
            }
        }
        if (bestEnd < 0) {
            return null;
        }
        return new Match(startFor(text, pattern, bestEnd, bestErrors), bestEnd, bestErrors);
    }

    /** The start that gives the match ending at {@code end} its edit distance, preferring the longest. */
    private static int startFor(String text, String pattern, int end, int errors) {
        int m = pattern.length();
        int best = Math.max(0, end - m);
        int bestCost = Integer.MAX_VALUE;
        for (int s = Math.max(0, end - m - errors); s <= Math.max(0, end - m + errors) && s < end; s++) {
            int cost = distance(pattern, text.substring(s, end));
            if (cost < bestCost) {
                bestCost = cost;
                best = s;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
