package dev.gloss.publish.impl.threads;

import dev.gloss.publish.Endpoints;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.publish.impl.oauth.AccessToken;
import dev.gloss.publish.impl.oauth.OAuthPlatform;
import dev.gloss.publish.impl.oauth.OAuthProvider;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Threads' sign-in (Meta's Authorization Window): the app's id and secret in the body, no PKCE,
 * scopes joined by commas; the short-lived token is exchanged at once for a 60-day one, which is
 * refreshed whenever Gloss publishes after its first day.
 */
public final class ThreadsPlatform implements OAuthPlatform {
    public static final List<String> SCOPES = List.of("threads_basic", "threads_content_publish", "threads_read_replies", "threads_delete");

    @Override
    public String id() {
        return "threads";
    }

    @Override
    public String displayName() {
        return "Threads";
    }

    @Override
    public OAuthProvider provider(Endpoints e) {
        return new OAuthProvider("threads", e.authorize(), e.token(), SCOPES, ",", OAuthProvider.ClientAuth.IN_BODY, false);
    }

    @Override
    public boolean needsSecret() {
        return true;
    }

    @Override
    public List<String> requiredScopes() {
        return List.of();
    }

    @Override
    public OAuthTokens afterExchange(OAuthTokens tokens, HttpTransport http, Retry retry, Clock clock) throws RemoteException {
        return new ThreadsTokens(http, retry, clock).longLived(tokens);
    }

    @Override
    public Identity identify(Endpoints e, OAuthTokens t, HttpTransport http, Retry retry) throws RemoteException {
        ThreadsClient.User u = new ThreadsClient(e.api(), t::accessToken, http, retry).me();
        return new Identity(u.username(), u.id());
    }

    @Override
    public AccessToken.Refresher refresher(HttpTransport http, Retry retry, Clock clock) {
        ThreadsTokens tokens = new ThreadsTokens(http, retry, clock);
        return old -> old.tokenUrl() == null ? null : tokens.refresh(old);
    }

    @Override
    public Duration margin() {
        return ThreadsTokens.MARGIN;
    }
}
