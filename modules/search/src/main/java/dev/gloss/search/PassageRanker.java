package dev.gloss.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores highlight passages exactly like Lucene's BM25 {@link PassageScorer}, without its
 * per-passage hash table: that one allocates 32 KB for every candidate sentence and made
 * snippets of long pages cost tens of milliseconds.
 */
final class PassageRanker extends PassageScorer {
    private static final int LINEAR_LIMIT = 32;

    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqs = passage.getMatchTermFreqsInDoc();
        float score = 0;
        if (n <= LINEAR_LIMIT) {
            // few matches: count each distinct term's occurrences by scanning
            for (int i = 0; i < n; i++) {
                boolean first = true;
                for (int j = 0; j < i && first; j++) {
                    first = !terms[j].equals(terms[i]);
                }
                if (!first) {
                    continue;
                }
                int tf = 1;
                for (int j = i + 1; j < n; j++) {
                    if (terms[j].equals(terms[i])) {
                        tf++;
                    }
                }
                score += weight(contentLength, freqs[i]) * tf(tf, passage.getLength());
            }
        } else {
            Map<BytesRef, int[]> counts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                counts.computeIfAbsent(terms[i], t -> new int[]{0, freqs[index]})[0]++;
            }
            for (int[] c : counts.values()) {
                score += weight(contentLength, c[1]) * tf(c[0], passage.getLength());
            }
        }
        return score * norm(passage.getStartOffset());
    }
}
