package dev.gloss.publish.impl.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How one platform does OAuth 2.0 authorization code sign-in: where its authorization page and
 * token endpoint are (from the workspace's settings, so tests and proxies can point elsewhere),
 * which scopes Gloss asks for, how scopes are joined, how the app proves who it is at the token
 * endpoint, and whether it takes PKCE.
 *
 * @param platform       x, linkedin, threads
 * @param authorize      the authorization page the browser opens
 * @param token          the token endpoint (code exchange and refresh)
 * @param scopes         the scopes asked for
 * @param scopeSeparator " " (RFC 6749) or "," (Threads)
 * @param clientAuth     how the client authenticates at the token endpoint
 * @param pkce           whether S256 PKCE is sent (X always; LinkedIn for native apps; Threads no)
 */
public record OAuthProvider(String platform, URI authorize, URI token, List<String> scopes, String scopeSeparator,
        ClientAuth clientAuth, boolean pkce) {

    /** How the app authenticates at the token endpoint. */
    public enum ClientAuth {
        /**
         * X: a confidential client (one with a secret) sends HTTP Basic; a public client sends
         * {@code client_id} in the body.
         */
        BASIC_WHEN_SECRET,
        /** LinkedIn, Threads: {@code client_id} and (when there is one) {@code client_secret} in the body. */
        IN_BODY
    }

    public OAuthProvider {
        scopes = List.copyOf(scopes);
    }

    /** The URL the browser opens: response_type=code, the client, the redirect, the scopes, the state and the challenge. */
    public URI authorizationUrl(String clientId, URI redirect, Pkce secrets) {
        List<String> q = new ArrayList<>();
        q.add(param("response_type", "code"));
        q.add(param("client_id", clientId));
        q.add(param("redirect_uri", redirect.toString()));
        q.add(param("scope", String.join(scopeSeparator, scopes)));
        q.add(param("state", secrets.state()));
        if (pkce) {
            q.add(param("code_challenge", secrets.challenge()));
            q.add(param("code_challenge_method", "S256"));
        }
        String base = authorize.toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + String.join("&", q));
    }

    static String param(String name, String value) {
        // RFC 3986 percent-encoding (a space as %20, which every provider reads; '+' is not safe in X's scope)
        return enc(name) + "=" + enc(value);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
