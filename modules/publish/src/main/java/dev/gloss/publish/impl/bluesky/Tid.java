package dev.gloss.publish.impl.bluesky;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * AT Protocol timestamp identifiers, the record keys of {@code app.bsky.feed.post}: 64 bits (top
 * bit 0, 53 bits of microseconds since the epoch, 10 bits of clock id) written as 13 characters
 * of base32-sortable ({@code 234567a-z}).
 * <p>
 * Gloss does not take the time of publishing: the key of each post is derived from what every
 * copy of the workspace agrees on ({@link #forPost}), so two publishers of one queue entry, on
 * two machines that never talked to each other, write the same record under the same key, and
 * the second write finds the first instead of posting twice.
 */
public final class Tid {
    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final Pattern SYNTAX = Pattern.compile("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");
    /** How far a thread's first post sits after the second of its scheduled time, at most (microseconds). */
    private static final long SPREAD_MICROS = 500_000;

    private Tid() {
    }

    /** The key and {@code createdAt} of one post of a queue entry. */
    public record PostTime(String rkey, Instant createdAt) {
    }

    /**
     * The record key and {@code createdAt} of post {@code index} (from 0) of a queue entry due at
     * {@code at}: the key's time is the scheduled second, plus up to half a second taken from a
     * hash of the entry id (so two entries due at the same minute differ), plus one millisecond
     * per post; its clock id is 10 more bits of that hash. {@code createdAt} is the key's time to
     * the millisecond. Both grow strictly within a thread.
     */
    public static PostTime forPost(String entryId, Instant at, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative post index");
        }
        byte[] h = sha256(entryId);
        int clockId = ((h[0] & 0xff) << 2) | ((h[1] & 0xff) >>> 6);
        long offset = (((h[2] & 0xffL) << 16) | ((h[3] & 0xffL) << 8) | (h[4] & 0xffL)) % SPREAD_MICROS;
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at.truncatedTo(ChronoUnit.SECONDS)) + offset + index * 1000L;
        String rkey = encode((micros << 10) | clockId);
        return new PostTime(rkey, instantOf(rkey).truncatedTo(ChronoUnit.MILLIS));
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
        return Instant.EPOCH.plus(value(tid) >>> 10, ChronoUnit.MICROS);
    }

    /** The 10-bit clock id of a TID. */
    public static int clockIdOf(String tid) {
        return (int) (value(tid) & 1023);
    }

    private static long value(String tid) {
        if (!isValid(tid)) {
            throw new IllegalArgumentException("not a TID: " + tid);
        }
        long v = 0;
        for (char c : tid.toCharArray()) {
            v = (v << 5) | ALPHABET.indexOf(c);
        }
        return v;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
