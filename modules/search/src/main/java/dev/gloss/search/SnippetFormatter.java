package dev.gloss.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into one readable line: whitespace (PDF line breaks)
 * collapsed, "…" where the passage is cut, and the matches both marked with « » and kept as
 * offsets into the unmarked text.
 */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";

    /** A formatted snippet: the marked text and the match offsets in the unmarked text. */
    record Snippet(String marked, List<SearchHit.Span> spans) {
    }

    @Override
    public Snippet format(Passage[] passages, String content) {
        Passage[] sorted = passages.clone();
        Arrays.sort(sorted, Comparator.comparingInt(Passage::getStartOffset));
        StringBuilder plain = new StringBuilder();
        List<SearchHit.Span> spans = new ArrayList<>();
        for (Passage p : sorted) {
            if (plain.length() > 0) {
                plain.append(' ');
            }
            if (p.getStartOffset() > 0) {
                plain.append(ELLIPSIS).append(' ');
            }
            int pos = p.getStartOffset();
            int end = p.getEndOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = Math.max(p.getMatchStarts()[i], pos);
                int me = Math.min(p.getMatchEnds()[i], end);
                if (me <= ms) {
                    continue;
                }
                append(plain, content, pos, ms);
                int spanStart = plain.length();
                append(plain, content, ms, me);
                spans.add(new SearchHit.Span(spanStart, plain.length()));
                pos = me;
            }
            append(plain, content, pos, end);
            trimEnd(plain);
            if (end < content.length()) {
                plain.append(' ').append(ELLIPSIS);
            }
        }
        List<SearchHit.Span> merged = merge(plain, spans);
        return new Snippet(mark(plain, merged), merged);
    }

    /** A snippet for text without any match: its beginning, shortened to about {@code length}. */
    static Snippet plain(String content, int length) {
        StringBuilder b = new StringBuilder();
        int end = Math.min(content.length(), length);
        if (end < content.length()) {
            int space = content.lastIndexOf(' ', end);
            end = space > length / 2 ? space : end;
        }
        append(b, content, 0, end);
        trimEnd(b);
        if (end < content.length()) {
            b.append(' ').append(ELLIPSIS);
        }
        return new Snippet(b.toString(), List.of());
    }

    /** Copies text, collapsing whitespace runs to one space and neutralising our mark characters. */
    private static void append(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (c == SearchHit.MARK_OPEN || c == SearchHit.MARK_CLOSE) {
                out.append('"');
            } else {
                out.append(c);
            }
        }
    }

    private static void trimEnd(StringBuilder b) {
        while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
            b.setLength(b.length() - 1);
        }
    }

    /**
     * Matches that touch or are separated only by a hyphen or a space (the words of a phrase,
     * "fine-tuned" from {@code fine-tun*}) become one span.
     */
    private static List<SearchHit.Span> merge(CharSequence plain, List<SearchHit.Span> spans) {
        List<SearchHit.Span> out = new ArrayList<>();
        for (SearchHit.Span s : spans) {
            SearchHit.Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && joinable(plain, last.end(), s.start())) {
                out.set(out.size() - 1, new SearchHit.Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean joinable(CharSequence plain, int from, int to) {
        if (to <= from) {
            return true;
        }
        if (to - from > 1) {
            return false;
        }
        char c = plain.charAt(from);
        return c == ' ' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static String mark(CharSequence plain, List<SearchHit.Span> merged) {
        StringBuilder b = new StringBuilder(plain.length() + merged.size() * 2);
        int pos = 0;
        for (SearchHit.Span s : merged) {
            b.append(plain, pos, s.start()).append(SearchHit.MARK_OPEN).append(plain, s.start(), s.end())
                    .append(SearchHit.MARK_CLOSE);
            pos = s.end();
        }
        b.append(plain, pos, plain.length());
        return b.toString();
    }
}
