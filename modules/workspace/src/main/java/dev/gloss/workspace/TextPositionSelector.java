package dev.gloss.workspace;

/**
 * W3C Web Annotation TextPositionSelector: character offsets [start, end) into the page's
 * extracted text (as produced by the pdf module's text layer).
 */
public record TextPositionSelector(int start, int end) {
}
