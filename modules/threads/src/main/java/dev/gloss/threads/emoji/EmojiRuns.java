package dev.gloss.threads.emoji;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a text holds emoji that Gloss draws as images, as chat apps do. A grapheme cluster (ICU)
 * that is a known sequence is one run: a ZWJ family, a flag, a skin tone, a keycap. A cluster that
 * is not (a ZWJ sequence no vendor draws) is matched piece by piece, longest first, so its parts are
 * drawn side by side. A character whose default is text (©, ™, ☺, the shield 🛡) is an emoji only
 * with its variation selector 16 (or a skin tone, or a keycap mark); with selector 15 it stays text.
 *
 * <pre>{@code
 * for (EmojiRuns.Run r : EmojiRuns.find(text)) { draw(r.emoji(), r.start(), r.end()); }
 * }</pre>
 */
public final class EmojiRuns {

    /** One emoji drawn as an image: {@code text[start, end)} (UTF-16 indices). */
    public record Run(int start, int end, Emoji emoji) {
    }

    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);
    private static final ThreadLocal<BreakIterator> GRAPHEMES =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());
    private static final char VS15 = '\uFE0E';
    private static final char VS16 = '\uFE0F';

    private EmojiRuns() {
    }

    /** Whether {@code text} may hold an emoji: a cheap test before {@link #find}. */
    public static boolean mayHold(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u00A9') {
                return true;
            }
        }
        return false;
    }

    /** The emoji runs of {@code text}, in order; empty when it has none. */
    public static List<Run> find(CharSequence text) {
        if (!mayHold(text)) {
            return List.of();
        }
        EmojiIndex index = EmojiIndex.get();
        BreakIterator it = GRAPHEMES.get();
        it.setText(text);
        List<Run> runs = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (hasNonAscii(text, start, end)) {
                matchCluster(index, text, start, end, runs);
            }
        }
        return runs;
    }

    private static boolean hasNonAscii(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= '\u00A9') {
                return true;
            }
        }
        return false;
    }

    private static void matchCluster(EmojiIndex index, CharSequence text, int start, int end, List<Run> runs) {
        int i = start;
        while (i < end) {
            int found = -1;
            Emoji emoji = null;
            int limit = Math.min(end, i + index.longest() + 8); // room for selectors not in the key
            for (int j = limit; j > i; j--) {
                if (Character.isHighSurrogate(text.charAt(j - 1)) && j < end) {
                    continue; // never end between a surrogate pair
                }
                Emoji e = index.lookupKey(EmojiIndex.key(text.subSequence(i, j)));
                if (e != null) {
                    found = j;
                    emoji = e;
                    break;
                }
            }
            if (emoji == null) {
                i += Character.charCount(Character.codePointAt(text, i));
                continue;
            }
            int j = found;
            while (j < end && text.charAt(j) == VS16) {
                j++; // the selector belongs to the emoji
            }
            if (presentsAsEmoji(text, i, j, end)) {
                runs.add(new Run(i, j, emoji));
            }
            i = j;
        }
    }

    /**
     * A single character whose default presentation is text is an emoji only with selector 16;
     * a sequence of several characters (skin tone, keycap, ZWJ, flag) always is.
     */
    private static boolean presentsAsEmoji(CharSequence text, int start, int end, int clusterEnd) {
        int cp = Character.codePointAt(text, start);
        int next = start + Character.charCount(cp);
        if (end < clusterEnd && text.charAt(end) == VS15) {
            return false;
        }
        boolean single = next == end || (next < end && text.charAt(next) == VS16 && next + 1 == end);
        if (!single) {
            return true;
        }
        return next < end || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION);
    }
}
