package dev.gloss.publish;

import java.util.Optional;

/**
 * Where account secrets (app passwords, access tokens, session tokens) live: never in the
 * workspace. Found in {@link org.openide.util.Lookup}; the first registration wins, so a store
 * with a lower {@code @ServiceProvider} position replaces one with a higher position. The
 * headless default is {@link FileSecretStore} (position 10000); the desktop app registers a
 * NetBeans-Keyring store ahead of it.
 * <p>
 * Implementations never log a secret nor put one in an exception message. Callers should zero
 * the returned {@code char[]} when done.
 */
public interface SecretStore {
    /** The secret saved under {@code key}, or empty. */
    Optional<char[]> read(String key);

    /** Saves (or replaces) the secret under {@code key}. */
    void save(String key, char[] secret);

    /** Forgets the secret under {@code key}; nothing happens when there is none. */
    void delete(String key);

    /** Where secrets go, for messages: "files in ~/.config/gloss/secrets", "the keyring". */
    String describe();
}
