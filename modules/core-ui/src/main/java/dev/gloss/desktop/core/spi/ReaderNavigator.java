package dev.gloss.desktop.core.spi;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import org.openide.util.Lookup;

/**
 * Shows a place of a paper in the reader: opens the paper if needed, scrolls to the page and
 * flashes the marked area. Implemented by the reader module ({@code @ServiceProvider}); found
 * with {@code Lookup.getDefault().lookup(ReaderNavigator.class)} (null when no reader is installed):
 * <pre>{@code
 * ReaderNavigator nav = ReaderNavigator.getDefault();
 * if (nav != null) {
 *     nav.showAnnotation(paper, annotation);   // on the event thread; the paper opens if needed
 * }
 * }</pre>
 */
public interface ReaderNavigator {
    /** Opens {@code paper} at {@code page} (from 1). */
    void showPage(Paper paper, int page);

    /**
     * Opens {@code paper} at {@code page} with the words of a search marked, as the find bar
     * would mark them. Readers that cannot mark just show the page.
     */
    default void showMatch(Paper paper, int page, String text) {
        showPage(paper, page);
    }

    /** Opens the annotation's paper at its page and flashes its quads or area. */
    void showAnnotation(Paper paper, Annotation annotation);

    /** The installed navigator, or null. */
    static ReaderNavigator getDefault() {
        return Lookup.getDefault().lookup(ReaderNavigator.class);
    }
}
