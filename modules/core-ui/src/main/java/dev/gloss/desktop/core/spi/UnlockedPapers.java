package dev.gloss.desktop.core.spi;

import org.openide.util.Lookup;

/**
 * Told when the reader opened an encrypted paper with its password, so that its pages can be
 * indexed for this run of the application (the password is kept in memory only, never written).
 * Implemented by the library window's module ({@code @ServiceProvider}); each one in the default
 * lookup is told.
 */
public interface UnlockedPapers {
    /** The paper {@code paperId} opens with {@code password} (a copy the callee may keep for this run). */
    void unlocked(String paperId, char[] password);

    /** Tells every installed implementation; each gets its own copy. */
    static void tell(String paperId, char[] password) {
        for (UnlockedPapers u : Lookup.getDefault().lookupAll(UnlockedPapers.class)) {
            u.unlocked(paperId, password.clone());
        }
    }
}
