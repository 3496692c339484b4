package dev.gloss.threads;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.nio.charset.StandardCharsets;

/**
 * Threads (Meta) counting: one per grapheme cluster, except that an emoji counts its UTF-8 byte
 * length (Meta's Threads API documentation for the 500-character text limit; third-party
 * schedulers report the same). Counting emoji by bytes errs on the safe side: a post this
 * accepts is never too long for Threads.
 */
final class ThreadsCount {

    private ThreadsCount() {
    }

    static int count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int[] b = Graphemes.boundaries(text);
        int n = 0;
        for (int i = 1; i < b.length; i++) {
            String cluster = text.substring(b[i - 1], b[i]);
            n += isEmoji(cluster) ? cluster.getBytes(StandardCharsets.UTF_8).length : 1;
        }
        return n;
    }

    /** A cluster holding a pictographic, regional-indicator (flag) or keycap code point. */
    static boolean isEmoji(String cluster) {
        return cluster.codePoints().anyMatch(cp -> cp == 0x20E3
                || UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR));
    }
}
