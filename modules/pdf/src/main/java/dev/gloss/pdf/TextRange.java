package dev.gloss.pdf;

/**
 * A range of characters in a page's text ({@link PageText#text()}): {@code [start, end)}.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** True when no character is covered. */
    public boolean isEmpty() {
        return end == start;
    }
}
