package dev.gloss.desktop.core.spi;

import dev.gloss.workspace.Paper;
import org.openide.util.Lookup;

/**
 * Adds papers from links (an arXiv id or link, a DOI, an OpenReview or ACL page, a PDF's
 * address) to the library: the reader passes on the links dropped onto it and the entries of its
 * citation cards. Implemented by the library window's module ({@code @ServiceProvider}); found in the default lookup, null when it
 * is not installed:
 * <pre>{@code
 * PaperLinks links = PaperLinks.getDefault();
 * if (links != null && links.names(text)) {
 *     links.add(text);   // returns at once; the papers open when they are in the library
 * }
 * Paper known = links.inLibrary("arXiv:1706.03762");   // off the event thread; no network
 * }</pre>
 */
public interface PaperLinks {
    /** Whether {@code text} names papers (one per line), and nothing else. */
    boolean names(String text);

    /** Adds the papers {@code text} names, in the background, and opens each in the reader. */
    void add(String text);

    /**
     * The paper of the library that {@code link} (one arXiv id, DOI or link) names, found in the
     * library alone, without the network; null when the library does not have it or the text names
     * nothing. It reads the library's list: call it off the event thread.
     */
    Paper inLibrary(String link);

    /** The installed implementation, or null. */
    static PaperLinks getDefault() {
        return Lookup.getDefault().lookup(PaperLinks.class);
    }
}
