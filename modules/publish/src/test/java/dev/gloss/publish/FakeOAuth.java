package dev.gloss.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.impl.oauth.Pkce;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The authorization server of a test service, as each platform documents it:
 * <ul>
 * <li>X ({@code /i/oauth2/authorize}, {@code POST /2/oauth2/token}): PKCE required (S256 or
 *     plain), the code good for 30 seconds and one use, a public client names itself in the
 *     body and a confidential one with HTTP Basic; access tokens last 2 hours; with
 *     {@code offline.access} a refresh token, which is rotated: the old one stops working the
 *     moment it is used. Errors {@code {"error", "error_description"}}.</li>
 * <li>LinkedIn ({@code /oauth/v2/authorization}, {@code POST /oauth/v2/accessToken}): client id
 *     and secret in the body (or PKCE for a native app with no secret), tokens of 60 days, scopes
 *     answered comma-separated; a refresh token only for an app LinkedIn approved for
 *     programmatic refresh ({@link #withRefreshTokens()}).</li>
 * <li>Threads ({@code /oauth/authorize}, {@code POST /oauth/access_token}): client id and secret
 *     in the body, no PKCE, the answer {@code {access_token, user_id}}; errors in the Graph form.</li>
 * </ul>
 * The browser's user always consents (or, when told, refuses with {@code access_denied}).
 */
public final class FakeOAuth {
    /** Whose rules. */
    public enum Style { X, LINKEDIN, THREADS }

    private record Grant(String user, String clientId, String redirect, String challenge, String method, String scope, Instant at) {
    }

    /** What a token stands for. */
    public record Token(String user, String scope, Instant expires) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Style style;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Token> access = new ConcurrentHashMap<>();
    private final Map<String, Token> refresh = new ConcurrentHashMap<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile String user;
    private volatile boolean refuse;
    private volatile boolean linkedInRefresh;
    private volatile Duration accessLifetime;
    private volatile Duration clockSkew = Duration.ZERO;

    /** @param clientSecret the app's secret, or null for a public client */
    public FakeOAuth(Style style, String clientId, String clientSecret, String user) {
        this.style = style;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.user = user;
        this.accessLifetime = style == Style.X ? Duration.ofHours(2) : style == Style.LINKEDIN ? Duration.ofDays(60) : Duration.ofHours(1);
    }

    /** LinkedIn: the app is one of the partners given refresh tokens. */
    public FakeOAuth withRefreshTokens() {
        linkedInRefresh = true;
        return this;
    }

    public FakeOAuth refuseNext() {
        refuse = true;
        return this;
    }

    public FakeOAuth accessLifetime(Duration d) {
        accessLifetime = d;
        return this;
    }

    /** The server's clock moves on (tokens expire). */
    public void advance(Duration d) {
        clockSkew = clockSkew.plus(d);
    }

    public Instant now() {
        return Instant.now().plus(clockSkew);
    }

    public int refreshes() {
        return refreshes.get();
    }

    /** Lets {@code token} act as {@code user} (a token pasted from a developer portal). */
    public FakeOAuth issue(String token, String forUser, String scope) {
        access.put(token, new Token(forUser, scope, now().plus(accessLifetime)));
        return this;
    }

    /** The token's grant when it is valid now, else null. */
    public Token valid(String token) {
        Token t = token == null ? null : access.get(token);
        return t != null && now().isBefore(t.expires()) ? t : null;
    }

    /** Revokes every token (the user removed the app). */
    public void revokeAll() {
        access.clear();
        refresh.clear();
    }

    /** The authorization page: the user consents at once and is sent back to the redirect URI. */
    public FakeService.Reply authorize(FakeService.Request r) {
        Map<String, String> q = r.query();
        String redirect = q.get("redirect_uri");
        if (!clientId.equals(q.get("client_id")) || redirect == null) {
            return page(400, "Something went wrong: the app's client id or redirect is not valid.");
        }
        if (!"code".equals(q.get("response_type"))) {
            return back(redirect, "error=unsupported_response_type&state=" + enc(q.get("state")));
        }
        String challenge = q.get("code_challenge");
        if (style == Style.X && challenge == null) {
            return back(redirect, "error=invalid_request&error_description=" + enc("Missing required parameter [code_challenge].")
                    + "&state=" + enc(q.get("state")));
        }
        if (refuse) {
            refuse = false;
            return back(redirect, "error=access_denied&error_description=" + enc("The user cancelled the authorization")
                    + (q.get("state") == null ? "" : "&state=" + enc(q.get("state"))));
        }
        String code = random();
        codes.put(code, new Grant(user, clientId, redirect, challenge, q.getOrDefault("code_challenge_method", "plain"),
                q.getOrDefault("scope", ""), now()));
        return back(redirect, "code=" + enc(code) + (q.get("state") == null ? "" : "&state=" + enc(q.get("state"))));
    }

    /** The token endpoint: {@code authorization_code} and {@code refresh_token} grants. */
    public FakeService.Reply token(FakeService.Request r) {
        Map<String, String> f = r.form();
        String client = f.get("client_id");
        String secret = f.get("client_secret");
        String basic = r.header("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            client = java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (!clientId.equals(client)) {
            return error(401, "invalid_client", "Client authentication failed.");
        }
        boolean needsSecret = clientSecret != null && (style != Style.LINKEDIN || f.get("code_verifier") == null);
        if (needsSecret && !clientSecret.equals(secret)) {
            return style == Style.X ? error(401, "unauthorized_client", "Missing valid authorization header")
                    : error(401, "invalid_client", "Client authentication failed.");
        }
        String grant = f.get("grant_type");
        if ("authorization_code".equals(grant)) {
            Grant g = codes.remove(String.valueOf(f.get("code")));
            if (g == null || Duration.between(g.at(), now()).compareTo(Duration.ofSeconds(30)) > 0
                    || !g.redirect().equals(f.get("redirect_uri"))) {
                return error(400, "invalid_request", style == Style.X ? "Value passed for the authorization code was invalid."
                        : "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code.");
            }
            if (g.challenge() != null) {
                String verifier = f.getOrDefault("code_verifier", "");
                String expected = "S256".equals(g.method()) ? Pkce.challengeOf(verifier) : verifier;
                if (!expected.equals(g.challenge())) {
                    return error(400, "invalid_request", "Value passed for the code verifier was invalid.");
                }
            }
            return issued(g.user(), g.scope(), g.scope().contains("offline.access") || style == Style.LINKEDIN && linkedInRefresh);
        }
        if ("refresh_token".equals(grant) && style != Style.THREADS) {
            Token t = refresh.remove(String.valueOf(f.get("refresh_token")));
            if (t == null) {
                return error(400, "invalid_request", "Value passed for the token was invalid.");
            }
            refreshes.incrementAndGet();
            return issued(t.user(), t.scope(), true);
        }
        return error(400, "unsupported_grant_type", "The grant type is not supported.");
    }

    private FakeService.Reply issued(String forUser, String scope, boolean withRefresh) {
        String a = random();
        Instant now = now();
        access.put(a, new Token(forUser, scope, now.plus(accessLifetime)));
        ObjectNode n = FakeService.object();
        if (style == Style.THREADS) {
            n.put("access_token", a);
            n.put("user_id", Long.parseLong(forUser));
            return FakeService.Reply.json(200, n);
        }
        n.put("token_type", style == Style.X ? "bearer" : "Bearer");
        n.put("expires_in", accessLifetime.toSeconds());
        n.put("access_token", a);
        n.put("scope", style == Style.LINKEDIN ? scope.replace(' ', ',') : scope);
        if (withRefresh) {
            String rt = random();
            refresh.put(rt, new Token(forUser, scope, now.plus(Duration.ofDays(365))));
            n.put("refresh_token", rt);
            if (style == Style.LINKEDIN) {
                n.put("refresh_token_expires_in", Duration.ofDays(365).toSeconds());
            }
        }
        return FakeService.Reply.json(200, n);
    }

    private FakeService.Reply error(int status, String error, String description) {
        if (style == Style.THREADS) {
            ObjectNode n = FakeService.object();
            ObjectNode e = n.putObject("error");
            e.put("message", description);
            e.put("type", "OAuthException");
            e.put("code", 100);
            e.put("fbtrace_id", "A" + random().substring(0, 10));
            return FakeService.Reply.json(400, n);
        }
        return FakeService.Reply.json(status, FakeService.object().put("error", error).put("error_description", description));
    }

    private static FakeService.Reply back(String redirect, String query) {
        return FakeService.Reply.empty(302).with("Location", redirect + (redirect.contains("?") ? "&" : "?") + query);
    }

    private static FakeService.Reply page(int status, String text) {
        return new FakeService.Reply(status, Map.of("Content-Type", "text/html"), ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8));
    }

    public static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String random() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The scopes of a grant, split as the platform writes them. */
    public static Set<String> scopes(Token t) {
        return Set.of(t.scope().split("[ ,]+"));
    }

    /** The browser: opens the authorization URL and follows the redirect back to the loopback listener. */
    public static void browse(URI authorize) throws Exception {
        String location = allow(authorize);
        java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(URI.create(location)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A browser on another machine: allows the app and stops at the redirect, which never
     * reaches this one. Returns the address it ended on, for the user to paste.
     */
    public static String allow(URI authorize) throws Exception {
        java.net.http.HttpClient c = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpResponse<String> r = c.send(java.net.http.HttpRequest.newBuilder(authorize).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + r.body()));
    }
}
