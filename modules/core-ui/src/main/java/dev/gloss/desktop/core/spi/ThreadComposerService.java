package dev.gloss.desktop.core.spi;

import dev.gloss.workspace.Annotation;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Sends highlights to the thread composer ("Quote in thread"). Implemented by the composer
 * module ({@code @ServiceProvider}); found in the default lookup, null when no composer is
 * installed:
 * <pre>{@code
 * ThreadComposerService composer = ThreadComposerService.getDefault();
 * if (composer != null) {
 *     composer.quote(selectedAnnotations);   // on the event thread
 * }
 * }</pre>
 */
public interface ThreadComposerService {
    /**
     * Adds one post per annotation (quote, page, paper link) to the thread open in the composer,
     * or to a new thread on the annotations' paper when none is open, and shows the composer.
     */
    void quote(List<Annotation> annotations);

    /** Whether {@link #quoteText} works here. */
    default boolean quotesText() {
        return false;
    }

    /**
     * Adds a post with this text (a paper's reference entry, say) to the thread open in the
     * composer, or to a new thread when none is open, and shows the composer.
     *
     * @since issue 21
     */
    default void quoteText(String text) {
        throw new UnsupportedOperationException("this composer cannot quote text");
    }

    /** Opens the thread with this id in the composer and shows it. */
    default void open(String threadId) {
        throw new UnsupportedOperationException("this composer cannot open threads by id");
    }

    /** The installed composer, or null: {@code Lookup.getDefault().lookup(ThreadComposerService.class)}. */
    static ThreadComposerService getDefault() {
        return Lookup.getDefault().lookup(ThreadComposerService.class);
    }
}
