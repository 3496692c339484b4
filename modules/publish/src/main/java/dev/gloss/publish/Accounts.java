package dev.gloss.publish;

import dev.gloss.publish.impl.bluesky.BlueskyClient;
import dev.gloss.publish.impl.bluesky.BlueskySession;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.publish.impl.mastodon.MastodonClient;
import dev.gloss.threads.LinkedInLayout;
import dev.gloss.threads.Platform;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Workspace;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The publishing accounts of a workspace. Adding one signs in (Bluesky) or checks the token
 * (Mastodon) first, so a wrong password is caught at once; the account's reference goes into the
 * workspace and its secret into {@link Secrets}. Adding the same account again replaces its
 * secret and keeps its id.
 */
public final class Accounts {
    private final Workspace workspace;
    private final Secrets secrets;
    private final HttpTransport http;
    private final Retry retry;

    public Accounts(Workspace workspace, Secrets secrets, HttpTransport http, Retry retry) {
        this.workspace = workspace;
        this.secrets = secrets;
        this.http = http;
        this.retry = retry;
    }

    /** With {@link Secrets#standard()}, the standard transport and retries. */
    public static Accounts standard(Workspace workspace) {
        java.time.Clock c = java.time.Clock.systemUTC();
        return new Accounts(workspace, Secrets.standard(), HttpTransport.standard(c), Retry.standard());
    }

    public List<AccountRef> list() {
        return workspace.accounts();
    }

    /** An account by id, or by handle when exactly one account has it. */
    public AccountRef find(String idOrHandle) {
        String wanted = idOrHandle.strip();
        if (Ids.isSafe(wanted)) {
            Optional<AccountRef> byId = workspace.get(Kind.ACCOUNTS, wanted);
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        String handle = wanted.startsWith("@") ? wanted.substring(1) : wanted;
        List<AccountRef> byHandle = list().stream().filter(a -> handle.equalsIgnoreCase(a.handle())).toList();
        if (byHandle.size() == 1) {
            return byHandle.get(0);
        }
        if (byHandle.size() > 1) {
            throw new PublishSetupException(PublishSetupException.Reason.AMBIGUOUS_HANDLE, handle);
        }
        throw new PublishSetupException(PublishSetupException.Reason.NO_SUCH_ACCOUNT, idOrHandle);
    }

    /**
     * Signs in to a Bluesky server with an app password and saves the account.
     *
     * @throws PublishSetupException when the server refuses or cannot be reached
     */
    public AccountRef addBluesky(String service, String handle, char[] appPassword) {
        URI url = serviceUrl(service);
        String h = handle.strip().startsWith("@") ? handle.strip().substring(1) : handle.strip();
        BlueskySession s;
        try {
            s = BlueskyClient.createSession(url, h, appPassword, http, retry);
        } catch (RemoteException e) {
            throw e.isTransient() ? new PublishSetupException(PublishSetupException.Reason.SIGN_IN_UNREACHABLE, e, e.host(), h, said(e))
                    : new PublishSetupException(PublishSetupException.Reason.SIGN_IN_REFUSED, e, e.host(), h, said(e));
        }
        Optional<AccountRef> before = existing("bluesky", url, s.handle());
        String id = before.map(AccountRef::id).orElseGet(Ids::newId);
        secrets.saveCredential(id, appPassword);
        secrets.saveSession(id, Json.compact(s));
        return workspace.save(Kind.ACCOUNTS, new AccountRef(id, "bluesky", url.toString(), s.handle(), s.did(), null)
                .withNumbering(before.map(AccountRef::numbered).orElse(false)));
    }

    /**
     * Checks a Mastodon access token ({@code verify_credentials}), reads the instance's post
     * limit ({@code /api/v2/instance}) and saves the account.
     */
    public AccountRef addMastodon(String service, char[] token) {
        return addMastodon(service, token, null);
    }

    /**
     * As {@link #addMastodon(String, char[])}, choosing how the posts after a thread's first are
     * seen: {@code unlisted} (null: the default) or {@code public}.
     */
    public AccountRef addMastodon(String service, char[] token, String replies) {
        if (replies != null && !List.of("unlisted", "public").contains(replies)) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_A_REPLY_VISIBILITY, replies);
        }
        URI url = serviceUrl(service);
        MastodonClient c = new MastodonClient(url, token, http, retry);
        MastodonClient.Account who;
        MastodonClient.Instance instance;
        try {
            who = c.verifyCredentials();
            instance = c.instance();
        } catch (RemoteException e) {
            throw e.isTransient() ? new PublishSetupException(PublishSetupException.Reason.CANNOT_REACH, e, e.host(), said(e))
                    : new PublishSetupException(PublishSetupException.Reason.TOKEN_REFUSED, e, e.host(), said(e));
        }
        String handle = who.username() + "@" + url.getHost();
        Optional<AccountRef> before = existing("mastodon", url, handle);
        String id = before.map(AccountRef::id).orElseGet(Ids::newId);
        secrets.saveCredential(id, token);
        return workspace.save(Kind.ACCOUNTS, new AccountRef(id, "mastodon", url.toString(), handle, who.id(),
                instance.maxCharacters(), replies).withNumbering(before.map(AccountRef::numbered).orElse(false)));
    }

    /**
     * The loopback port Gloss listens on for a sign-in's answer unless told otherwise: X and
     * LinkedIn match the redirect address exactly, so the app registers
     * {@code http://127.0.0.1:8765/callback}.
     */
    public static final int DEFAULT_PORT = 8765;

    /**
     * Starts signing in to X, LinkedIn or Threads with the user's own app: opens the loopback
     * listener; the caller opens {@link SignIn#browserUrl()} and awaits the answer.
     *
     * @param clientSecret the app's secret (Threads and LinkedIn need it; an X "Web App" has one), or null; the caller zeroes it
     * @param port         the loopback port, {@link #DEFAULT_PORT} or 0 for any free one
     * @throws SignInException when the client id is missing or the port is taken
     */
    public SignIn signIn(String platform, String clientId, char[] clientSecret, int port) {
        dev.gloss.publish.impl.oauth.OAuthPlatform p = dev.gloss.publish.impl.OAuthPlatforms.of(platform);
        String secret = clientSecret == null || clientSecret.length == 0 ? null : new String(clientSecret);
        if (p.needsSecret() && secret == null) {
            throw new SignInException(SignInException.Reason.NO_CLIENT_SECRET, p.displayName());
        }
        Endpoints e = Endpoints.of(workspace, platform);
        dev.gloss.publish.impl.oauth.SignInFlow flow = dev.gloss.publish.impl.oauth.SignInFlow.start(p.provider(e), p.displayName(),
                clientId, secret, port);
        return new SignIn(this, p, e, flow, clientId.strip(), http, retry, java.time.Clock.systemUTC());
    }

    /**
     * As {@link #signIn}, for an app registered with an https redirect on the loopback address
     * (Meta takes no http one): nothing listens; the user pastes the address the browser shows
     * into {@link SignIn#finish}.
     */
    public SignIn signInByPasting(String platform, String clientId, char[] clientSecret, URI redirect) {
        dev.gloss.publish.impl.oauth.OAuthPlatform p = dev.gloss.publish.impl.OAuthPlatforms.of(platform);
        String secret = clientSecret == null || clientSecret.length == 0 ? null : new String(clientSecret);
        if (p.needsSecret() && secret == null) {
            throw new SignInException(SignInException.Reason.NO_CLIENT_SECRET, p.displayName());
        }
        Endpoints e = Endpoints.of(workspace, platform);
        dev.gloss.publish.impl.oauth.SignInFlow flow = dev.gloss.publish.impl.oauth.SignInFlow.pasted(p.provider(e), p.displayName(),
                clientId, secret, redirect);
        return new SignIn(this, p, e, flow, clientId.strip(), http, retry, java.time.Clock.systemUTC());
    }

    /** Saves a signed-in account (the same account again keeps its id and gets the new tokens). */
    AccountRef saveSignedIn(String platform, Endpoints e, dev.gloss.publish.impl.oauth.OAuthPlatform.Identity who,
            dev.gloss.publish.impl.oauth.OAuthTokens tokens, String clientId) {
        String api = e.api().toString();
        Optional<AccountRef> same = list().stream().filter(a -> platform.equals(a.kind()) && api.equals(a.service())
                && who.remoteId().equals(a.remoteId())).findFirst();
        String id = same.map(AccountRef::id).orElseGet(Ids::newId);
        char[] secret = tokens.toSecret();
        try {
            secrets.saveCredential(id, secret);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
        AccountRef a = same.orElse(new AccountRef(id, platform, api, who.handle(), who.remoteId(), null, null, null));
        a = new AccountRef(id, platform, api, who.handle(), who.remoteId(), null, null, a.options());
        if (clientId != null) {
            a = a.withOption("clientId", clientId);
        }
        return workspace.save(Kind.ACCOUNTS, a);
    }

    /**
     * Where a Threads account's images go before Threads downloads them (Threads takes an image
     * only by a public address): a folder the user's web server publishes, and the address it
     * has there. Both null: images are refused again before anything is posted.
     *
     * @throws PublishSetupException when the account is not a signed-in Threads account, only one
     *         of the two is given or the address is not http(s)
     */
    public AccountRef imageHost(String idOrHandle, String folder, String publicUrl) {
        AccountRef a = find(idOrHandle);
        if (!Platform.THREADS.id().equals(a.kind()) || a.isExport()) {
            throw new PublishSetupException(PublishSetupException.Reason.IMAGE_HOST_THREADS_ONLY, a.handle(), a.kind());
        }
        boolean hasFolder = folder != null && !folder.isBlank();
        boolean hasUrl = publicUrl != null && !publicUrl.isBlank();
        if (hasFolder != hasUrl) {
            throw new PublishSetupException(PublishSetupException.Reason.IMAGE_HOST_HALF);
        }
        String dir = null;
        String url = null;
        if (hasFolder) {
            dir = java.nio.file.Path.of(folder.strip()).toAbsolutePath().normalize().toString();
            try {
                URI u = new URI(publicUrl.strip());
                if (u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
                    throw new PublishSetupException(PublishSetupException.Reason.NOT_AN_IMAGE_URL, publicUrl);
                }
                url = u.toString();
            } catch (java.net.URISyntaxException e) {
                throw new PublishSetupException(PublishSetupException.Reason.NOT_AN_IMAGE_URL, publicUrl);
            }
        }
        AccountRef next = a.withOption(dev.gloss.publish.impl.threads.ThreadsPublisher.IMAGE_FOLDER, dir)
                .withOption(dev.gloss.publish.impl.threads.ThreadsPublisher.IMAGE_URL, url);
        return workspace.save(Kind.ACCOUNTS, next);
    }

    /**
     * How {@code idOrHandle}'s threads go out on LinkedIn: {@code post+comments} (one post, the
     * rest as the author's comments on it; the default) or {@code posts} (one post each).
     */
    public AccountRef linkedInShape(String idOrHandle, String shape) {
        AccountRef a = find(idOrHandle);
        if (!Platform.LINKEDIN.id().equals(a.kind()) || a.isExport()) {
            throw new PublishSetupException(PublishSetupException.Reason.SHAPE_LINKEDIN_ONLY, a.handle(), a.kind());
        }
        LinkedInLayout.Shape s;
        try {
            s = LinkedInLayout.Shape.fromId(shape);
        } catch (IllegalArgumentException e) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_A_LINKEDIN_SHAPE, shape);
        }
        return workspace.save(Kind.ACCOUNTS, a.withOption(LinkedInLayout.OPTION, s == null ? null : s.id()));
    }

    /**
     * When a signed-in account's sign-in ends for good: the expiry of a token that nothing renews
     * (LinkedIn's 60 days, for the apps LinkedIn gives no refresh token); empty when it is renewed,
     * does not expire, or is not known.
     */
    public Optional<java.time.Instant> signInEnds(AccountRef a) {
        return signInEnds(secrets, a);
    }

    static Optional<java.time.Instant> signInEnds(Secrets secrets, AccountRef a) {
        if (a.isExport() || !Endpoints.signsIn(a.kind())) {
            return Optional.empty();
        }
        return secrets.credential(a.id()).map(secret -> {
            try {
                return dev.gloss.publish.impl.oauth.OAuthTokens.parse(secret);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }).filter(t -> t.refreshToken() == null && !"threads".equals(a.kind())).map(t -> t.expiresAt());
    }

    /** An export target (x, linkedin, threads): no secret, the thread is written to files. */
    public AccountRef addExport(String platform, String handle) {
        String kind = platform.strip().toLowerCase(Locale.ROOT);
        if (!List.of(Platform.X.id(), Platform.LINKEDIN.id(), Platform.THREADS.id()).contains(kind)) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_AN_EXPORT_TARGET, platform);
        }
        String h = handle == null || handle.isBlank() ? kind : handle.strip();
        Optional<AccountRef> same = list().stream().filter(a -> a.isExport() && kind.equals(a.kind()) && h.equals(a.handle())).findFirst();
        return same.orElseGet(() -> workspace.save(Kind.ACCOUNTS, new AccountRef(Ids.newId(), kind, null, h, null, null)));
    }

    /**
     * Has {@code idOrHandle}'s threads published (and previewed) with {@code " 1/4"}-style
     * numbering at the end of each post, or without.
     */
    public AccountRef setNumbering(String idOrHandle, boolean on) {
        return workspace.save(Kind.ACCOUNTS, find(idOrHandle).withNumbering(on));
    }

    /**
     * Removes an account and forgets its secrets.
     *
     * @throws PublishSetupException when entries are still scheduled for it
     */
    public void remove(String idOrHandle) {
        AccountRef a = find(idOrHandle);
        long waiting = workspace.queue().stream().filter(e -> e.targetOf(a.id()).map(t -> t.isWaiting()).orElse(false)).count();
        if (waiting > 0) {
            throw new PublishSetupException(PublishSetupException.Reason.ACCOUNT_IN_USE, a.handle(), waiting);
        }
        secrets.forget(a.id());
        workspace.delete(Kind.ACCOUNTS, a);
    }

    private Optional<AccountRef> existing(String kind, URI service, String handle) {
        return list().stream().filter(a -> kind.equals(a.kind()) && service.toString().equals(a.service())
                && handle.equalsIgnoreCase(a.handle())).findFirst();
    }

    /** {@code https://host[:port]} without a trailing slash; a bare host gets https. */
    static URI serviceUrl(String service) {
        String s = service == null ? "" : service.strip();
        if (!s.contains("://")) {
            s = "https://" + s;
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            URI u = new URI(s);
            if (u.getHost() == null || !(u.getScheme().equals("https") || u.getScheme().equals("http"))) {
                throw new IllegalArgumentException();
            }
            return u;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_A_SERVER_URL, service);
        }
    }

    private static Object said(RemoteException e) {
        return e.said();
    }
}
