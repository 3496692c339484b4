package dev.gloss.desktop.annotations;

import java.awt.FontMetrics;
import java.util.Locale;

/** Small text helpers for painting rows. */
final class Text {
    private static final String ELLIPSIS = "\u2026";

    private Text() {
    }

    /** Whitespace (line breaks from the PDF's text layer included) collapsed to single spaces. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code s} cut to fit {@code width} pixels, ending in an ellipsis when cut. */
    static String ellipsize(String s, FontMetrics fm, int width) {
        if (width <= 0) {
            return "";
        }
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        int ell = fm.stringWidth(ELLIPSIS);
        // binary search on the prefix length: stringWidth is the costly part, so call it O(log n) times
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fm.stringWidth(s.substring(0, mid)) + ell <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(s.charAt(lo - 1))) {
            lo--;
        }
        return s.substring(0, lo).stripTrailing() + ELLIPSIS;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
