package dev.gloss.desktop.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.search.SearchHit;
import dev.gloss.workspace.AnnotationType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Search window's rows: hits under their paper, labelled so a page and an annotation on it differ. */
class SearchRowsTest {
    private static SearchHit hit(String kind, String paper, int page, String target, String title) {
        return new SearchHit(kind, paper, page, target, title, "the «weights» moved", 1f);
    }

    @Test
    void hitsAreGroupedUnderTheirPaperInRankOrderAndThreadsOnTheirOwn() {
        List<SearchHit> hits = List.of(
                hit("page", "p1", 3, null, "Paper One"),
                hit("annotation", "p2", 1, "a1", "Paper Two"),
                hit("annotation", "p1", 3, "a2", "Paper One"),
                hit("thread", null, 0, "t1", "My thread"));
        List<SearchRow> rows = SearchRow.group(hits);
        assertEquals(List.of("Paper One", "-page", "-annotation", "Paper Two", "-annotation", "My thread", "-thread"),
                rows.stream().map(r -> r.isHeading() ? r.heading() : "-" + r.hit().kind()).toList());
    }

    @Test
    void pageAndAnnotationHitsOnTheSamePageReadDifferently() {
        SearchHit page = hit("page", "p1", 3, null, "Paper One");
        SearchHit highlight = hit("annotation", "p1", 3, "a1", "Paper One");
        assertEquals("Page 3", HitLabel.of(page, null));
        assertEquals("Highlight \u00B7 p. 3", HitLabel.of(highlight, AnnotationType.HIGHLIGHT));
        assertEquals("Note \u00B7 p. 3", HitLabel.of(highlight, AnnotationType.NOTE));
        assertEquals("Clip \u00B7 p. 3", HitLabel.of(highlight, AnnotationType.CLIP));
        assertEquals("Annotation \u00B7 p. 3", HitLabel.of(highlight, null), "no workspace at hand: still not a page");
        assertNotEquals(HitLabel.of(page, null), HitLabel.of(highlight, AnnotationType.HIGHLIGHT));
        assertEquals("Thread", HitLabel.of(hit("thread", null, 0, "t1", "T"), null));
        assertEquals("Paper", HitLabel.of(hit("paper", "p1", 0, null, "P"), null));
        for (AnnotationType t : AnnotationType.values()) {
            assertTrue(HitLabel.of(highlight, t).endsWith(" \u00B7 p. 3"), t + " is named");
        }
    }

    @Test
    void theSnippetIsEscapedAndItsMatchesBold() {
        SearchHit h = new SearchHit("page", "p1", 1, null, "T", "a <b> & «match» here", 1f);
        assertEquals("a &lt;b&gt; &amp; <b>match</b> here", SearchRowRenderer.snippet(h));
    }
}
