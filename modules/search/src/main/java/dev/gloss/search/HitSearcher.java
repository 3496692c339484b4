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
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

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
    private static final KindWeights KIND_WEIGHTS = new KindWeights(Map.of(
            Fields.KIND_PAPER, 1.3f, Fields.KIND_ANNOTATION, 1.25f, Fields.KIND_THREAD, 1.15f));

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
        ranked = FunctionScoreQuery.boostByValue(ranked, KIND_WEIGHTS);
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
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<String, String> paperTitles = new HashMap<>();
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int doc = sd.doc - leaf.docBase;
            String kind = sorted(leaf, Fields.KIND, doc);
            String paperId = sorted(leaf, Fields.PAPER_ID, doc);
            String title = binary(leaf, Fields.TITLE, doc);
            if (title == null && paperId != null) {
                title = paperTitles.computeIfAbsent(paperId, id -> paperTitle(searcher, id));
            }
            SnippetFormatter.Snippet snippet = snippets[i] instanceof SnippetFormatter.Snippet s ? s
                    : SnippetFormatter.plain(body(stored, sd.doc), SNIPPET_LENGTH);
            hits.add(new SearchHit(kind, paperId, (int) numeric(leaf, Fields.PAGE, doc), binary(leaf, Fields.TARGET, doc),
                    title, snippet.marked(), sd.score, snippet.spans()));
        }
        return hits;
    }

    private static String sorted(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues v = leaf.reader().getSortedDocValues(field);
        return v != null && v.advanceExact(doc) ? v.lookupOrd(v.ordValue()).utf8ToString() : null;
    }

    private static String binary(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues v = leaf.reader().getBinaryDocValues(field);
        return v != null && v.advanceExact(doc) ? v.binaryValue().utf8ToString() : null;
    }

    private static long numeric(LeafReaderContext leaf, String field, int doc) throws IOException {
        NumericDocValues v = leaf.reader().getNumericDocValues(field);
        return v != null && v.advanceExact(doc) ? v.longValue() : 0;
    }

    private static String body(StoredFields stored, int doc) throws IOException {
        String b = stored.document(doc, Set.of(Fields.BODY)).get(Fields.BODY);
        return b == null ? "" : b;
    }

    /** The title of a paper's own document (found by its key); the id if it is not (yet) indexed. */
    private static String paperTitle(IndexSearcher searcher, String paperId) {
        BytesRef uid = new BytesRef(IndexDocuments.key(Fields.uid(Fields.KIND_PAPER, paperId)));
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(Fields.UID);
                TermsEnum te = terms == null ? null : terms.iterator();
                if (te == null || !te.seekExact(uid)) {
                    continue;
                }
                PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
                Bits live = leaf.reader().getLiveDocs();
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    if (live == null || live.get(d)) {
                        String title = binary(leaf, Fields.TITLE, d);
                        return title == null ? paperId : title;
                    }
                }
            }
            return paperId;
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
