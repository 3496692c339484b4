package dev.gloss.publish.impl.oauth;

import dev.gloss.publish.SignInException;
import dev.gloss.net.RemoteException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One sign-in in the system browser (RFC 8252): a loopback listener is opened, the browser is
 * sent to the platform's authorization page, and the code it brings back is exchanged (with the
 * PKCE verifier) for tokens.
 * <pre>{@code
 * try (SignInFlow f = SignInFlow.start(provider, clientId, secret, 0)) {
 *     browser.accept(f.authorizationUrl());
 *     OAuthTokens t = f.await(tokenEndpoint, Duration.ofMinutes(5), cancelled);
 * }
 * }</pre>
 */
public final class SignInFlow implements AutoCloseable {
    private final OAuthProvider provider;
    private final String displayName;
    private final String clientId;
    private final String clientSecret;
    /** The listener; null when the user pastes the address the browser was sent back to. */
    private final LoopbackReceiver receiver;
    private final URI pastedRedirect;
    private final Pkce pkce = Pkce.create();

    private SignInFlow(OAuthProvider provider, String displayName, String clientId, String clientSecret, LoopbackReceiver receiver,
            URI pastedRedirect) {
        this.provider = provider;
        this.displayName = displayName;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.receiver = receiver;
        this.pastedRedirect = pastedRedirect;
    }

    /**
     * A sign-in with no listener, for an app whose platform takes only an https redirect (Meta
     * refuses http even on 127.0.0.1): the browser is sent to {@code redirect}, which nothing
     * answers, and the user pastes the address it shows into {@link #finish}.
     */
    public static SignInFlow pasted(OAuthProvider provider, String displayName, String clientId, String clientSecret, URI redirect) {
        if (clientId == null || clientId.isBlank()) {
            throw new SignInException(SignInException.Reason.NO_CLIENT_ID, displayName);
        }
        return new SignInFlow(provider, displayName, clientId.strip(), clientSecret, null, redirect);
    }

    /**
     * Opens the loopback listener.
     *
     * @param displayName the platform's name, for sentences ("X")
     * @param port        0 for any free port, or the one registered with the app
     * @throws SignInException when the port is taken
     */
    public static SignInFlow start(OAuthProvider provider, String displayName, String clientId, String clientSecret, int port) {
        if (clientId == null || clientId.isBlank()) {
            throw new SignInException(SignInException.Reason.NO_CLIENT_ID, displayName);
        }
        try {
            return new SignInFlow(provider, displayName, clientId.strip(), clientSecret, LoopbackReceiver.open(port), null);
        } catch (IOException e) {
            throw new SignInException(e, SignInException.Reason.PORT_TAKEN, port, String.valueOf(e.getMessage()));
        }
    }

    /** The page to open in the browser. */
    public URI authorizationUrl() {
        return provider.authorizationUrl(clientId, redirectUri(), pkce);
    }

    public URI redirectUri() {
        return receiver == null ? pastedRedirect : receiver.redirectUri();
    }

    /**
     * Finishes a {@link #pasted} sign-in with the address the browser was sent back to (its
     * query carries the code and state), checked and exchanged as {@link #await} does.
     *
     * @throws SignInException for every way it can go wrong
     */
    public OAuthTokens finish(TokenEndpoint tokens, String pastedAddress) {
        String raw;
        try {
            raw = new URI(pastedAddress == null ? "" : pastedAddress.strip()).getRawQuery();
        } catch (java.net.URISyntaxException e) {
            raw = null;
        }
        if (raw == null) {
            throw new SignInException(SignInException.Reason.NOT_THE_ADDRESS, displayName);
        }
        return exchange(tokens, new LoopbackReceiver.Answer(LoopbackReceiver.query(raw)));
    }

    /**
     * Waits for the browser to come back, checks its state, and exchanges the code.
     *
     * @throws SignInException for every way it can go wrong
     */
    public OAuthTokens await(TokenEndpoint tokens, Duration timeout, BooleanSupplier cancelled) {
        return await(tokens, timeout, cancelled, () -> null);
    }

    /**
     * Waits for the browser to come back to the loopback listener, or for the user to paste the
     * address it ended on (a browser on another machine, a redirect that never reaches this
     * one), whichever comes first; either is checked (its state) and exchanged the same way.
     *
     * @param pasted asked about twice a second: the pasted address, or null while there is none
     * @throws SignInException for every way it can go wrong
     */
    public OAuthTokens await(TokenEndpoint tokens, Duration timeout, BooleanSupplier cancelled, Supplier<String> pasted) {
        LoopbackReceiver.Answer answer;
        try {
            answer = receiver.await(timeout, () -> cancelled.getAsBoolean() || pasted.get() != null, this::page);
        } catch (IOException e) {
            throw new SignInException(e, SignInException.Reason.PORT_TAKEN, receiver.port(), String.valueOf(e.getMessage()));
        }
        if (answer == null && !cancelled.getAsBoolean() && pasted.get() != null) {
            return finish(tokens, pasted.get());
        }
        if (answer == null) {
            throw cancelled.getAsBoolean() ? new SignInException(SignInException.Reason.CANCELLED, displayName)
                    : new SignInException(SignInException.Reason.TIMED_OUT, displayName, Math.max(1, timeout.toMinutes()));
        }
        return exchange(tokens, answer);
    }

    private OAuthTokens exchange(TokenEndpoint tokens, LoopbackReceiver.Answer answer) {
        if (!pkce.state().equals(answer.get("state"))) {
            throw new SignInException(SignInException.Reason.STATE_MISMATCH, displayName);
        }
        if (answer.get("error") != null || answer.get("code") == null) {
            throw new SignInException(SignInException.Reason.REFUSED, displayName, words(answer));
        }
        try {
            return tokens.exchange(provider, clientId, clientSecret, answer.get("code"), redirectUri(), pkce);
        } catch (RemoteException e) {
            throw e.isTransient() ? new SignInException(e, SignInException.Reason.UNREACHABLE, displayName, e.host(), e)
                    : new SignInException(e, SignInException.Reason.TOKEN_REFUSED, displayName, e.host(), e);
        }
    }

    private String page(LoopbackReceiver.Answer a) {
        boolean ok = a.get("error") == null && a.get("code") != null && pkce.state().equals(a.get("state"));
        return ok ? BrowserPage.of(BrowserPage.Reason.SIGNED_IN, displayName).html()
                : BrowserPage.of(BrowserPage.Reason.NOT_SIGNED_IN, displayName, words(a)).html();
    }

    private static String words(LoopbackReceiver.Answer a) {
        String d = a.get("error_description");
        return d != null && !d.isBlank() ? d : a.get("error") != null ? a.get("error") : "no code";
    }

    @Override
    public void close() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
