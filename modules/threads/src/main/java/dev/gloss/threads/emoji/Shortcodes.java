package dev.gloss.threads.emoji;

import java.util.List;
import java.util.Optional;

/**
 * {@code :short_name:} while typing: the part after a colon is completed from the short names of
 * {@link EmojiIndex}, as in Slack or GitHub. A colon counts only at the start of the text or after
 * white space or an opening bracket, so {@code 12:30}, {@code https:} and {@code re:} open nothing,
 * and only once two characters follow it.
 *
 * <pre>{@code
 * Optional<Shortcodes.Token> t = Shortcodes.tokenBefore(text, caret);   // ":micro" before the caret
 * List<Emoji> offer = t.map(x -> Shortcodes.complete(x.query(), 8)).orElse(List.of());
 * }</pre>
 */
public final class Shortcodes {

    /** Characters typed after the colon before anything is offered. */
    public static final int MIN_QUERY = 2;

    /**
     * A short name being typed: {@code text[start, end)} is the colon and the query.
     *
     * @param closed whether the name is closed with its second colon ({@code :wave:})
     */
    public record Token(int start, int end, String query, boolean closed) {
    }

    private Shortcodes() {
    }

    /** The short name being typed right before {@code caret}, if any. */
    public static Optional<Token> tokenBefore(CharSequence text, int caret) {
        if (caret <= 0 || caret > text.length()) {
            return Optional.empty();
        }
        boolean closed = text.charAt(caret - 1) == ':';
        int end = closed ? caret - 1 : caret;
        int i = end;
        while (i > 0 && isNameChar(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != ':' || end - i < MIN_QUERY) {
            return Optional.empty();
        }
        int colon = i - 1;
        if (colon > 0) {
            char before = text.charAt(colon - 1);
            if (!Character.isWhitespace(before) && "([{\"'".indexOf(before) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new Token(colon, caret, text.subSequence(i, end).toString(), closed));
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+'
                || c == '-';
    }

    /** The emoji to offer for a query: short names first, see {@link EmojiIndex#search}. */
    public static List<Emoji> complete(String query, int limit) {
        return EmojiIndex.get().search(query, limit);
    }

    /** The emoji a closed token names exactly ({@code :wave:}), if any. */
    public static Optional<Emoji> exact(Token token) {
        return token.closed() ? EmojiIndex.get().byShortName(token.query()) : Optional.empty();
    }
}
