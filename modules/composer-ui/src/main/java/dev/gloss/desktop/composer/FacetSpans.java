package dev.gloss.desktop.composer;

import dev.gloss.threads.Facet;
import dev.gloss.threads.Facets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The links, mentions and hashtags of a post as UTF-16 ranges, for colouring them in a preview. */
final class FacetSpans {
    private FacetSpans() {
    }

    /**
     * @param start first UTF-16 index (inclusive)
     * @param end   end UTF-16 index (exclusive)
     */
    record Span(int start, int end, Facet.Kind kind) {
    }

    static List<Span> of(String text) {
        List<Facet> facets = Facets.detect(text);
        if (facets.isEmpty()) {
            return List.of();
        }
        // byte offset -> char index, for every code point boundary
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        int[] charAt = new int[bytes + 1];
        int b = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            for (int k = 0; k < n; k++) {
                charAt[b + k] = i;
            }
            b += n;
            i += Character.charCount(cp);
        }
        charAt[bytes] = text.length();
        List<Span> out = new ArrayList<>();
        for (Facet f : facets) {
            if (f.byteEnd() <= bytes) {
                out.add(new Span(charAt[f.byteStart()], charAt[f.byteEnd()], f.kind()));
            }
        }
        return List.copyOf(out);
    }
}
