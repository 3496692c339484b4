package dev.gloss.pdf;

import dev.gloss.workspace.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words, lines and sentences of one page's text layer, as offsets into {@link PageText#text()}:
 * what moving the end of a selection from the keyboard steps over. Words are the text layer's
 * words (the two halves of a word hyphenated at a line end count as one); lines are the lines
 * as laid out on the page; a sentence ends at '.', '?' or '!' (closing quotes and brackets may
 * follow) before a space, a line end or the end of the page, except after a known
 * abbreviation ("e.g.", "et al.", "Fig."), an initial ("J. Smith") or before a lowercase
 * letter. Immutable; the reader's keyboard selection steps with it.
 */
public final class TextUnits {
    /** Words that end with a dot without ending the sentence (compared lowercase, without the dot). */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "al", "fig", "figs", "eq", "eqs",
            "cf", "vs", "no", "nos", "sec", "secs", "ref", "refs", "approx", "resp", "dr", "mr", "mrs", "ms",
            "prof", "vol", "pp", "ch", "tab", "thm", "def", "ca", "viz", "st");
    private static final String CLOSERS = "\"'\u201D\u2019)]}";
    private final PageText page;
    private final String text;
    /** Word ranges in reading order, hyphen halves merged. */
    private final List<TextRange> words;

    public TextUnits(PageText page) {
        this.page = page;
        this.text = page.text();
        List<TextRange> ws = new ArrayList<>();
        for (Word w : page.words()) {
            TextRange last = ws.isEmpty() ? null : ws.get(ws.size() - 1);
            if (last != null && last.end() == w.start()) {
                ws.set(ws.size() - 1, new TextRange(last.start(), w.end()));
            } else if (w.end() > w.start()) {
                ws.add(new TextRange(w.start(), w.end()));
            }
        }
        words = List.copyOf(ws);
    }

    public PageText page() {
        return page;
    }

    /** The words, in reading order. */
    public List<TextRange> words() {
        return words;
    }

    /** The end of the first word that ends after {@code offset}, or -1 when none does. */
    public int nextWordEnd(int offset) {
        for (TextRange w : words) {
            if (w.end() > offset) {
                return w.end();
            }
        }
        return -1;
    }

    /** The start of the last word that starts before {@code offset}, or -1 when none does. */
    public int previousWordStart(int offset) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).start() < offset) {
                return words.get(i).start();
            }
        }
        return -1;
    }

    /** The first word whose middle lies inside a page-space area (what is on screen), or null. */
    public TextRange firstWordIn(double left, double bottom, double right, double top) {
        for (Word w : page.words()) {
            Rect b = w.box();
            double x = (b.left() + b.right()) / 2;
            double y = (b.bottom() + b.top()) / 2;
            if (x >= left && x <= right && y >= bottom && y <= top) {
                return wordAround(w.start());
            }
        }
        return null;
    }

    /** The word (hyphen halves merged) containing {@code offset}, or the next one after it; null at the end. */
    public TextRange wordAround(int offset) {
        for (TextRange w : words) {
            if (w.end() > offset) {
                return w;
            }
        }
        return null;
    }

    /**
     * Where {@code offset} lands one line down ({@code lines} &gt; 0) or up (&lt; 0): at the same
     * number of characters from the line's start, clamped to the line's length, then moved to the
     * end ({@code toWordEnd}) or the start of the word there, so no word is cut. -1 when there is
     * no such line.
     */
    public int lineMove(int offset, int lines, boolean toWordEnd) {
        return lineMove(offset, lines, toWordEnd, -1);
    }

    /**
     * As {@link #lineMove(int, int, boolean)}, aiming at {@code column} characters from the line's
     * start instead of {@code offset}'s own column (when {@code column} &ge; 0): a run of line steps
     * keeps the column it started from, as a text editor's caret does.
     */
    public int lineMove(int offset, int lines, boolean toWordEnd, int column) {
        TextRange line = lineOf(offset);
        if (line == null) {
            return -1;
        }
        TextRange target = line;
        for (int i = 0; i < Math.abs(lines) && target != null; i++) {
            target = lines > 0 ? lineAfter(target) : lineBefore(target);
        }
        if (target == null) {
            return -1;
        }
        int goal = column >= 0 ? column : Math.max(0, offset - line.start());
        int at = target.start() + Math.min(goal, target.length());
        List<TextRange> on = new ArrayList<>();
        for (TextRange w : words) {
            if (w.end() > target.start() && w.start() < target.end()) {
                on.add(w);
            }
        }
        if (on.isEmpty()) {
            return toWordEnd ? target.end() : target.start();
        }
        for (TextRange w : on) {
            if (w.start() <= at && at < w.end()) {
                return toWordEnd ? w.end() : w.start();
            }
        }
        // the column falls between words or past the line's end
        if (toWordEnd) {
            int best = on.get(0).end();
            for (TextRange w : on) {
                if (w.end() <= at) {
                    best = w.end();
                }
            }
            return best;
        }
        for (TextRange w : on) {
            if (w.start() >= at) {
                return w.start();
            }
        }
        return on.get(on.size() - 1).start();
    }

    /** How many characters {@code offset} is from the start of its line (0 when the page has no words). */
    public int column(int offset) {
        TextRange line = lineOf(offset);
        return line == null ? 0 : Math.max(0, offset - line.start());
    }

    /** The laid-out line holding {@code offset} (or the word just before it), or null when the page has no words. */
    TextRange lineOf(int offset) {
        Word before = null;
        for (Word w : page.words()) {
            if (w.start() <= offset && offset <= w.end()) {
                return lineOfWord(w);
            }
            if (w.end() <= offset) {
                before = w;
            }
        }
        if (before == null && !page.words().isEmpty()) {
            before = page.words().get(0);
        }
        return before == null ? null : lineOfWord(before);
    }

    private TextRange lineOfWord(Word w) {
        Rect b = w.box();
        TextRange r = page.lineAt((b.left() + b.right()) / 2, (b.bottom() + b.top()) / 2);
        return r != null ? r : new TextRange(w.start(), w.end());
    }

    private TextRange lineAfter(TextRange line) {
        for (Word w : page.words()) {
            if (w.start() >= line.end()) {
                TextRange next = lineOfWord(w);
                if (next.start() >= line.end()) {
                    return next;
                }
            }
        }
        return null;
    }

    private TextRange lineBefore(TextRange line) {
        List<Word> all = page.words();
        for (int i = all.size() - 1; i >= 0; i--) {
            Word w = all.get(i);
            if (w.end() <= line.start()) {
                TextRange prev = lineOfWord(w);
                if (prev.end() <= line.start()) {
                    return prev;
                }
            }
        }
        return null;
    }

    // ---- sentences ----

    /** The whole sentences that {@code r} touches (at least one character of each). */
    public TextRange sentences(TextRange r) {
        int from = Math.min(r.start(), text.length());
        int start = 0;
        for (int i = from - 1; i >= 0; i--) {
            int after = sentenceEndAt(i);
            if (after >= 0 && after <= from) {
                start = after;
                break;
            }
        }
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        for (int i = Math.max(start, r.end() - 1); i < text.length(); i++) {
            int after = sentenceEndAt(i);
            if (after >= 0) {
                end = after;
                break;
            }
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextRange(Math.min(start, end), end);
    }

    /**
     * When the character at {@code i} ends a sentence: the offset after it and any closing quotes
     * or brackets; else -1.
     */
    int sentenceEndAt(int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '?' && c != '!') {
            return -1;
        }
        int j = i + 1;
        while (j < text.length() && CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return -1; // 3.14, e.g. the first dot of "e.g.", a URL
        }
        int next = j;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
            return -1; // "approx. three", "et al. show"
        }
        if (c == '.' && abbreviation(i)) {
            return -1;
        }
        return j;
    }

    /** True when the dot at {@code dot} ends an abbreviation or an initial. */
    private boolean abbreviation(int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        String token = text.substring(s, dot);
        int k = 0;
        while (k < token.length() && !Character.isLetterOrDigit(token.charAt(k))) {
            k++; // "(e.g." and "[Fig."
        }
        token = token.substring(k);
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** {@code [start, end)} without whitespace at either end; null when nothing is left. */
    public TextRange trim(int start, int end) {
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? null : new TextRange(s, e);
    }
}
