package dev.gloss.threads.emoji;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Grapheme cluster boundaries by ICU4J, for moving a caret or deleting: a family emoji, a flag or
 * a letter with its accents is one step. (JDK 17's own BreakIterator splits emoji ZWJ sequences.)
 */
public final class Clusters {

    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private Clusters() {
    }

    /** The first cluster boundary after {@code offset}, or {@code text.length()}. */
    public static int following(CharSequence text, int offset) {
        if (offset >= text.length()) {
            return text.length();
        }
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        int b = it.following(Math.max(0, offset));
        return b == BreakIterator.DONE ? text.length() : b;
    }

    /** The last cluster boundary before {@code offset}, or 0. */
    public static int preceding(CharSequence text, int offset) {
        if (offset <= 0) {
            return 0;
        }
        BreakIterator it = ITERATOR.get();
        it.setText(text);
        int b = it.preceding(Math.min(offset, text.length()));
        return b == BreakIterator.DONE ? 0 : b;
    }
}
