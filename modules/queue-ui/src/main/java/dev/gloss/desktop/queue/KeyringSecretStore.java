package dev.gloss.desktop.queue;

import dev.gloss.publish.FileSecretStore;
import dev.gloss.publish.SecretStore;
import java.util.Arrays;
import java.util.Optional;
import org.netbeans.api.keyring.Keyring;
import org.openide.util.NbBundle;
import org.openide.util.lookup.ServiceProvider;

/**
 * Secrets in the app go to the NetBeans Keyring (the desktop's secret service where there is
 * one). Accounts set up headless ({@code gloss accounts add}) keep their secret in the 0600 file
 * store, so reading falls back to it: the app and cron publish with the same accounts.
 */
@ServiceProvider(service = SecretStore.class, position = 100)
@NbBundle.Messages("LBL_KeyringSecret=Gloss account secret")
public final class KeyringSecretStore implements SecretStore {
    private static final String PREFIX = "dev.gloss.account.";
    private final FileSecretStore files = new FileSecretStore();

    @Override
    public Optional<char[]> read(String key) {
        // the file store first: an account added headless lives there, and asking the Keyring
        // would make the platform's fallback keyring prompt for a master password mid-publish
        Optional<char[]> file = files.read(key);
        return file.isPresent() ? file : Optional.ofNullable(Keyring.read(PREFIX + key));
    }

    @Override
    public void save(String key, char[] secret) {
        if (files.read(key).isPresent()) { // keep a headless account's secrets (e.g. its session) together
            files.save(key, secret);
            return;
        }
        char[] copy = Arrays.copyOf(secret, secret.length); // Keyring zeroes what it is given
        Keyring.save(PREFIX + key, copy, Bundle.LBL_KeyringSecret());
    }

    @Override
    public void delete(String key) {
        Keyring.delete(PREFIX + key);
        files.delete(key);
    }

    @Override
    public String describe() {
        return "the keyring";
    }
}
