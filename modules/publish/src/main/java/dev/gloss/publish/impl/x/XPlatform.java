package dev.gloss.publish.impl.x;

import dev.gloss.publish.Endpoints;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.publish.impl.oauth.AccessToken;
import dev.gloss.publish.impl.oauth.OAuthPlatform;
import dev.gloss.publish.impl.oauth.OAuthProvider;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.publish.impl.oauth.TokenEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * X's OAuth 2.0: Authorization Code with PKCE; a public client (a "Native App") names itself in
 * the body, a confidential one uses HTTP Basic; {@code offline.access} gives a refresh token;
 * access tokens last two hours and are renewed ten minutes before.
 */
public final class XPlatform implements OAuthPlatform {
    /** What Gloss asks for: to read and write posts, upload media, know the user, and stay signed in. */
    public static final List<String> SCOPES = List.of("tweet.read", "tweet.write", "users.read", "media.write", "offline.access");

    @Override
    public String id() {
        return "x";
    }

    @Override
    public String displayName() {
        return "X";
    }

    @Override
    public OAuthProvider provider(Endpoints e) {
        return new OAuthProvider("x", e.authorize(), e.token(), SCOPES, " ", OAuthProvider.ClientAuth.BASIC_WHEN_SECRET, true);
    }

    @Override
    public boolean needsSecret() {
        return false;
    }

    @Override
    public List<String> requiredScopes() {
        return List.of("tweet.write", "media.write", "offline.access");
    }

    @Override
    public Identity identify(Endpoints e, OAuthTokens t, HttpTransport http, Retry retry) throws RemoteException {
        XClient.User u = new XClient(e.api(), t::accessToken, http, retry).me();
        return new Identity(u.username(), u.id());
    }

    @Override
    public AccessToken.Refresher refresher(HttpTransport http, Retry retry, Clock clock) {
        TokenEndpoint endpoint = new TokenEndpoint(http, retry, clock);
        return old -> old.refreshToken() == null || old.tokenUrl() == null ? null
                : endpoint.refresh(old, OAuthProvider.ClientAuth.BASIC_WHEN_SECRET);
    }

    @Override
    public Duration margin() {
        return AccessToken.MARGIN;
    }
}
