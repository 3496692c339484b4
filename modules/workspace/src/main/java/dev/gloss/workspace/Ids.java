package dev.gloss.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** Identifiers: content-derived for papers, time-ordered and random for everything else. */
public final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A paper's id: the first 16 hex digits of its SHA-256, the same for the same file everywhere. */
    public static String paperId(String sha256Hex) {
        return sha256Hex.substring(0, 16);
    }

    /** The SHA-256 (hex) of a file's bytes: what a paper's id and its reading position are keyed by. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in, OutputStream.nullOutputStream());
        }
    }

    /**
     * Copies {@code in} to {@code out} and returns the SHA-256 (hex) of the bytes copied, so that
     * an import hashes the file while it copies it (one read).
     */
    public static String sha256(InputStream in, OutputStream out) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        new DigestInputStream(in, md).transferTo(out);
        return HexFormat.of().formatHex(md.digest());
    }

    /** A new id that sorts by creation time: 10 characters of milliseconds, 10 random (ULID-like). */
    public static String newId() {
        return newId(Instant.now());
    }

    static String newId(Instant when) {
        char[] out = new char[20];
        long time = when.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 20; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(32)];
        }
        return new String(out);
    }

    /** Whether a string is safe to use as a file name component (no separators, no dots first). */
    public static boolean isSafe(String id) {
        return id != null && id.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    }
}
