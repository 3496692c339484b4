package dev.gloss.search;

import java.util.List;

/**
 * One result of a search.
 *
 * @param kind     what matched: "page", "annotation", "thread" or "paper"
 * @param paperId  the paper it belongs to, or null (a thread about no paper)
 * @param page     the page, from 1, for page and annotation hits; 0 if none
 * @param targetId the annotation's or thread's id; null for pages and papers
 * @param title    what to show as the hit's heading: the paper's title, or the thread's
 * @param snippet  a short passage of the matched text with each match between « and »
 * @param score    relevance; higher is better, comparable only within one result list
 * @param matches  where the matches are in {@link #plainSnippet()}, for a UI that bolds them
 */
public record SearchHit(String kind, String paperId, int page, String targetId, String title, String snippet,
        float score, List<Span> matches) {

    /** Marks the start of a match in {@link #snippet()}. */
    public static final char MARK_OPEN = '«';
    /** Marks the end of a match in {@link #snippet()}. */
    public static final char MARK_CLOSE = '»';

    public SearchHit {
        matches = matches == null ? List.of() : List.copyOf(matches);
        snippet = snippet == null ? "" : snippet;
    }

    /** A hit without match offsets. */
    public SearchHit(String kind, String paperId, int page, String targetId, String title, String snippet, float score) {
        this(kind, paperId, page, targetId, title, snippet, score, List.of());
    }

    /** The snippet without the « » marks; {@link #matches()} index into this text. */
    public String plainSnippet() {
        StringBuilder b = new StringBuilder(snippet.length());
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c != MARK_OPEN && c != MARK_CLOSE) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The matched words, in order, as they appear in the snippet. */
    public List<String> matchedText() {
        String plain = plainSnippet();
        return matches.stream().map(s -> plain.substring(s.start(), s.end())).toList();
    }

    /**
     * A match in the plain snippet.
     *
     * @param start first character, inclusive
     * @param end   last character, exclusive
     */
    public record Span(int start, int end) {
    }
}
