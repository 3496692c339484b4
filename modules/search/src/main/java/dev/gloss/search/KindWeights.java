package dev.gloss.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

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
