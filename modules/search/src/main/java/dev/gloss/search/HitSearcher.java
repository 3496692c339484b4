package dev.gloss.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
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
 * snippets. Safe to share between threads.
 */
final class HitSearcher {
    /** About how long a snippet is, in characters. */
    static final int SNIPPET_LENGTH = 180;
    /** From this many hits on, snippets are made on two threads (the caller's and this pool's). */
    private static final int PARALLEL_SNIPPETS = 8;
    private static final ExecutorService SNIPPET_POOL = Executors.newFixedThreadPool(1,
            PageTextIndexer.daemon("gloss-search-snippets"));
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
        TopDocs top;
        if (GlossQueryParser.onlyFilters(query)) {
            // every match scores the same: the kind weights alone order them
            top = searcher.search(FunctionScoreQuery.boostByValue(new ConstantScoreQuery(query), KIND_WEIGHTS), limit);
        } else {
            // plain BM25 lets Lucene skip blocks that cannot reach the top; the kind weights (at
            // most 1.3) then reorder a generous top, which is where they can make a difference
            TopDocs bm25 = searcher.search(query, Math.max(limit * 3, limit + 30));
            top = KIND_WEIGHTS.reweigh(searcher, bm25, limit);
        }
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        Object[] snippets = snippets(new Highlighter(searcher, analyzer), query, docIds);
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<String, String> paperTitles = titles(searcher);
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

    /**
     * Snippets are most of a search's work (reading and scanning each hit's text): with enough
     * hits, half of them are made on a second core.
     */
    private static Object[] snippets(Highlighter h, Query query, int[] docIds) throws IOException {
        if (docIds.length < PARALLEL_SNIPPETS) {
            return h.snippets(query, docIds);
        }
        int half = docIds.length / 2;
        int[] second = Arrays.copyOfRange(docIds, half, docIds.length);
        Future<Object[]> later;
        try {
            later = SNIPPET_POOL.submit(() -> h.snippets(query, second));
        } catch (RejectedExecutionException e) {
            return h.snippets(query, docIds);
        }
        Object[] first = h.snippets(query, Arrays.copyOf(docIds, half));
        try {
            Object[] rest = later.get();
            Object[] all = Arrays.copyOf(first, docIds.length);
            System.arraycopy(rest, 0, all, half, rest.length);
            return all;
        } catch (InterruptedException e) {
            later.cancel(true);
            Thread.currentThread().interrupt();
            throw new SearchException(e, SearchException.Reason.INTERRUPTED);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Paper titles already looked up in this reader (a new reader after a change starts afresh). */
    private final Map<IndexReader.CacheKey, Map<String, String>> titleCache =
            java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private Map<String, String> titles(IndexSearcher searcher) {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return new HashMap<>();
        }
        return titleCache.computeIfAbsent(helper.getKey(), k -> new ConcurrentHashMap<>());
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
