package dev.gloss.pdf;

import dev.gloss.workspace.Rect;

/**
 * One word of a page's text layer. A word broken by end-of-line hyphenation is two words (one
 * per line) whose ranges touch in {@link PageText#text()}.
 *
 * @param text  the word as it appears in the page text
 * @param start offset of its first character in {@link PageText#text()}
 * @param end   offset after its last character
 * @param box   its bounding box in page space (see {@link dev.gloss.pdf package docs})
 */
public record Word(String text, int start, int end, Rect box) {
}
