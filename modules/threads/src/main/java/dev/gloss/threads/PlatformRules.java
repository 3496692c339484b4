package dev.gloss.threads;

import java.nio.charset.StandardCharsets;

/**
 * A platform with the post limit that applies (its default, or an override such as a Mastodon
 * instance's {@code max_characters} or an X account allowed longer posts), and the platform's
 * own way of counting.
 *
 * <pre>{@code
 * PlatformRules rules = PlatformRules.of(Platform.MASTODON).withLimit(instanceMaxCharacters);
 * if (!rules.fits(text)) { ... }
 * }</pre>
 *
 * @param platform the platform
 * @param limit    the largest allowed {@link #count(String)}, at least 1
 */
public record PlatformRules(Platform platform, int limit) {

    /** Bluesky's lexicon also caps a post's text at 3000 UTF-8 bytes (app.bsky.feed.post maxLength). */
    public static final int BLUESKY_MAX_BYTES = 3000;

    public PlatformRules {
        if (platform == null) {
            throw new ThreadsException(ThreadsException.Reason.NO_PLATFORM, Platform.validIds());
        }
        if (limit < 1) {
            throw new ThreadsException(ThreadsException.Reason.LIMIT_BELOW_ONE, platform.displayName(), limit);
        }
    }

    /** The platform with its default limit. */
    public static PlatformRules of(Platform p) {
        if (p == null) {
            throw new ThreadsException(ThreadsException.Reason.NO_PLATFORM, Platform.validIds());
        }
        return new PlatformRules(p, p.defaultLimit());
    }

    /** The same platform with another limit (Mastodon instance limit, X longer posts). */
    public PlatformRules withLimit(int newLimit) {
        return new PlatformRules(platform, newLimit);
    }

    /**
     * The length of {@code text} as the platform counts it.
     * <ul>
     * <li>X: twitter-text 3.1.0 weighted length ({@code TwitterTextParser.parseTweet}): every URL
     *     (with or without scheme) 23, CJK and emoji sequences 2, most Latin characters 1.</li>
     * <li>Bluesky: extended grapheme clusters (ICU4J), what the lexicon's {@code maxGraphemes}
     *     limits. The Bluesky app shortens long links on display, but the record holds the full
     *     text, so the full text is counted.</li>
     * <li>Mastodon: grapheme clusters after replacing every URL with a scheme by 23 characters and
     *     every {@code @user@domain} by {@code @user}, as Mastodon's StatusLengthValidator does.</li>
     * <li>LinkedIn: UTF-16 code units of the post's commentary as Gloss sends it (reserved
     *     characters escaped, hashtags as templates: {@link LinkedInCommentary}), the field the
     *     3000 limit applies to. LinkedIn documents the limit in "characters" without a definition;
     *     its web composer measures JavaScript string length, where an emoji counts 2. UTF-16 units
     *     are never fewer than graphemes, so this never accepts a post LinkedIn refuses.</li>
     * <li>Threads: grapheme clusters, except that emoji count by their UTF-8 byte length, as
     *     Meta's Threads API documents for its 500-character limit.</li>
     * </ul>
     */
    public int count(String text) {
        String t = text == null ? "" : text;
        return switch (platform) {
            case X -> XCount.count(t);
            case BLUESKY -> Graphemes.count(t);
            case MASTODON -> Graphemes.count(MastodonText.countable(t));
            case LINKEDIN -> LinkedInCommentary.of(t).length();
            case THREADS -> ThreadsCount.count(t);
        };
    }

    /**
     * Whether {@code text} is within the limit. For Bluesky it must also be at most
     * {@value #BLUESKY_MAX_BYTES} UTF-8 bytes (a 300-grapheme text of ZWJ emoji can exceed it).
     * Only the length is checked: an empty text fits.
     */
    public boolean fits(String text) {
        String t = text == null ? "" : text;
        if (count(t) > limit) {
            return false;
        }
        return platform != Platform.BLUESKY || t.getBytes(StandardCharsets.UTF_8).length <= BLUESKY_MAX_BYTES;
    }
}
