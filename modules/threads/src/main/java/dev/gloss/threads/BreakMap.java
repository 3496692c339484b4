package dev.gloss.threads;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.twitter.twittertext.Extractor;
import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * Where a text may be cut between posts, and how good each cut is. Levels, best first:
 * {@link #PARAGRAPH} (a blank line), {@link #SENTENCE} (ICU sentence boundary, English
 * abbreviations suppressed), {@link #CLAUSE} (after a semicolon, a colon or a dash followed by white
 * space), {@link #PHRASE} (after a comma followed by white space), {@link #WORD} (white space), {@link #SCRIPT} (between CJK, Thai and
 * similar characters where ICU's line breaker allows), {@link #GRAPHEME} (inside a word, outside any URL, mention or tag) and
 * {@link #PROTECTED} (inside a URL, mention or tag: the last resort). Every cut is at an ICU
 * grapheme boundary, so an emoji sequence is never cut.
 */
final class BreakMap {

    static final byte NONE = -2;
    static final byte PROTECTED = -1;
    static final byte GRAPHEME = 0;
    static final byte SCRIPT = 1;
    static final byte WORD = 2;
    static final byte PHRASE = 3;
    static final byte CLAUSE = 4;
    static final byte SENTENCE = 5;
    static final byte PARAGRAPH = 6;

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    private static final BreakIterator LINES = BreakIterator.getLineInstance(ULocale.ROOT);

    private final String text;
    /** level[i]: the best cut at UTF-16 index i (cut before text[i]). */
    private final byte[] level;

    BreakMap(String text) {
        this.text = text;
        this.level = new byte[text.length() + 1];
        Arrays.fill(level, NONE);
        boolean[] inEntity = protectedPositions(text);
        for (int b : Graphemes.boundaries(text)) {
            level[b] = inEntity[b] ? PROTECTED : GRAPHEME;
        }
        markWhitespace();
        markScriptBreaks(copy(LINES), SCRIPT, inEntity);
        markScriptBreaks(copy(SENTENCES), SENTENCE, inEntity);
        markClauses();
        markSentencesAfterWhitespace();
    }

    /** ICU iterators are stateful: each use works on its own clone. */
    private static BreakIterator copy(BreakIterator prototype) {
        synchronized (prototype) {
            return (BreakIterator) prototype.clone();
        }
    }

    /** The cut level at {@code i}, or {@link #NONE}. */
    byte level(int i) {
        return level[i];
    }

    /** Positions strictly inside (a, b) whose level is at least {@code min}, in order. */
    int[] within(int a, int b, int min) {
        int[] out = new int[Math.max(0, b - a)];
        int n = 0;
        for (int i = a + 1; i < b; i++) {
            if (level[i] >= min) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** White-space runs: a cut at the run's end, a paragraph when it holds two line breaks. */
    private void markWhitespace() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int lines = 0;
            while (i < n && isSpace(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))
                        || c == '\u2028' || c == '\u2029') {
                    lines += c == '\u2029' ? 2 : 1;
                }
                i++;
            }
            if (start > 0 && i < n && level[i] >= GRAPHEME) {
                level[i] = lines >= 2 ? PARAGRAPH : WORD;
            }
        }
    }

    /**
     * A word break after clause punctuation ({@code ; : — –}, full-width {@code ；：}) is a clause
     * break, after a comma ({@code , ，}) a phrase break: a sentence longer than a post is cut there
     * before it is cut between words. Only breaks that follow white space are upgraded, so a cut
     * never falls inside "1,000" or a URL.
     */
    private void markClauses() {
        for (int i = 1; i < text.length(); i++) {
            if (level[i] != WORD) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && isSpace(text.charAt(j))) {
                j--;
            }
            char c = text.charAt(j);
            if (c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '\uFF1B' || c == '\uFF1A'
                    || (c == '-' && j > 0 && isSpace(text.charAt(j - 1)))) { // a spaced hyphen is a dash
                level[i] = CLAUSE;
            } else if (c == ',' || c == '\uFF0C') {
                level[i] = PHRASE;
            }
        }
    }

    /** Sentence ends followed by white space are the start of the next word. */
    private void markSentencesAfterWhitespace() {
        BreakIterator it = copy(SENTENCES);
        it.setText(text);
        for (int b = it.next(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
            if (b > 0 && isSpace(text.charAt(b - 1)) && level[b] >= WORD && level[b] < SENTENCE) {
                level[b] = SENTENCE;
            }
        }
    }

    /** Cuts inside runs without white space, only next to a script written without spaces. */
    private void markScriptBreaks(BreakIterator it, byte cut, boolean[] inEntity) {
        it.setText(text);
        for (int b = it.next(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
            if (b == 0 || isSpace(text.charAt(b - 1)) || isSpace(text.charAt(b)) || inEntity[b]
                    || level[b] < GRAPHEME) {
                continue;
            }
            if (spaceless(text.codePointBefore(b)) || spaceless(text.codePointAt(b))) {
                level[b] = (byte) Math.max(level[b], cut);
            }
        }
    }

    /** inside[i]: a cut before text[i] would fall inside a URL, mention, hashtag or cashtag. */
    private static boolean[] protectedPositions(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        Extractor extractor = new Extractor();
        for (Extractor.Entity e : extractor.extractEntitiesWithIndices(text)) {
            mark(inside, e.getStart(), e.getEnd());
        }
        Matcher m = MastodonText.MENTION.matcher(text);
        while (m.find()) {
            mark(inside, m.start(), m.end());
        }
        for (Facets.Span s : Facets.spans(text)) {
            mark(inside, s.start(), s.end());
        }
        return inside;
    }

    private static void mark(boolean[] inside, int start, int end) {
        for (int i = start + 1; i < end && i < inside.length; i++) {
            inside[i] = true;
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }

    /** Scripts written without spaces between words (CJK, Thai, Lao, Khmer, Myanmar) and CJK punctuation. */
    static boolean spaceless(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return switch (s) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, THAI, LAO, KHMER, MYANMAR -> true;
            default -> (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
        };
    }
}
