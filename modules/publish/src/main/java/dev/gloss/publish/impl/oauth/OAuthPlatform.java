package dev.gloss.publish.impl.oauth;

import dev.gloss.publish.Endpoints;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What differs between the platforms that sign in with OAuth 2.0 (X, LinkedIn, Threads): the
 * provider's rules, the steps after the code exchange, who signed in, and how tokens are renewed.
 */
public interface OAuthPlatform {
    /** Who signed in: the handle to show and the platform's id for the account. */
    record Identity(String handle, String remoteId) {
    }

    /** The platform's id, x, linkedin or threads. */
    String id();

    /** Its name for sentences. */
    String displayName();

    /** The provider at these endpoints. */
    OAuthProvider provider(Endpoints endpoints);

    /** Whether the app's secret is needed to sign in (Threads: always). */
    boolean needsSecret();

    /** The scopes publishing cannot do without (compared with what the token endpoint says it granted). */
    List<String> requiredScopes();

    /** Steps after the code exchange (Threads: the long-lived token). */
    default OAuthTokens afterExchange(OAuthTokens tokens, HttpTransport http, Retry retry, Clock clock) throws RemoteException {
        return tokens;
    }

    /** Reads who the tokens belong to. */
    Identity identify(Endpoints endpoints, OAuthTokens tokens, HttpTransport http, Retry retry) throws RemoteException;

    /** How tokens are renewed while publishing (null from it when they cannot be). */
    AccessToken.Refresher refresher(HttpTransport http, Retry retry, Clock clock);

    /** How long before expiry a token is renewed. */
    Duration margin();

    /** The job's account's token as its publisher uses it: renewed before expiry, each renewal kept at once. */
    default AccessToken accessToken(PublishJob job) throws PublishException {
        return new AccessToken(OAuthTokens.of(job), refresher(job.http(), job.retry(), job.clock()),
                fresh -> OAuthTokens.keep(job, fresh), job.clock(), margin());
    }
}
