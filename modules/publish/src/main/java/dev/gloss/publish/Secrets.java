package dev.gloss.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.openide.util.Lookup;

/**
 * The secrets of accounts: the credential (Bluesky app password, Mastodon access token) and the
 * cached Bluesky session. An environment variable {@code GLOSS_SECRET_<ACCOUNTID>} (upper case,
 * other characters as {@code _}) overrides the stored credential, for servers and CI; everything
 * else goes to the {@link SecretStore} found in Lookup.
 */
public final class Secrets {
    private final SecretStore store;
    private final Function<String, String> env;

    public Secrets(SecretStore store, Function<String, String> env) {
        this.store = store;
        this.env = env;
    }

    /** The registered store (the Keyring in the app, files headless) and the process environment. */
    public static Secrets standard() {
        SecretStore s = Lookup.getDefault().lookup(SecretStore.class);
        return new Secrets(s != null ? s : new FileSecretStore(), System::getenv);
    }

    public SecretStore store() {
        return store;
    }

    /** The environment variable that overrides an account's credential. */
    public static String envName(String accountId) {
        return "GLOSS_SECRET_" + accountId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Whether the account's credential comes from its environment variable (which overrides the store). */
    public boolean fromEnvironment(String accountId) {
        String v = env.apply(envName(accountId));
        return v != null && !v.isEmpty();
    }

    /** The account's credential: the environment variable if set, else the store. */
    public Optional<char[]> credential(String accountId) {
        String v = env.apply(envName(accountId));
        if (v != null && !v.isEmpty()) {
            return Optional.of(v.toCharArray());
        }
        return store.read(accountId);
    }

    /** The credential, or a failure saying how to provide it (the handle and server name the account in it). */
    public char[] requireCredential(String accountId, String handle, String server) throws PublishException {
        return credential(accountId).orElseThrow(() -> new PublishException(PublishException.Reason.NO_CREDENTIAL,
                handle, server, envName(accountId)));
    }

    public void saveCredential(String accountId, char[] secret) {
        store.save(accountId, secret);
    }

    /** The cached session of an account (JSON), or empty. */
    public Optional<String> session(String accountId) {
        return store.read(sessionKey(accountId)).map(c -> {
            String s = new String(c);
            Arrays.fill(c, '\0');
            return s;
        });
    }

    public void saveSession(String accountId, String sessionJson) {
        char[] c = sessionJson.toCharArray();
        try {
            store.save(sessionKey(accountId), c);
        } finally {
            Arrays.fill(c, '\0');
        }
    }

    public void forgetSession(String accountId) {
        store.delete(sessionKey(accountId));
    }

    /** Forgets everything stored for an account. */
    public void forget(String accountId) {
        store.delete(accountId);
        store.delete(sessionKey(accountId));
    }

    private static String sessionKey(String accountId) {
        return accountId + ".session";
    }
}
