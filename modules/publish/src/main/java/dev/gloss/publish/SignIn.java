package dev.gloss.publish;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.publish.impl.oauth.OAuthPlatform;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.publish.impl.oauth.SignInFlow;
import dev.gloss.publish.impl.oauth.TokenEndpoint;
import dev.gloss.workspace.AccountRef;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A sign-in to X, LinkedIn or Threads in progress ({@link Accounts#signIn}): Gloss listens on
 * the loopback address; the caller opens {@link #browserUrl()} in the system browser (or prints
 * it), then {@link #await} waits for the platform to send the browser back, exchanges the code,
 * reads who signed in and saves the account, its tokens going to the keyring or the secret file.
 * <pre>{@code
 * try (SignIn s = accounts.signIn("x", clientId, null, Accounts.DEFAULT_PORT)) {
 *     browser.open(s.browserUrl());
 *     AccountRef a = s.await(Duration.ofMinutes(5), progress::isCancelled);
 * }
 * }</pre>
 * Slow (it waits for a person): never on the event thread.
 */
public final class SignIn implements AutoCloseable {
    private final Accounts accounts;
    private final OAuthPlatform platform;
    private final Endpoints endpoints;
    private final SignInFlow flow;
    private final String clientId;
    private final HttpTransport http;
    private final Retry retry;
    private final Clock clock;

    SignIn(Accounts accounts, OAuthPlatform platform, Endpoints endpoints, SignInFlow flow, String clientId, HttpTransport http,
            Retry retry, Clock clock) {
        this.accounts = accounts;
        this.platform = platform;
        this.endpoints = endpoints;
        this.flow = flow;
        this.clientId = clientId;
        this.http = http;
        this.retry = retry;
        this.clock = clock;
    }

    /** x, linkedin or threads. */
    public String platform() {
        return platform.id();
    }

    /** The platform's page to open in the browser. */
    public URI browserUrl() {
        return flow.authorizationUrl();
    }

    /** Where the platform sends the browser back: the address to register with the app. */
    public URI redirectUri() {
        return flow.redirectUri();
    }

    /**
     * Waits for the browser (up to {@code timeout}, or until {@code cancelled}), finishes the
     * sign-in and saves the account.
     *
     * @throws SignInException for every way it can go wrong, in one sentence
     */
    public AccountRef await(Duration timeout, BooleanSupplier cancelled) {
        return await(timeout, cancelled, () -> null);
    }

    /**
     * Waits for the browser as {@link #await(Duration, BooleanSupplier)} does, or for the address
     * the browser ended on to be pasted (no browser could be opened here, or the redirect never
     * reaches this machine): whichever comes first finishes the sign-in, its state checked.
     *
     * @param pasted asked about twice a second: the pasted address, or null while there is none
     * @throws SignInException for every way it can go wrong, in one sentence
     */
    public AccountRef await(Duration timeout, BooleanSupplier cancelled, java.util.function.Supplier<String> pasted) {
        return finish(flow.await(new TokenEndpoint(http, retry, clock), timeout, cancelled, pasted));
    }

    /**
     * Finishes a sign-in begun with {@link Accounts#signInByPasting} with the address the
     * browser showed after the user allowed Gloss, and saves the account.
     *
     * @throws SignInException for every way it can go wrong, in one sentence
     */
    public AccountRef finish(String pastedAddress) {
        return finish(flow.finish(new TokenEndpoint(http, retry, clock), pastedAddress));
    }

    private AccountRef finish(OAuthTokens exchanged) {
        OAuthTokens tokens = exchanged;
        String name = platform.displayName();
        String host = HttpTransport.hostOf(endpoints.api());
        try {
            tokens = platform.afterExchange(tokens, http, retry, clock);
        } catch (RemoteException e) {
            throw e.isTransient() ? new SignInException(e, SignInException.Reason.UNREACHABLE, name, e.host(), e)
                    : new SignInException(e, SignInException.Reason.TOKEN_REFUSED, name, e.host(), e);
        }
        if (tokens.scope() != null) {
            java.util.Set<String> granted = java.util.Set.of(tokens.scope().split("[\\s,]+"));
            java.util.List<String> missing = platform.requiredScopes().stream().filter(s -> !granted.contains(s)).toList();
            if (!missing.isEmpty()) {
                throw new SignInException(SignInException.Reason.SCOPE_MISSING, name, String.join(", ", missing));
            }
        }
        OAuthPlatform.Identity who;
        try {
            who = platform.identify(endpoints, tokens, http, retry);
        } catch (RemoteException e) {
            throw new SignInException(e, SignInException.Reason.PROFILE_UNREADABLE, name, host, e);
        }
        return accounts.saveSignedIn(platform.id(), endpoints, who, tokens, clientId);
    }

    @Override
    public void close() {
        flow.close();
    }
}
