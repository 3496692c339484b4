package dev.gloss.desktop.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.TextPositionSelector;
import dev.gloss.workspace.TextQuoteSelector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnotationListModelTest {
    private static final Paper ALPHA = paper("p-alpha", "Attention is all you need");
    private static final Paper BETA = paper("p-beta", "BERT: pre-training of deep bidirectional transformers");
    private AnnotationListModel model;

    @BeforeEach
    void setUp() {
        model = new AnnotationListModel();
        model.setPapers(List.of(BETA, ALPHA));
        model.setAnnotations(List.of(
                ann("a1", ALPHA, 2, 100, "yellow", "Self-attention relates positions", "key idea", List.of("method"), 10),
                ann("a2", ALPHA, 1, 40, "red", "The dominant sequence transduction models", null, List.of(), 20),
                ann("a3", ALPHA, 2, 10, "green", "Multi-head attention allows the model", "compare with RNN",
                        List.of("Method", "todo"), 30),
                ann("a4", BETA, 5, 0, "yellow", "Masked language model", "cloze task", List.of("pretraining"), 40),
                ann("a5", BETA, 1, 0, null, "BERT is conceptually simple", null, List.of("Todo"), 5)));
    }

    @Test
    void groupsByPaperThenPageInReadingOrder() {
        List<Row> rows = model.rows(Query.ALL).rows();
        assertEquals(List.of("p:p-alpha", "g:p-alpha:1", "a:a2", "g:p-alpha:2", "a:a3", "a:a1",
                "p:p-beta", "g:p-beta:1", "a:a5", "g:p-beta:5", "a:a4"), keys(rows));
        Row.PaperRow alpha = (Row.PaperRow) rows.get(0);
        assertEquals("Attention is all you need", alpha.title());
        assertEquals(3, alpha.count());
        assertEquals(2, ((Row.GroupRow) rows.get(3)).count());
        assertFalse(((Row.AnnotationRow) rows.get(2)).showPage(), "the page header already says the page");
    }

    @Test
    void onePaperScope() {
        AnnotationListModel.Result r = model.rows(Query.ALL.withPaper("p-beta"));
        assertEquals(List.of("p:p-beta", "g:p-beta:1", "a:a5", "g:p-beta:5", "a:a4"), keys(r.rows()));
        assertEquals(2, r.total());
        assertEquals(2, r.shown());
    }

    @Test
    void filtersByColourWithUnsetColourAsYellow() {
        assertEquals(List.of("a1", "a5", "a4"), annotationIds(model.rows(Query.ALL.withColors(Set.of("yellow")))));
        assertEquals(List.of("a2", "a3"), annotationIds(model.rows(Query.ALL.withColors(Set.of("red", "green")))));
        assertEquals(List.of(), annotationIds(model.rows(Query.ALL.withColors(Set.of("purple")))));
    }

    @Test
    void filtersByTagIgnoringCase() {
        assertEquals(List.of("a3", "a1"), annotationIds(model.rows(Query.ALL.withTag("method"))));
        assertEquals(List.of("a3", "a5"), annotationIds(model.rows(Query.ALL.withTag("TODO"))));
        assertEquals(List.of("method", "pretraining", "todo"), model.tags(), "each tag once, sorted, first spelling");
        model.put(model.get("a4").orElseThrow().withNote("cloze task", List.of("Cloze"), Instant.EPOCH));
        assertEquals(List.of("Cloze", "method", "todo"), model.tags(), "the list follows changes");
        model.remove("a3");
        model.removePaper(BETA.id());
        assertEquals(List.of("method"), model.tags());
    }

    @Test
    void filtersByTextInQuoteNoteAndTagsWithAllWordsRequired() {
        assertEquals(List.of("a3", "a1"), annotationIds(model.rows(Query.ALL.withText("ATTENTION"))));
        assertEquals(List.of("a4"), annotationIds(model.rows(Query.ALL.withText("cloze"))), "note text");
        assertEquals(List.of("a4"), annotationIds(model.rows(Query.ALL.withText("pretrain"))), "tag text");
        assertEquals(List.of("a3"), annotationIds(model.rows(Query.ALL.withText("  attention   rnn "))));
        assertEquals(List.of("a5"), annotationIds(model.rows(Query.ALL.withText("#todo simple"))));
        assertEquals(List.of(), annotationIds(model.rows(Query.ALL.withText("#attention"))), "# matches tags only");
    }

    @Test
    void countsTellAnEmptyScopeFromAnEmptyFilter() {
        AnnotationListModel.Result none = model.rows(Query.ALL.withText("no such words"));
        assertEquals(5, none.total());
        assertEquals(0, none.shown());
        assertTrue(none.rows().isEmpty());
        AnnotationListModel.Result empty = model.rows(Query.ALL.withPaper("p-unknown"));
        assertEquals(0, empty.total());
    }

    @Test
    void sortsByDateNewestFirstWithoutPageHeaders() {
        List<Row> rows = model.rows(Query.ALL.withSort(Sort.DATE)).rows();
        assertEquals(List.of("p:p-beta", "a:a4", "a:a5", "p:p-alpha", "a:a3", "a:a2", "a:a1"), keys(rows),
                "papers by their newest annotation");
        assertTrue(((Row.AnnotationRow) rows.get(1)).showPage());
    }

    @Test
    void sortsByColourInPaletteOrder() {
        List<Row> rows = model.rows(Query.ALL.withSort(Sort.COLOR).withPaper("p-alpha")).rows();
        assertEquals(List.of("p:p-alpha", "g:p-alpha:yellow", "a:a1", "g:p-alpha:red", "a:a2",
                "g:p-alpha:green", "a:a3"), keys(rows));
        assertEquals("red", ((Row.GroupRow) rows.get(3)).color());
    }

    @Test
    void collapsedPaperKeepsItsHeaderAndCount() {
        List<Row> rows = model.rows(Query.ALL.withCollapsed(Set.of("p-alpha"))).rows();
        assertEquals(List.of("p:p-alpha", "p:p-beta", "g:p-beta:1", "a:a5", "g:p-beta:5", "a:a4"), keys(rows));
        assertTrue(((Row.PaperRow) rows.get(0)).collapsed());
        assertEquals(3, ((Row.PaperRow) rows.get(0)).count());
    }

    @Test
    void orphanFlagFollowsTheLatestReport() {
        model.markOrphaned("p-alpha", Set.of("a2"));
        assertTrue(orphaned(model.rows(Query.ALL), "a2"));
        assertFalse(orphaned(model.rows(Query.ALL), "a1"));
        model.markOrphaned("p-alpha", Set.of());
        assertFalse(orphaned(model.rows(Query.ALL), "a2"));
    }

    @Test
    void liveChangesReplaceAndRemoveById() {
        Annotation a1 = model.get("a1").orElseThrow();
        model.put(a1.withNote("now about transformers", List.of("new"), Instant.ofEpochSecond(99)));
        assertEquals(List.of("a1"), annotationIds(model.rows(Query.ALL.withText("transformers"))));
        model.remove("a1");
        model.put(ann("a6", BETA, 3, 0, "blue", "Next sentence prediction", null, List.of(), 50));
        assertEquals(List.of("a2", "a3", "a5", "a6", "a4"), annotationIds(model.rows(Query.ALL)));
        assertEquals(5, model.size());
        model.removePaper("p-beta");
        assertEquals(List.of("a2", "a3"), annotationIds(model.rows(Query.ALL)));
    }

    @Test
    void annotationsOfAnUnknownPaperAreKeptUnderItsId() {
        model.put(ann("a7", paper("p-gone", null), 1, 0, "gray", "lost", null, List.of(), 60));
        List<Row> rows = model.rows(Query.ALL.withPaper("p-gone")).rows();
        Row.PaperRow header = (Row.PaperRow) rows.get(0);
        assertEquals("p-gone", header.title());
        assertEquals(null, header.paper());
    }

    @Test
    void staticEntryPointMatchesTheModel() {
        List<Row> rows = AnnotationFilter.apply(List.of(model.get("a4").orElseThrow(), model.get("a1").orElseThrow()),
                List.of(ALPHA, BETA), Query.ALL.withText("model"));
        assertEquals(List.of("p:p-beta", "g:p-beta:5", "a:a4"), keys(rows));
    }

    @Test
    void scalesToTenThousandAnnotations() {
        List<Paper> papers = new ArrayList<>();
        List<Annotation> anns = new ArrayList<>();
        for (int p = 0; p < 500; p++) {
            Paper paper = paper("paper-" + p, "Paper number " + p);
            papers.add(paper);
            for (int i = 0; i < 20; i++) {
                anns.add(ann("ann-" + p + "-" + i, paper, 1 + i % 7, i * 10, dev.gloss.workspace.Palette.NAMES.get(i % 8), "quote " + i + " of paper " + p,
                        i % 3 == 0 ? "note " + i : null, List.of("t" + (i % 5)), i));
            }
        }
        List<Row> rows = AnnotationFilter.apply(anns, papers, Query.ALL);
        assertEquals(10_000, rows.stream().filter(r -> r instanceof Row.AnnotationRow).count());
        List<Row> filtered = AnnotationFilter.apply(anns, papers, Query.ALL.withText("PAPER 42").withTag("T1"));
        List<String> expected = anns.stream()
                .filter(a -> a.exact().contains("paper") && a.exact().contains("42") && a.tags().contains("t1"))
                .map(Annotation::id).sorted().toList();
        List<String> actual = filtered.stream().filter(r -> r instanceof Row.AnnotationRow)
                .map(r -> ((Row.AnnotationRow) r).annotation().id()).sorted().toList();
        assertEquals(expected, actual);
        assertEquals(60, actual.size(), "15 papers with 42 in their number, 4 annotations tagged t1 in each");
        assertEquals(List.of("p:paper-142", "p:paper-242", "p:paper-342", "p:paper-42", "p:paper-420"),
                keys(filtered).stream().filter(k -> k.startsWith("p:")).limit(5).toList(), "papers by title");
    }

    private static boolean orphaned(AnnotationListModel.Result r, String id) {
        return r.rows().stream().filter(x -> x instanceof Row.AnnotationRow a && a.annotation().id().equals(id))
                .map(x -> ((Row.AnnotationRow) x).orphaned()).findFirst().orElseThrow();
    }

    private static List<String> keys(List<Row> rows) {
        return rows.stream().map(Row::key).toList();
    }

    private static List<String> annotationIds(AnnotationListModel.Result r) {
        return r.rows().stream().filter(x -> x instanceof Row.AnnotationRow)
                .map(x -> ((Row.AnnotationRow) x).annotation().id()).collect(Collectors.toList());
    }

    static Paper paper(String id, String title) {
        return new Paper(id, title, List.of(), null, null, null, null, null, List.of(), id + ".pdf", 10, "0",
                Instant.EPOCH);
    }

    static Annotation ann(String id, Paper p, int page, int start, String color, String quote, String note,
            List<String> tags, long when) {
        return new Annotation(id, p.id(), AnnotationType.HIGHLIGHT, page, color,
                new TextQuoteSelector(quote, "", ""), new TextPositionSelector(start, start + quote.length()),
                List.of(Quad.ofRect(72, 700 - start, 300, 712 - start)), null, null, note, tags, "me", null,
                Instant.ofEpochSecond(when), null);
    }
}
