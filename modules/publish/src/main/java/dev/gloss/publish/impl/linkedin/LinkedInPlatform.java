package dev.gloss.publish.impl.linkedin;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.publish.Endpoints;
import dev.gloss.publish.impl.oauth.AccessToken;
import dev.gloss.publish.impl.oauth.OAuthPlatform;
import dev.gloss.publish.impl.oauth.OAuthProvider;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.publish.impl.oauth.TokenEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * LinkedIn's 3-legged OAuth 2.0 for a member's own app ("Share on LinkedIn" and "Sign In with
 * LinkedIn using OpenID Connect"): the client id and secret in the body of the token request. No
 * PKCE: LinkedIn documents it only for native apps it has enabled on request ("reach out to your
 * point of contact at LinkedIn"), so an ordinary app needs its secret. Access tokens last 60 days;
 * refresh tokens are given only to apps LinkedIn approved for them, and are used when present;
 * otherwise the member signs in again, and is told before the token ends
 * ({@link dev.gloss.publish.Accounts#signInEnds}).
 */
public final class LinkedInPlatform implements OAuthPlatform {
    /** What Gloss asks for: to know the member (OpenID Connect) and to post and comment as them. */
    public static final List<String> SCOPES = List.of("openid", "profile", "w_member_social");
    /** A token with refresh is renewed a week before its 60 days end. */
    public static final Duration MARGIN = Duration.ofDays(7);

    @Override
    public String id() {
        return "linkedin";
    }

    @Override
    public String displayName() {
        return "LinkedIn";
    }

    @Override
    public OAuthProvider provider(Endpoints e) {
        return new OAuthProvider("linkedin", e.authorize(), e.token(), SCOPES, " ", OAuthProvider.ClientAuth.IN_BODY, false);
    }

    @Override
    public boolean needsSecret() {
        return true;
    }

    @Override
    public List<String> requiredScopes() {
        return List.of("w_member_social");
    }

    @Override
    public Identity identify(Endpoints e, OAuthTokens t, HttpTransport http, Retry retry) throws RemoteException {
        LinkedInClient.Member m = new LinkedInClient(e.api(), t::accessToken, null, http, retry).me();
        return new Identity(m.name() == null || m.name().isBlank() ? m.sub() : m.name(), m.sub());
    }

    @Override
    public AccessToken.Refresher refresher(HttpTransport http, Retry retry, Clock clock) {
        TokenEndpoint endpoint = new TokenEndpoint(http, retry, clock);
        return old -> old.refreshToken() == null || old.tokenUrl() == null ? null : endpoint.refresh(old, OAuthProvider.ClientAuth.IN_BODY);
    }

    @Override
    public Duration margin() {
        return MARGIN;
    }
}
