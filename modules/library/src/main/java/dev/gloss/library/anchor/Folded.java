package dev.gloss.library.anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * Text folded for tolerant matching, with a map back to the original offsets: lower case, every
 * run of whitespace one space, dashes and curly quotes plain, ligatures spelled out, soft hyphens
 * dropped, and end-of-line hyphenation ("experi-\nment") joined. Two extractions of the same
 * words fold to the same string even when their line breaks differ.
 *
 * @param text the folded text
 * @param map  for each folded character, the offset of the original character it came from;
 *             one extra entry maps the end
 */
record Folded(String text, int[] map) {

    static Folded of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] map = new int[s.length() + 2];
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00ad') {
                continue;
            }
            if (isDash(c) && i > 0 && Character.isLetter(s.charAt(i - 1)) && breakFollows(s, i + 1)) {
                // "experi-\nment": skip the hyphen and the line break
                int j = i + 1;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j < s.length() && Character.isLowerCase(s.charAt(j))) {
                    i = j - 1;
                    continue;
                }
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space && sb.length() > 0) {
                    map = grow(map, sb.length());
                    map[sb.length()] = i;
                    sb.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            String f = fold(c);
            for (int k = 0; k < f.length(); k++) {
                map = grow(map, sb.length());
                map[sb.length()] = i;
                sb.append(f.charAt(k));
            }
        }
        // drop a trailing space, then map the end to the end of the original
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(--len);
        }
        map = grow(map, len);
        map[len] = s.length();
        int[] exact = new int[len + 1];
        System.arraycopy(map, 0, exact, 0, len + 1);
        return new Folded(sb.toString(), exact);
    }

    /** The original range {@code [start, end)} of a folded range. */
    int[] original(int start, int end) {
        int s = map[start];
        int e = end >= text.length() ? map[text.length()] : map[end - 1] + 1;
        return new int[] {s, Math.max(s, e)};
    }

    /** Every start of {@code needle} in the folded text. */
    List<Integer> indexesOf(String needle) {
        List<Integer> out = new ArrayList<>();
        if (needle.isEmpty()) {
            return out;
        }
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            out.add(i);
        }
        return out;
    }

    private static boolean breakFollows(String s, int from) {
        for (int j = from; j < s.length() && (Character.isWhitespace(s.charAt(j)) || Character.isSpaceChar(s.charAt(j))); j++) {
            if (s.charAt(j) == '\n' || s.charAt(j) == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static String fold(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "-";
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> "\"";
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            case '\uFB04' -> "ffl";
            case '\uFB05', '\uFB06' -> "st";
            default -> String.valueOf(Character.toLowerCase(c));
        };
    }

    private static int[] grow(int[] map, int index) {
        if (index + 1 < map.length) {
            return map;
        }
        int[] bigger = new int[Math.max(map.length * 2, index + 2)];
        System.arraycopy(map, 0, bigger, 0, map.length);
        return bigger;
    }
}
