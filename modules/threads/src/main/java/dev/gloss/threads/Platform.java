package dev.gloss.threads;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A social platform a thread can target, with its default post limit.
 * How each platform counts is described on {@link PlatformRules#count(String)}.
 */
public enum Platform {
    /** X (Twitter): twitter-text weighted length, 280 (longer for some accounts). */
    X("x", "X", 280),
    /** Bluesky: 300 grapheme clusters (and at most 3000 UTF-8 bytes). */
    BLUESKY("bluesky", "Bluesky", 300),
    /** Mastodon: 500 by default, or the instance's {@code max_characters}. */
    MASTODON("mastodon", "Mastodon", 500),
    /** LinkedIn: 3000 for a post. */
    LINKEDIN("linkedin", "LinkedIn", 3000),
    /** Threads (Meta): 500. */
    THREADS("threads", "Threads", 500);

    private final String id;
    private final String displayName;
    private final int defaultLimit;

    Platform(String id, String displayName, int defaultLimit) {
        this.id = id;
        this.displayName = displayName;
        this.defaultLimit = defaultLimit;
    }

    /** The stable lower-case id used in files and on the command line, e.g. {@code "bluesky"}. */
    public String id() {
        return id;
    }

    /** The name to show to a user, e.g. {@code "LinkedIn"}. */
    public String displayName() {
        return displayName;
    }

    /** The platform's standard limit for one post. */
    public int defaultLimit() {
        return defaultLimit;
    }

    /** The rules with this platform's default limit; same as {@link PlatformRules#of(Platform)}. */
    public PlatformRules rules() {
        return PlatformRules.of(this);
    }

    /**
     * The platform with this id (case and surrounding blanks ignored).
     *
     * @throws ThreadsException (an {@link IllegalArgumentException}) naming the valid ids
     */
    public static Platform fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Platform p : values()) {
            if (p.id.equals(wanted)) {
                return p;
            }
        }
        throw new ThreadsException(ThreadsException.Reason.UNKNOWN_PLATFORM, id == null ? "" : id.strip(), validIds());
    }

    /** The valid ids, comma separated, for messages. */
    public static String validIds() {
        return Arrays.stream(values()).map(Platform::id).collect(Collectors.joining(", "));
    }
}
