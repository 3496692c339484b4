package dev.gloss.publish.impl.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An OAuth 2.0 token endpoint (RFC 6749 §4.1.3 and §6): exchanges an authorization code (with
 * its PKCE verifier) for tokens and refreshes them. The code exchange is sent once: a code is
 * good for one use (X: 30 seconds), so a lost answer cannot be repeated and the user signs in
 * again. A refresh is retried on a busy server only (429, 5xx), since X gives a new refresh token
 * each time and the old one stops working.
 */
public final class TokenEndpoint {
    private final HttpTransport http;
    private final Retry retry;
    private final Clock clock;

    public TokenEndpoint(HttpTransport http, Retry retry, Clock clock) {
        this.http = http;
        this.retry = retry;
        this.clock = clock;
    }

    /** Exchanges the code the redirect brought for tokens. */
    public OAuthTokens exchange(OAuthProvider p, String clientId, String clientSecret, String code, URI redirect, Pkce secrets)
            throws RemoteException {
        List<String> form = new ArrayList<>();
        form.add(OAuthProvider.param("grant_type", "authorization_code"));
        form.add(OAuthProvider.param("code", code));
        form.add(OAuthProvider.param("redirect_uri", redirect.toString()));
        if (p.pkce()) {
            form.add(OAuthProvider.param("code_verifier", secrets.verifier()));
        }
        HttpRequest.Builder b = request(p.token(), p.clientAuth(), clientId, clientSecret, form);
        JsonNode n = http.send(b).json();
        return tokens(n).withClient(clientId, blankToNull(clientSecret), p.token().toString());
    }

    /** New tokens for a refresh token (grant_type=refresh_token at the endpoint that issued them). */
    public OAuthTokens refresh(OAuthTokens old, OAuthProvider.ClientAuth auth) throws RemoteException {
        List<String> form = new ArrayList<>();
        form.add(OAuthProvider.param("grant_type", "refresh_token"));
        form.add(OAuthProvider.param("refresh_token", old.refreshToken()));
        URI endpoint = URI.create(old.tokenUrl());
        JsonNode n = retry.run(() -> {
            try {
                return http.send(request(endpoint, auth, old.clientId(), old.clientSecret(), form)).json();
            } catch (RemoteException e) {
                // a refresh the server may have carried out is not repeated: its old token is spent
                if (e.status() == 0) {
                    throw new RemoteException(e.host(), 400, "no_answer", e.getMessage(), null);
                }
                throw e;
            }
        });
        return old.renewed(tokens(n));
    }

    private HttpRequest.Builder request(URI endpoint, OAuthProvider.ClientAuth auth, String clientId, String clientSecret,
            List<String> form) {
        List<String> body = new ArrayList<>(form);
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        boolean secret = clientSecret != null && !clientSecret.isBlank();
        if (auth == OAuthProvider.ClientAuth.BASIC_WHEN_SECRET && secret) {
            String basic = Base64.getEncoder().encodeToString((OAuthProvider.enc(clientId) + ":" + OAuthProvider.enc(clientSecret))
                    .getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + basic);
        } else {
            body.add(OAuthProvider.param("client_id", clientId));
            if (secret) {
                body.add(OAuthProvider.param("client_secret", clientSecret));
            }
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(String.join("&", body), StandardCharsets.UTF_8));
    }

    /** A token response: access_token, refresh_token, expires_in, refresh_token_expires_in, scope, user_id. */
    OAuthTokens tokens(JsonNode n) throws RemoteException {
        String access = n.path("access_token").asText("");
        if (access.isEmpty()) {
            throw new RemoteException("token endpoint", 502, "no_access_token", "the answer held no access token", null);
        }
        Instant now = clock.instant();
        Instant expires = n.hasNonNull("expires_in") ? now.plusSeconds(n.path("expires_in").asLong()) : null;
        Instant refreshExpires = n.hasNonNull("refresh_token_expires_in") ? now.plusSeconds(n.path("refresh_token_expires_in").asLong())
                : null;
        String user = n.hasNonNull("user_id") ? n.path("user_id").asText() : null;
        return new OAuthTokens(access, n.hasNonNull("refresh_token") ? n.path("refresh_token").asText() : null, expires, refreshExpires,
                now, n.hasNonNull("scope") ? n.path("scope").asText() : null, null, null, null, user);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
