package dev.gloss.desktop.reader.open;

import java.util.Arrays;
import java.util.Optional;
import org.netbeans.api.keyring.Keyring;
import org.openide.util.NbBundle;

/**
 * The passwords of encrypted papers the user asked Gloss to remember, in the NetBeans Keyring
 * (the desktop's secret service where there is one), under a key naming the paper: never in
 * the workspace, never in a log. Which keys hold a password (not the passwords) is noted in the
 * module's preferences, so that a file nothing was remembered for never touches the Keyring: its
 * fallback on a desktop without a secret service asks for a master password first.
 */
@NbBundle.Messages("LBL_PdfPasswordKey=Gloss: password of an encrypted PDF")
public final class PasswordStore {
    private static final String PREFIX = "dev.gloss.pdf-password.";

    private PasswordStore() {
    }

    private static java.util.prefs.Preferences noted() {
        return org.openide.util.NbPreferences.forModule(PasswordStore.class).node("remembered-passwords");
    }

    /**
     * The key of a PDF's password: its paper's id, or for a PDF that is not in the library, the
     * SHA-256 of its bytes (the same file anywhere).
     */
    public static String key(String paperId, String sha256) {
        return PREFIX + (paperId != null ? paperId : "sha256:" + sha256);
    }

    /** The remembered password, a copy the caller clears; empty when none. */
    public static Optional<char[]> read(String key) {
        if (!noted().getBoolean(key, false)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Keyring.read(key));
    }

    /** Remembers {@code password} (not modified: the Keyring is given a copy). */
    public static void remember(String key, char[] password) {
        Keyring.save(key, Arrays.copyOf(password, password.length), Bundle.LBL_PdfPasswordKey());
        noted().putBoolean(key, true);
    }

    /** Forgets a password that no longer opens its file. */
    public static void forget(String key) {
        noted().remove(key);
        Keyring.delete(key);
    }
}
