package dev.gloss.desktop.annotations;

import java.util.Locale;
import java.util.Set;

/**
 * What the annotation view shows: the scope, the filters and the order. Immutable; the view
 * makes a new one with the {@code with…} methods whenever a control changes.
 *
 * @param paperId   only this paper's annotations, or null for every paper
 * @param colors    only these colour names (lower case), or empty for any colour
 * @param tag       only annotations with this tag (exact, case-insensitive), or null for any
 * @param text      words that must all occur in the quote, note or tags (case-insensitive); a
 *                  word starting with {@code #} matches tags only
 * @param sort      the order within each paper
 * @param collapsed papers whose annotations are hidden under their header
 */
public record Query(String paperId, Set<String> colors, String tag, String text, Sort sort, Set<String> collapsed) {
    /** Every annotation of every paper, in reading order. */
    public static final Query ALL = new Query(null, Set.of(), null, "", Sort.PAGE, Set.of());

    public Query {
        colors = colors == null ? Set.of() : Set.copyOf(colors);
        collapsed = collapsed == null ? Set.of() : Set.copyOf(collapsed);
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        text = text == null ? "" : text;
        sort = sort == null ? Sort.PAGE : sort;
    }

    /** The annotations of one paper (null: of every paper) with the other settings kept. */
    public Query withPaper(String id) {
        return new Query(id, colors, tag, text, sort, collapsed);
    }

    public Query withColors(Set<String> names) {
        return new Query(paperId, names, tag, text, sort, collapsed);
    }

    public Query withTag(String t) {
        return new Query(paperId, colors, t, text, sort, collapsed);
    }

    public Query withText(String t) {
        return new Query(paperId, colors, tag, t, sort, collapsed);
    }

    public Query withSort(Sort s) {
        return new Query(paperId, colors, tag, text, s, collapsed);
    }

    public Query withCollapsed(Set<String> paperIds) {
        return new Query(paperId, colors, tag, text, sort, paperIds);
    }

    /** True when a colour, tag or text filter narrows the scope. */
    public boolean filtered() {
        return !colors.isEmpty() || tag != null || !text.isBlank();
    }

    /** The text filter as lower-case words, without empty ones. */
    String[] words() {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
