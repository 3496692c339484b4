package dev.gloss.pdf;

import dev.gloss.workspace.Quad;
import java.util.List;

/**
 * One hit of {@link PdfDocument#find(String)}.
 *
 * @param page  the page, from 1
 * @param start offset of the hit in that page's {@link PageText#text()}
 * @param end   offset after the hit
 * @param quads one quad per line fragment the hit covers, in page space
 */
public record FindHit(int page, int start, int end, List<Quad> quads) {
    public FindHit {
        quads = List.copyOf(quads);
    }
}
