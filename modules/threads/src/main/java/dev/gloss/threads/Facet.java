package dev.gloss.threads;

/**
 * A Bluesky rich-text facet: a span of the post text, in UTF-8 byte offsets as the
 * {@code app.bsky.richtext.facet} lexicon requires, and what it means.
 *
 * @param byteStart first byte of the span (UTF-8, inclusive)
 * @param byteEnd   end of the span (UTF-8, exclusive)
 * @param kind      link, mention or tag
 * @param value     LINK: the full URI ({@code https://} added to a bare domain);
 *                  MENTION: the handle without {@code @} (resolve it to a DID before posting);
 *                  TAG: the tag without {@code #}
 */
public record Facet(int byteStart, int byteEnd, Kind kind, String value) {

    /** What a facet marks. */
    public enum Kind {
        /** {@code app.bsky.richtext.facet#link} */
        LINK,
        /** {@code app.bsky.richtext.facet#mention} */
        MENTION,
        /** {@code app.bsky.richtext.facet#tag} */
        TAG
    }

    public Facet {
        if (byteStart < 0 || byteEnd <= byteStart) {
            throw new IllegalArgumentException("A facet needs 0 <= byteStart < byteEnd, not "
                    + byteStart + ".." + byteEnd + ".");
        }
        if (kind == null || value == null) {
            throw new IllegalArgumentException("A facet needs a kind and a value.");
        }
    }
}
