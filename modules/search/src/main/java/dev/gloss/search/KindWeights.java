package dev.gloss.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * A score multiplier per kind of document, read from the kind's doc values: one cheap lookup
 * per matching document instead of a query per kind.
 */
final class KindWeights extends DoubleValuesSource {
    private final Map<String, Float> weights;

    KindWeights(Map<String, Float> weights) {
        this.weights = Map.copyOf(weights);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedDocValues kinds = DocValues.getSorted(ctx.reader(), Fields.KIND);
        double[] byOrd = new double[kinds.getValueCount()];
        for (int ord = 0; ord < byOrd.length; ord++) {
            byOrd[ord] = weights.getOrDefault(kinds.lookupOrd(ord).utf8ToString(), 1f);
        }
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = kinds.advanceExact(doc) ? byOrd[kinds.ordValue()] : 1;
                return true;
            }
        };
    }

    /**
     * The best {@code limit} of {@code hits} once each score is multiplied by its kind's weight
     * (ties by document order, as Lucene does).
     */
    TopDocs reweigh(IndexSearcher searcher, TopDocs hits, int limit) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] out = new ScoreDoc[hits.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            ScoreDoc sd = hits.scoreDocs[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            SortedDocValues kinds = leaf.reader().getSortedDocValues(Fields.KIND);
            float w = 1;
            if (kinds != null && kinds.advanceExact(sd.doc - leaf.docBase)) {
                w = weights.getOrDefault(kinds.lookupOrd(kinds.ordValue()).utf8ToString(), 1f);
            }
            out[i] = new ScoreDoc(sd.doc, sd.score * w);
        }
        Arrays.sort(out, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return new TopDocs(hits.totalHits, Arrays.copyOf(out, Math.min(limit, out.length)));
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, Fields.KIND);
    }

    @Override
    public int hashCode() {
        return weights.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KindWeights k && k.weights.equals(weights);
    }

    @Override
    public String toString() {
        return "kindWeights" + weights;
    }
}
