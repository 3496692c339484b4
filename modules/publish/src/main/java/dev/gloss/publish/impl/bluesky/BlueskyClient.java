package dev.gloss.publish.impl.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.Secrets;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Bluesky calls Gloss makes, for one account, with its session: taken from the secret store,
 * else made with {@code createSession}; renewed with {@code refreshSession} when the server
 * says the access token expired (or rejects it), else signed in again with the app password.
 * Every call is retried on transient failures by {@link Retry}.
 */
public final class BlueskyClient {
    private static final Logger LOG = Logger.getLogger(BlueskyClient.class.getName());
    public static final String POST = "app.bsky.feed.post";

    private final AccountRef account;
    private final Secrets secrets;
    private final XrpcClient xrpc;
    private final Retry retry;
    private BlueskySession session;

    /** A record's strong reference: its {@code at://} URI and content id. */
    public record StrongRef(String uri, String cid) {
        ObjectNode toJson() {
            ObjectNode n = Json.MAPPER.createObjectNode();
            n.put("uri", uri);
            n.put("cid", cid);
            return n;
        }
    }

    @FunctionalInterface
    private interface AuthedCall<T> {
        T call(String accessJwt) throws RemoteException;
    }

    public BlueskyClient(AccountRef account, Secrets secrets, HttpTransport http, Retry retry) {
        this.account = account;
        this.secrets = secrets;
        this.xrpc = new XrpcClient(URI.create(account.service()), http);
        this.retry = retry;
    }

    /** "alice.test on localhost:2583", for the log. */
    public String describe() {
        return account.handle() + " on " + xrpc.host();
    }

    /** The server's host (and port), as failures name it. */
    public String host() {
        return xrpc.host();
    }

    /**
     * Signs in (or reuses the stored session) and returns the session.
     *
     * @throws PublishException when the server refuses the credentials or no credential is stored
     */
    public BlueskySession signIn() throws PublishException {
        if (session != null) {
            return session;
        }
        session = secrets.session(account.id()).flatMap(BlueskySession::parse).orElse(null);
        if (session != null) {
            return session;
        }
        try {
            session = retry.run(this::createSession);
            return session;
        } catch (RemoteException e) {
            throw signInFailure(e);
        }
    }

    /** Signs in with an app password without storing anything: for checking new accounts. */
    public static BlueskySession createSession(URI service, String identifier, char[] password, HttpTransport http,
            Retry retry) throws RemoteException {
        XrpcClient x = new XrpcClient(service, http);
        return retry.run(() -> BlueskySession.fromResponse(x.procedure("com.atproto.server.createSession",
                Map.of("identifier", identifier, "password", new String(password)), null)));
    }

    private BlueskySession createSession() throws RemoteException {
        char[] password = secrets.credential(account.id()).orElseThrow(() -> RemoteException.noAppPassword(xrpc.host(),
                Secrets.envName(account.id())));
        try {
            BlueskySession s = BlueskySession.fromResponse(xrpc.procedure("com.atproto.server.createSession",
                    Map.of("identifier", account.handle(), "password", new String(password)), null));
            secrets.saveSession(account.id(), s.toJson());
            LOG.log(Level.FINE, "signed in as {0}", describe());
            return s;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private PublishException signInFailure(RemoteException e) {
        return e.isTransient() ? new PublishException(e, PublishException.Reason.SIGN_IN_FAILED, account.handle(), host(), e)
                : new PublishException(e, PublishException.Reason.SIGN_IN_REFUSED, account.handle(), host(), e.said());
    }

    /** Runs an authenticated call, renewing the session once when the server rejects the token. */
    private <T> T authed(AuthedCall<T> call) throws RemoteException {
        BlueskySession s = session;
        if (s == null) {
            s = session = createSession();
        }
        try {
            return call.call(s.accessJwt());
        } catch (RemoteException e) {
            if (!(e.status() == 401 || e.is("ExpiredToken") || e.is("InvalidToken"))) {
                throw e;
            }
            LOG.log(Level.FINE, "the session of {0} was rejected ({1}); renewing it", new Object[]{describe(), e.error()});
            session = renew(s);
            return call.call(session.accessJwt());
        }
    }

    private BlueskySession renew(BlueskySession old) throws RemoteException {
        try {
            BlueskySession s = BlueskySession.fromResponse(xrpc.procedure("com.atproto.server.refreshSession", null, old.refreshJwt()));
            secrets.saveSession(account.id(), s.toJson());
            return s;
        } catch (RemoteException e) {
            if (e.isTransient()) {
                throw e;
            }
            LOG.log(Level.FINE, "cannot refresh the session of {0} ({1}); signing in again", new Object[]{describe(), e.error()});
            secrets.forgetSession(account.id());
            return createSession();
        }
    }

    /** The session's DID (signs in first if needed). */
    public String did() throws PublishException {
        return signIn().did();
    }

    /** A record as the server holds it: its strong reference and its value. */
    public record Stored(StrongRef ref, JsonNode value) {
    }

    /** The record at {@code collection/rkey} of this account, or empty when there is none. */
    public Optional<Stored> getRecord(String collection, String rkey) throws RemoteException {
        return getRecord(repo(), collection, rkey);
    }

    /** The record at {@code collection/rkey} of any repository (a DID), or empty when there is none. */
    public Optional<Stored> getRecord(String repo, String collection, String rkey) throws RemoteException {
        return retry.run(() -> {
            try {
                JsonNode r = xrpc.query("com.atproto.repo.getRecord", Map.of("repo", repo, "collection", collection, "rkey", rkey), null);
                return Optional.of(new Stored(new StrongRef(r.path("uri").asText(), r.path("cid").asText()), r.path("value")));
            } catch (RemoteException e) {
                if (e.is("RecordNotFound") || e.status() == 400 && e.is("InvalidRequest")) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** The repository (DID) of this account: from the session, else as saved with the account. */
    private String repo() {
        return session != null ? session.did() : account.remoteId();
    }

    /** A record to create under a key Gloss derived. */
    public record Create(String collection, String rkey, ObjectNode value) {
    }

    /**
     * Creates all the records in one commit ({@code com.atproto.repo.applyWrites}): the server
     * writes every one of them or none. Not retried here: a write whose answer was lost may
     * have been committed, and a key that is taken makes the PDS answer HTTP 500, so the caller
     * looks the records up before it writes again.
     *
     * @return the records' references, in order
     */
    public List<StrongRef> applyWrites(List<Create> creates) throws RemoteException {
        ObjectNode input = Json.MAPPER.createObjectNode();
        input.put("repo", repo());
        ArrayNode writes = input.putArray("writes");
        for (Create c : creates) {
            ObjectNode w = writes.addObject();
            w.put("$type", "com.atproto.repo.applyWrites#create");
            w.put("collection", c.collection());
            w.put("rkey", c.rkey());
            w.set("value", c.value());
        }
        JsonNode r = authed(token -> xrpc.procedure("com.atproto.repo.applyWrites", input, token));
        List<StrongRef> out = new ArrayList<>();
        for (JsonNode res : r.path("results")) {
            out.add(new StrongRef(res.path("uri").asText(), res.path("cid").asText()));
        }
        return out;
    }

    /** Uploads a blob and returns the blob object to embed. */
    public JsonNode uploadBlob(byte[] data, String mimeType) throws RemoteException {
        return retry.run(() -> authed(token -> xrpc.upload("com.atproto.repo.uploadBlob", data, mimeType, token)).path("blob"));
    }

    /** The DID of a handle, or empty when it does not resolve. */
    public Optional<String> resolveHandle(String handle) throws RemoteException {
        return retry.run(() -> {
            try {
                String did = xrpc.query("com.atproto.identity.resolveHandle", Map.of("handle", handle), null).path("did").asText(null);
                return Optional.ofNullable(did);
            } catch (RemoteException e) {
                if (e.isTransient()) {
                    throw e;
                }
                return Optional.empty();
            }
        });
    }
}
