package dev.gloss.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs one query against one searcher: parse, rank, and build the hits with highlighted
 * snippets. Stateless apart from the analyzer; safe to share between threads.
 */
final class HitSearcher {
    /** About how long a snippet is, in characters. */
    static final int SNIPPET_LENGTH = 180;
    /**
     * Score multipliers per kind: what the user wrote or curated (annotations, threads) and the
     * paper itself come a little before a page that matches as well.
     */
    private static final Map<String, Float> KIND_WEIGHT = Map.of(
            Fields.KIND_PAPER, 1.3f, Fields.KIND_ANNOTATION, 1.25f, Fields.KIND_THREAD, 1.15f);
    private static final Set<String> HIT_FIELDS = Set.of(Fields.KIND, Fields.PAPER, Fields.PAGE, Fields.TARGET, Fields.TITLE);

    private final Analyzer analyzer;

    HitSearcher(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<SearchHit> search(IndexSearcher searcher, String queryText, int limit) throws IOException {
        if (limit <= 0 || queryText == null || queryText.isBlank()) {
            return List.of();
        }
        Query query = GlossQueryParser.parseLenient(queryText, analyzer, searcher);
        // a query of filters only scores 1 everywhere, so the kind weights alone order it
        Query ranked = GlossQueryParser.onlyFilters(query) ? new ConstantScoreQuery(query) : query;
        for (Map.Entry<String, Float> k : KIND_WEIGHT.entrySet()) {
            ranked = FunctionScoreQuery.boostByQuery(ranked, new TermQuery(new Term(Fields.KIND, k.getKey())), k.getValue());
        }
        TopDocs top = searcher.search(ranked, limit);
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        Object[] snippets = new Highlighter(searcher, analyzer).snippets(query, docIds);
        StoredFields stored = searcher.storedFields();
        Map<String, String> paperTitles = new HashMap<>();
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc, HIT_FIELDS);
            String kind = d.get(Fields.KIND);
            String paperId = d.get(Fields.PAPER);
            IndexableField pageField = d.getField(Fields.PAGE);
            int page = pageField == null ? 0 : pageField.numericValue().intValue();
            String title = d.get(Fields.TITLE);
            if (title == null && paperId != null) {
                title = paperTitles.computeIfAbsent(paperId, id -> paperTitle(searcher, id));
            }
            SnippetFormatter.Snippet snippet = snippets[i] instanceof SnippetFormatter.Snippet s ? s
                    : SnippetFormatter.plain(body(stored, sd.doc), SNIPPET_LENGTH);
            hits.add(new SearchHit(kind, paperId, page, d.get(Fields.TARGET), title, snippet.marked(), sd.score,
                    snippet.spans()));
        }
        return hits;
    }

    private static String body(StoredFields stored, int doc) throws IOException {
        String b = stored.document(doc, Set.of(Fields.BODY)).get(Fields.BODY);
        return b == null ? "" : b;
    }

    /** The stored title of a paper's own document; the id if it is not (yet) indexed. */
    private static String paperTitle(IndexSearcher searcher, String paperId) {
        try {
            String uid = IndexDocuments.key(Fields.uid(Fields.KIND_PAPER, paperId));
            TopDocs t = searcher.search(new TermQuery(new Term(Fields.UID, uid)), 1);
            if (t.scoreDocs.length == 0) {
                return paperId;
            }
            String title = searcher.storedFields().document(t.scoreDocs[0].doc, Set.of(Fields.TITLE)).get(Fields.TITLE);
            return title == null ? paperId : title;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The unified highlighter, set up for one readable passage per hit. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(IndexSearcher searcher, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withScorer(new PassageRanker())
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
                    .withMaxLength(Integer.MAX_VALUE - 1)
                    .withMaxNoHighlightPassages(1)
                    .withWeightMatches(true));
        }

        Object[] snippets(Query query, int[] docIds) throws IOException {
            Map<String, Object[]> byField = highlightFieldsAsObjects(new String[]{Fields.BODY}, query, docIds, new int[]{1});
            return byField.get(Fields.BODY);
        }
    }
}
