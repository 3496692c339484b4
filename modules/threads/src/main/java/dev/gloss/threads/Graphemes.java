package dev.gloss.threads;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Extended grapheme clusters by ICU4J. JDK 17's own BreakIterator splits emoji ZWJ sequences
 * (a family emoji counts 7 there), so it must not be used for counting.
 */
final class Graphemes {

    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);
    // BreakIterator is stateful; one per thread, cloned from a prototype (cheap).
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private Graphemes() {
    }

    /** Number of grapheme clusters in {@code text}. */
    static int count(CharSequence text) {
        if (text.length() == 0) {
            return 0;
        }
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    /** Every grapheme boundary (UTF-16 index), from 0 to {@code text.length()} inclusive. */
    static int[] boundaries(CharSequence text) {
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
