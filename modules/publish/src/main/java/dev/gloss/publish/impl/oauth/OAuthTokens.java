package dev.gloss.publish.impl.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * What a sign-in left to keep, as one secret (JSON) in the keyring or the CLI's 0600 file: the
 * tokens, when they expire, and what refreshing them needs (the app's client id and secret, the
 * token endpoint that issued them). A secret given as plain text (an environment variable, a
 * token pasted from a developer portal) is an access token with nothing to refresh it.
 *
 * @param accessToken      sent as {@code Authorization: Bearer}
 * @param refreshToken     X's and some LinkedIn apps' refresh token; null when there is none
 * @param expiresAt        when the access token stops working; null when not said
 * @param refreshExpiresAt when the refresh token stops working (LinkedIn); null when not said
 * @param issuedAt         when the access token was issued (Threads refreshes a token 24 hours old at the earliest)
 * @param scope            the scopes granted, as the server wrote them
 * @param clientId         the app's client id
 * @param clientSecret     the app's secret, when it has one (LinkedIn, Threads; X confidential clients)
 * @param tokenUrl         the endpoint that issued the tokens, where they are refreshed
 * @param userId           the user id the token endpoint named (Threads), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt, Instant refreshExpiresAt, Instant issuedAt,
        String scope, String clientId, String clientSecret, String tokenUrl, String userId) {

    /** A bare access token (from the environment or pasted), with nothing to refresh it. */
    public static OAuthTokens bare(String accessToken) {
        return new OAuthTokens(accessToken, null, null, null, null, null, null, null, null, null);
    }

    /** A stored secret: the JSON this class writes, or a bare token. */
    public static OAuthTokens parse(char[] secret) {
        String s = new String(secret).strip();
        if (s.startsWith("{")) {
            try {
                return Json.MAPPER.readValue(s, OAuthTokens.class);
            } catch (JsonProcessingException e) {
                // a token that happens to start with a brace
                return bare(s);
            }
        }
        return bare(s);
    }

    /** The secret to store. */
    public char[] toSecret() {
        return Json.compact(this).toCharArray();
    }

    /** Whether the access token expires within {@code margin} of {@code now} (false when its expiry is not known). */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
    }

    /** Whether the access token has expired at {@code now}. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The same app and endpoint with newly issued tokens (a field the new ones leave out keeps its old value). */
    public OAuthTokens renewed(OAuthTokens fresh) {
        return new OAuthTokens(fresh.accessToken,
                fresh.refreshToken != null ? fresh.refreshToken : refreshToken,
                fresh.expiresAt,
                fresh.refreshExpiresAt != null ? fresh.refreshExpiresAt : refreshExpiresAt,
                fresh.issuedAt,
                fresh.scope != null ? fresh.scope : scope,
                clientId, clientSecret, tokenUrl,
                fresh.userId != null ? fresh.userId : userId);
    }

    /** With the app that asked for them. */
    public OAuthTokens withClient(String newClientId, String newClientSecret, String newTokenUrl) {
        return new OAuthTokens(accessToken, refreshToken, expiresAt, refreshExpiresAt, issuedAt, scope, newClientId, newClientSecret,
                newTokenUrl, userId);
    }

    public OAuthTokens withAccessToken(String token, Instant newExpiresAt, Instant newIssuedAt) {
        return new OAuthTokens(token, refreshToken, newExpiresAt, refreshExpiresAt, newIssuedAt, scope, clientId, clientSecret, tokenUrl,
                userId);
    }

    public OAuthTokens withTokenUrl(String newTokenUrl) {
        return new OAuthTokens(accessToken, refreshToken, expiresAt, refreshExpiresAt, issuedAt, scope, clientId, clientSecret,
                newTokenUrl, userId);
    }

    /** For logs: never the tokens. */
    @Override
    public String toString() {
        return "OAuthTokens[expiresAt=" + expiresAt + ", refresh=" + (refreshToken != null) + ", scope=" + scope + "]";
    }

    /** The tokens the job's account keeps as its secret; the secret's characters wiped once read. */
    public static OAuthTokens of(PublishJob job) throws PublishException {
        AccountRef account = job.account();
        char[] secret = job.secrets().requireCredential(account.id(), "@" + account.handle(), account.service());
        try {
            return parse(secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Keeps refreshed tokens as the job's account's secret (its characters wiped once written). */
    public static void keep(PublishJob job, OAuthTokens fresh) {
        char[] s = fresh.toSecret();
        try {
            job.secrets().saveCredential(job.account().id(), s);
        } finally {
            Arrays.fill(s, '\0');
        }
    }
}
