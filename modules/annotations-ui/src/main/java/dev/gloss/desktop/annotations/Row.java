package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;

/**
 * One line of the annotation view: a paper header, a page or colour header, or an annotation.
 * Rows are values; {@link #key()} identifies the same line across refreshes (to keep the
 * selection and the scroll position).
 */
public sealed interface Row permits Row.PaperRow, Row.GroupRow, Row.AnnotationRow {

    /** A stable identity for this line, e.g. {@code a:<annotation id>}. */
    String key();

    /**
     * A paper's header.
     *
     * @param paper     the paper, or null when its annotations have no paper in the workspace
     * @param title     what to show
     * @param count     how many of its annotations match
     * @param collapsed whether its annotations are hidden
     */
    record PaperRow(String paperId, Paper paper, String title, int count, boolean collapsed) implements Row {
        @Override
        public String key() {
            return "p:" + paperId;
        }
    }

    /**
     * A second-level header inside a paper: a page ({@code page > 0}, {@code color} null) or a
     * colour ({@code color} set, {@code page} 0).
     */
    record GroupRow(String paperId, int page, String color, int count) implements Row {
        @Override
        public String key() {
            return "g:" + paperId + ":" + (color != null ? color : Integer.toString(page));
        }
    }

    /**
     * An annotation.
     *
     * @param orphaned whether its text could not be found in the paper any more
     * @param showPage whether the line should say its page (no page header above it)
     */
    record AnnotationRow(Annotation annotation, boolean orphaned, boolean showPage) implements Row {
        @Override
        public String key() {
            return "a:" + annotation.id();
        }
    }
}
