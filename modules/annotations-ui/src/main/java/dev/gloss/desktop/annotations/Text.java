package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.text.EmojiText;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
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

    /** The length {@link #oneLine} would return, without building the string. */
    static int oneLineLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                space = n > 0;
            } else {
                if (space) {
                    n++;
                    space = false;
                }
                n++;
            }
        }
        return n;
    }

    /** The width of {@code s} as drawn: an emoji is an image one emoji wide, not boxes. */
    static int width(String s, FontMetrics fm) {
        return Math.round(EmojiText.width(s, fm));
    }

    /** {@code s} cut to fit {@code width} pixels, ending in an ellipsis when cut. */
    static String ellipsize(String s, FontMetrics fm, int width) {
        if (width <= 0) {
            return "";
        }
        if (width(s, fm) <= width) {
            return s;
        }
        int n = fitting(s, fm, width - width(ELLIPSIS, fm));
        return s.substring(0, n).stripTrailing() + ELLIPSIS;
    }

    /**
     * {@code s} in at most {@code maxLines} lines of {@code width} pixels, broken at spaces (or
     * inside a word longer than a line); the last line ends in an ellipsis when cut.
     */
    static List<String> wrap(String s, FontMetrics fm, int width, int maxLines) {
        List<String> lines = new ArrayList<>(maxLines);
        String rest = s;
        while (lines.size() < maxLines - 1 && width > 0 && width(rest, fm) > width) {
            int fit = fitting(rest, fm, width);
            int space = rest.lastIndexOf(' ', fit);
            int end = space > 0 ? space : Math.max(1, fit);
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        lines.add(ellipsize(rest, fm, width));
        return lines;
    }

    /** The length of the longest prefix of {@code s} that fits {@code width} (binary search: few measurements). */
    private static int fitting(String s, FontMetrics fm, int width) {
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(s.substring(0, mid), fm) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && lo < s.length() && Character.isLowSurrogate(s.charAt(lo))) {
            lo--;
        }
        return lo;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
