package dev.gloss.threads;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon's "countable text": the server (StatusLengthValidator) replaces every URL that has a
 * scheme by 23 characters and every mention {@code @user@domain} by {@code @user}, then counts
 * grapheme clusters. URLs are found with twitter-text (which Mastodon's extractor derives from),
 * scheme required; mentions with Mastodon's {@code Account::MENTION_RE}.
 */
final class MastodonText {

    static final int URL_LENGTH = 23;
    private static final String URL_PLACEHOLDER = "x".repeat(URL_LENGTH);
    private static final String WORD = "[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]";
    /** {@code @user} or {@code @user@domain}; group 1 is the local part. */
    static final Pattern MENTION = Pattern.compile(
            "(?<![=/" + WORD.substring(1, WORD.length() - 1) + "])@((?i:[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*))"
                    + "(?:@" + WORD + "+(?:[.-]+" + WORD + "+)*)?");

    private MastodonText() {
    }

    private record Span(int start, int end, String replacement) {
    }

    /** The text as Mastodon counts it. */
    static String countable(String text) {
        List<Span> spans = new ArrayList<>();
        Extractor extractor = new Extractor();
        extractor.setExtractURLWithoutProtocol(false);
        for (Extractor.Entity e : extractor.extractURLsWithIndices(text)) {
            spans.add(new Span(e.getStart(), e.getEnd(), URL_PLACEHOLDER));
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), "@" + m.group(1)));
        }
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (Span s : spans) {
            if (s.start() < pos) {
                continue; // overlapping entity: the earlier one wins, as in Mastodon
            }
            out.append(text, pos, s.start()).append(s.replacement());
            pos = s.end();
        }
        return out.append(text, pos, text.length()).toString();
    }
}
