package dev.gloss.publish.impl.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One authorization request's secrets (RFC 7636, RFC 6749 §10.12): a code verifier of 43
 * unreserved characters (32 random bytes, base64url), its S256 challenge, and a {@code state}
 * that ties the browser's answer to this request.
 *
 * @param verifier  sent with the code exchange only, never in the browser
 * @param challenge BASE64URL(SHA-256(verifier)), sent in the authorization URL
 * @param state     random, compared with the {@code state} the redirect brings back
 */
public record Pkce(String verifier, String challenge, String state) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Fresh secrets for one sign-in. */
    public static Pkce create() {
        String verifier = random(32);
        return new Pkce(verifier, challengeOf(verifier), random(24));
    }

    /** The S256 challenge of a verifier. */
    public static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
