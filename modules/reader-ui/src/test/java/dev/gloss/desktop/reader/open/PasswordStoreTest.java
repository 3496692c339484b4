package dev.gloss.desktop.reader.open;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.testing.Corpus;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password of an encrypted PDF, remembered in the NetBeans Keyring (in tests, the platform's
 * in-memory fallback) under a key naming the paper, opens it at the next start without asking.
 */
class PasswordStoreTest {
    @TempDir
    Path dir;
    private Path encrypted;

    @BeforeEach
    void workspace() throws Exception {
        // the loader asks the workspace whether a file is a paper: an empty one here
        GlossWorkspace.future().complete(Workspace.openOrCreate(Files.createDirectories(dir.resolve("ws"))));
        Path corpus = Corpus.file("encrypted/PasswordSample-128bit.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "corpus not present");
        encrypted = Files.copy(corpus, dir.resolve("locked " + System.nanoTime() + ".pdf"));
        Files.writeString(encrypted, "\n% a copy of its own, so its key is its own\n", java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void aPasswordIsKeptUnderItsPapersKeyAndForgotten() {
        String key = PasswordStore.key("p-2024-attention", "ab12");
        assertTrue(key.endsWith("p-2024-attention"), key);
        assertTrue(PasswordStore.key(null, "ab12").endsWith("sha256:ab12"));
        char[] pw = "s3cret".toCharArray();
        PasswordStore.remember(key, pw);
        assertArrayEquals("s3cret".toCharArray(), pw, "the caller's copy is left alone");
        assertArrayEquals("s3cret".toCharArray(), PasswordStore.read(key).orElseThrow());
        PasswordStore.forget(key);
        assertFalse(PasswordStore.read(key).isPresent());
    }

    private record Outcome(OpenDocument doc, PdfException.Reason failed) {
    }

    private Outcome open(DocumentLoader.Asker asker) throws Exception {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        new DocumentLoader(encrypted, new DocumentLoader.Callback() {
            @Override
            public void loaded(OpenDocument doc) {
                done.complete(new Outcome(doc, null));
            }

            @Override
            public void failed(String sentence, PdfException.Reason reason) {
                done.complete(new Outcome(null, reason));
            }
        }, asker, null).start();
        return done.get(60, TimeUnit.SECONDS);
    }

    @Test
    void rememberedOnceItOpensWithoutAskingNextTime() throws Exception {
        String key = PasswordStore.key(null, Ids.sha256(encrypted));
        List<String> asked = new CopyOnWriteArrayList<>();
        Outcome first = open((name, problem, then) -> {
            asked.add(name);
            then.accept(new PasswordPrompt.Answer("user".toCharArray(), true));
        });
        assertEquals(List.of(encrypted.getFileName().toString()), asked, "asked once, naming the file");
        first.doc().close();
        assertArrayEquals("user".toCharArray(), PasswordStore.read(key).orElseThrow());

        Outcome next = open((name, problem, then) -> {
            throw new AssertionError("asked again although the password is remembered");
        });
        assertEquals(null, next.failed());
        next.doc().close();
        PasswordStore.forget(key);
    }

    @Test
    void notRememberedUnlessAsked() throws Exception {
        String key = PasswordStore.key(null, Ids.sha256(encrypted));
        Outcome first = open((name, problem, then) -> then.accept(new PasswordPrompt.Answer("user".toCharArray(), false)));
        first.doc().close();
        assertFalse(PasswordStore.read(key).isPresent());
    }

    @Test
    void aRememberedPasswordThatNoLongerWorksIsForgottenAndTheUserAsked() throws Exception {
        String key = PasswordStore.key(null, Ids.sha256(encrypted));
        PasswordStore.remember(key, "stale".toCharArray());
        List<String> problems = new CopyOnWriteArrayList<>();
        Outcome cancelled = open((name, problem, then) -> {
            problems.add(problem);
            then.accept(null);
        });
        assertEquals(PdfException.Reason.PASSWORD_REQUIRED, cancelled.failed());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("no longer opens it"), problems.get(0));
        assertFalse(PasswordStore.read(key).isPresent(), "the stale password is forgotten");
    }
}
