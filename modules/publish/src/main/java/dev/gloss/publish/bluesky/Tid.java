package dev.gloss.publish.bluesky;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * AT Protocol timestamp identifiers, the record keys of {@code app.bsky.feed.post}: 64 bits (top
 * bit 0, 53 bits of microseconds since the epoch, 10 bits of clock id) written as 13 characters
 * of base32-sortable ({@code 234567a-z}). Gloss chooses the key of each post itself and saves it
 * before the request, so a retry can ask whether that record already exists.
 */
public final class Tid {
    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final Pattern SYNTAX = Pattern.compile("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");
    private static final int CLOCK_ID = new SecureRandom().nextInt(1024);
    private static long last;

    private Tid() {
    }

    /** A new TID from {@code clock}, strictly greater than every earlier one of this process. */
    public static String next(Clock clock) {
        Instant now = clock.instant();
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
        long value;
        synchronized (Tid.class) {
            value = (micros << 10) | CLOCK_ID;
            if (value <= last) {
                value = last + 1;
            }
            last = value;
        }
        return encode(value);
    }

    /** The 13-character form of a 63-bit value. */
    static String encode(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a TID's top bit must be 0");
        }
        char[] out = new char[13];
        for (int i = 12; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }

    /** Whether {@code s} has the syntax of a TID. */
    public static boolean isValid(String s) {
        return s != null && SYNTAX.matcher(s).matches();
    }

    /** The instant a TID was made at (to the microsecond). */
    public static Instant instantOf(String tid) {
        if (!isValid(tid)) {
            throw new IllegalArgumentException("not a TID: " + tid);
        }
        long v = 0;
        for (char c : tid.toCharArray()) {
            v = (v << 5) | ALPHABET.indexOf(c);
        }
        return Instant.EPOCH.plus(v >>> 10, ChronoUnit.MICROS);
    }
}
