package dev.gloss.publish.impl.oauth;

import dev.gloss.net.RemoteException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The access token of one account while it publishes: renewed before it expires (X's last two
 * hours) or after the server rejected it, and every renewed set of tokens saved at once, because
 * X's old refresh token stops working the moment a new one is issued.
 * <pre>{@code
 * AccessToken token = new AccessToken(stored, refresher, secrets::save, clock);
 * token.fresh();                         // before each post
 * client = new XClient(base, token, http, retry);   // a Supplier<String>
 * }</pre>
 */
public final class AccessToken implements Supplier<String> {
    private static final Logger LOG = Logger.getLogger(AccessToken.class.getName());
    /** Renewed when it has less than this left: a post, its image and a wait for a rate limit fit in it. */
    public static final Duration MARGIN = Duration.ofMinutes(10);

    /** Gets new tokens for old ones; null when these cannot be renewed (no refresh token). */
    @FunctionalInterface
    public interface Refresher {
        OAuthTokens refresh(OAuthTokens old) throws RemoteException;
    }

    /** Why the account must sign in again. */
    public static final class SignInNeeded extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient RemoteException refused;

        SignInNeeded(RemoteException refused) {
            super(refused == null ? "the access token expired and cannot be renewed" : "renewing the token was refused", refused);
            this.refused = refused;
        }

        /** The refresh the server refused, or null when there was nothing to renew it with. */
        public RemoteException refused() {
            return refused;
        }
    }

    private final Refresher refresher;
    private final Consumer<OAuthTokens> store;
    private final Clock clock;
    private final Duration margin;
    private OAuthTokens tokens;

    /** Renewed within {@link #MARGIN} of expiry. */
    public AccessToken(OAuthTokens tokens, Refresher refresher, Consumer<OAuthTokens> store, Clock clock) {
        this(tokens, refresher, store, clock, MARGIN);
    }

    /**
     * @param margin how long before expiry a token is renewed: minutes for X's two-hour tokens,
     *               weeks for Threads' and LinkedIn's sixty-day ones (which the user may not
     *               publish with for a while)
     */
    public AccessToken(OAuthTokens tokens, Refresher refresher, Consumer<OAuthTokens> store, Clock clock, Duration margin) {
        this.tokens = tokens;
        this.refresher = refresher;
        this.store = store;
        this.clock = clock;
        this.margin = margin;
    }

    /** The token as it is now, for a request's {@code Authorization: Bearer}. */
    @Override
    public synchronized String get() {
        return tokens.accessToken();
    }

    public synchronized OAuthTokens tokens() {
        return tokens;
    }

    /**
     * Renews the token when it expires within the margin.
     *
     * @throws SignInNeeded when it has expired (or is about to) and cannot be renewed
     * @throws RemoteException when the token endpoint could not be reached
     */
    public synchronized void fresh() throws SignInNeeded, RemoteException {
        if (tokens.expiresWithin(margin, clock.instant())) {
            renew(tokens.expiredAt(clock.instant()));
        }
    }

    /**
     * After the server answered 401 to {@code rejected}: renews the token unless another request
     * already did.
     *
     * @throws SignInNeeded when it cannot be renewed
     */
    public synchronized void rejected(String rejected) throws SignInNeeded, RemoteException {
        if (rejected.equals(tokens.accessToken())) {
            renew(true);
        }
    }

    private void renew(boolean required) throws SignInNeeded, RemoteException {
        OAuthTokens fresh;
        try {
            fresh = refresher.refresh(tokens);
        } catch (RemoteException e) {
            if (e.isTransient() && !required) {
                LOG.log(Level.FINE, "could not renew a token that still works; using it", e);
                return;
            }
            if (e.isTransient()) {
                throw e;
            }
            throw new SignInNeeded(e);
        }
        if (fresh == null) {
            if (required) {
                throw new SignInNeeded(null);
            }
            return;
        }
        tokens = fresh;
        store.accept(fresh);
    }
}
