package dev.gloss.desktop.library;

import dev.gloss.search.SearchHit;
import java.util.List;
import org.netbeans.spi.quicksearch.SearchProvider;
import org.netbeans.spi.quicksearch.SearchRequest;
import org.netbeans.spi.quicksearch.SearchResponse;
import org.openide.util.NbBundle;

/**
 * Quick Search (Ctrl+I, the search field in the toolbar): the best hits of the library, and a
 * last entry that opens every result in the Search window.
 */
@NbBundle.Messages({
    "# {0} - query",
    "LBL_AllResults=Show all results for \u201C{0}\u201D"
})
public final class LibrarySearchProvider implements SearchProvider {
    private static final int QUICK = 8;

    @Override
    public void evaluate(SearchRequest request, SearchResponse response) {
        String text = request.getText();
        if (text == null || text.isBlank() || !LibrarySearch.isReady()) {
            return;
        }
        List<SearchHit> hits = LibrarySearch.search(text, QUICK);
        for (SearchHit h : hits) {
            // What matched comes first; the paper's title, shortened, tells where.
            String where = HitLabel.of(h);
            String label = where + "  " + shorten(h.plainSnippet(), 90) + "  \u2014 " + shorten(h.title(), 40);
            if (!response.addResult(() -> new SearchRow(null, h).open(text), label)) {
                return;
            }
        }
        response.addResult(() -> SearchResultsTopComponent.show(text), Bundle.LBL_AllResults(text));
    }

    private static String shorten(String s, int max) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }
}
