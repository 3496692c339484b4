package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/** Secrets in 0600 files in a 0700 folder, overridden by the environment; found in Lookup. */
class SecretsTest {
    @TempDir
    Path tmp;

    @Test
    void secretsAreFilesOnlyTheUserCanRead() throws Exception {
        FileSecretStore store = new FileSecretStore(tmp.resolve("gloss/secrets"));
        store.save("acc1", "s3cret-ä".toCharArray());

        Path file = tmp.resolve("gloss/secrets/acc1");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("s3cret-ä", new String(store.read("acc1").orElseThrow()));
        store.save("acc1", "changed".toCharArray());
        assertEquals("changed", new String(store.read("acc1").orElseThrow()));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temp files left behind");
        }
        store.delete("acc1");
        assertTrue(store.read("acc1").isEmpty());
        store.delete("acc1");
    }

    @Test
    void theEnvironmentOverridesTheStoredCredential() {
        Map<String, String> env = new HashMap<>();
        Secrets s = Fixtures.secrets(tmp, env);
        s.saveCredential("01abc-x", "from-file".toCharArray());
        assertEquals("from-file", new String(s.credential("01abc-x").orElseThrow()));

        env.put("GLOSS_SECRET_01ABC_X", "from-env");
        assertEquals("GLOSS_SECRET_01ABC_X", Secrets.envName("01abc-x"));
        assertEquals("from-env", new String(s.credential("01abc-x").orElseThrow()));
    }

    @Test
    void sessionsAreKeptApartFromCredentialsAndForgottenWithThem() {
        Secrets s = Fixtures.secrets(tmp);
        s.saveCredential("a1", "pw".toCharArray());
        s.saveSession("a1", "{\"did\":\"did:plc:x\"}");
        assertEquals("{\"did\":\"did:plc:x\"}", s.session("a1").orElseThrow());
        assertEquals("pw", new String(s.credential("a1").orElseThrow()));

        s.forget("a1");
        assertFalse(s.credential("a1").isPresent());
        assertFalse(s.session("a1").isPresent());
    }

    @Test
    void theFileStoreIsTheRegisteredDefault() {
        assertTrue(Lookup.getDefault().lookup(SecretStore.class) instanceof FileSecretStore);
        String old = System.getProperty("gloss.secrets");
        try {
            System.setProperty("gloss.secrets", tmp.resolve("elsewhere").toString());
            assertEquals(tmp.resolve("elsewhere"), FileSecretStore.defaultFolder());
        } finally {
            if (old == null) {
                System.clearProperty("gloss.secrets");
            } else {
                System.setProperty("gloss.secrets", old);
            }
        }
    }

    @Test
    void aSecretFileThatCannotBeReadSaysWhyInTheSystemsWordsNotAClassName() throws Exception {
        FileSecretStore store = new FileSecretStore(tmp.resolve("secrets"));
        Files.createDirectories(tmp.resolve("secrets").resolve("acc1")); // a folder where the file should be
        PublishSetupException e = org.junit.jupiter.api.Assertions.assertThrows(PublishSetupException.class, () -> store.read("acc1"));
        assertEquals(PublishSetupException.Reason.SECRET_UNREADABLE, e.reason());
        assertEquals(tmp.resolve("secrets").resolve("acc1"), e.args().get(0));
        dev.gloss.workspace.FileFailure why = (dev.gloss.workspace.FileFailure) e.args().get(1);
        assertFalse(why.toString().contains("Exception"), why.toString());
    }
}
