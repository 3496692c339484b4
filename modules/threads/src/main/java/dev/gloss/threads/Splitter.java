package dev.gloss.threads;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long text into posts that each fit a platform's limit.
 *
 * <p>Rules, in order:
 * <ul>
 * <li>Posts are cut at paragraph breaks (a blank line) where possible, else at sentence ends,
 *     else after a clause ({@code ;}, {@code :}, a dash), else after a comma, else between words (white space; in CJK, Thai and similar scripts where ICU's line breaker
 *     allows). A single newline is an ordinary word break, since extracted paper text wraps lines
 *     inside paragraphs.</li>
 * <li>Packing is greedy and hierarchical: a paragraph that fits the current post joins it; one
 *     that fits a post of its own starts a new post; only a paragraph that fits no post is cut
 *     into sentences, and likewise sentences into clauses, clauses into phrases and those into words. Before such a cut the current post ends
 *     at the paragraph (sentence) boundary if it is at least a third full; a shorter one, such as
 *     a heading, is filled with the first sentences (words) of the cut unit instead.</li>
 * <li>A URL, mention, hashtag or emoji sequence is never cut, with one exception: a single
 *     "word" longer than the limit (say a 400-character URL for Bluesky) is hard-cut at grapheme
 *     boundaries, outside links and mentions if the word has other parts, else inside it. That is
 *     the only case where a post ends inside a word.</li>
 * <li>Each post is a stretch of the input with surrounding white space trimmed; white space inside
 *     a post (including paragraph breaks) is kept. So the words and their order are kept: joining
 *     the posts with single spaces and collapsing white space gives back the input's words
 *     (except where a word was hard-cut or CJK text was cut, which has no space to restore).</li>
 * <li>With numbering, {@code " n/N"} is appended to every post and counted in its length; the
 *     split is redone until N is stable (more digits may need more posts). A text that fits one
 *     post is returned unnumbered.</li>
 * <li>Deterministic: the same input and rules give the same posts.</li>
 * </ul>
 *
 * <pre>{@code
 * List<String> posts = Splitter.split(text, PlatformRules.of(Platform.BLUESKY), true);
 * }</pre>
 */
public final class Splitter {

    private static final int MAX_NUMBERING_ROUNDS = 64;

    private Splitter() {
    }

    /**
     * The posts for {@code text}; empty for blank text.
     *
     * @throws ThreadsException when the limit is too small to hold even one character (with the
     *                          numbering, if asked for)
     */
    public static List<String> split(String text, PlatformRules rules, boolean numbering) {
        if (rules == null) {
            throw new ThreadsException(ThreadsException.Reason.NO_PLATFORM, Platform.validIds());
        }
        return split(text, List.of(rules), numbering);
    }

    /**
     * The posts for {@code text} such that each fits every one of {@code rules} (a thread meant for
     * several platforms); empty for blank text.
     *
     * @throws ThreadsException when no platform is given, or a limit is too small to hold even one
     *                          character (with the numbering, if asked for)
     */
    public static List<String> split(String text, List<PlatformRules> rules, boolean numbering) {
        if (rules == null || rules.isEmpty() || rules.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ThreadsException(ThreadsException.Reason.NO_PLATFORM, Platform.validIds());
        }
        if (text == null || text.isBlank()) {
            return List.of();
        }
        BreakMap breaks = new BreakMap(text);
        List<int[]> plain = new Packer(text, rules, breaks, n -> "").pack();
        if (!numbering || plain.size() <= 1) {
            return render(text, plain, 0);
        }
        int total = plain.size();
        for (int round = 0; round < MAX_NUMBERING_ROUNDS; round++) {
            final int guess = total;
            List<int[]> posts = new Packer(text, rules, breaks, n -> suffix(n, guess)).pack();
            if (posts.size() <= guess) {
                // Fewer posts than guessed: the real N has no more digits than the guess, so every
                // suffix gets no wider and every post still fits.
                return render(text, posts, posts.size());
            }
            total = posts.size();
        }
        // Unreachable in practice: N only grows and is bounded by the number of graphemes.
        throw new IllegalStateException("Numbering did not settle after " + MAX_NUMBERING_ROUNDS + " rounds.");
    }

    /** The numbering appended to post {@code n} of {@code total}: {@code " n/total"}. */
    public static String suffix(int n, int total) {
        return " " + n + "/" + total;
    }

    private static List<String> render(String text, List<int[]> ranges, int total) {
        List<String> out = new ArrayList<>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            String post = text.substring(ranges.get(i)[0], ranges.get(i)[1]).strip();
            out.add(total > 0 ? post + suffix(i + 1, total) : post);
        }
        return List.copyOf(out);
    }
}
