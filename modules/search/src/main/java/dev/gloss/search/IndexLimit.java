package dev.gloss.search;

import dev.gloss.workspace.Reasoned;
import java.util.List;

/**
 * A paper whose page text was indexed only in part, because it passed one of the bounds on the
 * work the index does for one file (issue 23: a 1.2 MB PDF whose page tree claims 200,000 pages
 * held up every search). Its pages up to the bound are searchable; the rest are left out until
 * the file changes, and the other papers are indexed as usual.
 *
 * @param reason which bound
 * @param args   the values its sentence names (in the reason's order)
 */
public record IndexLimit(Reason reason, List<Object> args) implements Reasoned {
    /** Which bound was passed (its values in brackets). */
    public enum Reason {
        /** [file, pages indexed, pages in the file] More pages than {@link Bounds#maxPages()}. */
        PAGES_LEFT_OUT,
        /** [file, pages indexed, pages in the file] More text than {@link Bounds#maxChars()}. */
        TEXT_LEFT_OUT,
        /** [file, pages indexed, pages in the file, seconds] Reading it took longer than {@link Bounds#maxSeconds()}. */
        TOO_SLOW
    }

    /**
     * The bounds on the work the index does for one paper. The defaults (system properties
     * {@code gloss.index.maxPages}, {@code .maxChars}, {@code .maxPageChars}, {@code .maxSeconds})
     * are far above a real paper or book: a long book has a few thousand pages.
     *
     * @param maxPages     pages indexed, at most
     * @param maxChars     characters of text indexed, at most (16 million: about 8,000 dense pages)
     * @param maxPageChars characters kept of one page; beyond them its text is cut (and counts as left out)
     * @param maxSeconds   seconds spent reading the paper's text, at most
     */
    public record Bounds(int maxPages, long maxChars, int maxPageChars, long maxSeconds) {
        /** The bounds the index uses. */
        public static final Bounds DEFAULT = new Bounds(Integer.getInteger("gloss.index.maxPages", 5_000),
                Long.getLong("gloss.index.maxChars", 16_000_000L), Integer.getInteger("gloss.index.maxPageChars", 1_000_000),
                Long.getLong("gloss.index.maxSeconds", 60));
    }

    public IndexLimit {
        args = List.copyOf(args);
    }

    static IndexLimit of(Reason reason, Object... args) {
        return new IndexLimit(reason, List.of(args));
    }

    @Override
    public String toString() {
        return Reasoned.line(reason, args);
    }
}
