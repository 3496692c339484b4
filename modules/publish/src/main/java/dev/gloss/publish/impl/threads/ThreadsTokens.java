package dev.gloss.publish.impl.threads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Threads' own token steps after the code exchange: a short-lived token (an hour) is exchanged
 * for a long-lived one of 60 days ({@code GET /access_token?grant_type=th_exchange_token}), which
 * is refreshed ({@code GET /refresh_access_token?grant_type=th_refresh_token}) once it is at
 * least 24 hours old and before it expires. Both live beside the token endpoint, on
 * graph.threads.net's root.
 */
public final class ThreadsTokens {
    /** Threads refreshes a long-lived token only once it is a day old. */
    static final Duration MIN_AGE = Duration.ofDays(1);
    /** Refreshed when less than this is left of its 60 days (it is refreshed on any publish after its first day). */
    public static final Duration MARGIN = Duration.ofDays(59);

    private final HttpTransport http;
    private final Retry retry;
    private final Clock clock;

    public ThreadsTokens(HttpTransport http, Retry retry, Clock clock) {
        this.http = http;
        this.retry = retry;
        this.clock = clock;
    }

    /** The long-lived token for a short-lived one. */
    public OAuthTokens longLived(OAuthTokens shortLived) throws RemoteException {
        URI u = root(shortLived).resolve("access_token?grant_type=th_exchange_token&client_secret=" + enc(shortLived.clientSecret())
                + "&access_token=" + enc(shortLived.accessToken()));
        return with(shortLived, retry.run(() -> http.send(HttpRequest.newBuilder(u).GET()).json()));
    }

    /** A refreshed long-lived token, or null while it is less than a day old (it has most of its 60 days then). */
    public OAuthTokens refresh(OAuthTokens t) throws RemoteException {
        if (t.issuedAt() != null && Duration.between(t.issuedAt(), clock.instant()).compareTo(MIN_AGE) < 0) {
            return null;
        }
        URI u = root(t).resolve("refresh_access_token?grant_type=th_refresh_token&access_token=" + enc(t.accessToken()));
        return with(t, retry.run(() -> http.send(HttpRequest.newBuilder(u).GET()).json()));
    }

    private OAuthTokens with(OAuthTokens old, JsonNode n) throws RemoteException {
        String token = n.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new RemoteException(HttpTransport.hostOf(root(old)), 502, "no_access_token", "the answer held no access token", null);
        }
        Instant now = clock.instant();
        return old.withAccessToken(token, n.hasNonNull("expires_in") ? now.plusSeconds(n.path("expires_in").asLong()) : null, now);
    }

    /** graph.threads.net's root, from the token endpoint that issued the tokens ({@code https://graph.threads.net/oauth/access_token}). */
    static URI root(OAuthTokens t) {
        return URI.create(t.tokenUrl()).resolve("/");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
