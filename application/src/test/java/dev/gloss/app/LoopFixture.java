package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.library.demo.DemoWorkspace;
import dev.gloss.publish.Pds;
import dev.gloss.publish.Accounts;
import dev.gloss.publish.FileSecretStore;
import dev.gloss.publish.Secrets;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.Retry;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * What both loop tests start from, as a user who has set up once: an X display, the loopback
 * Bluesky server, a new workspace with the demo paper, and a Bluesky account on that server
 * (added headless, as {@code gloss accounts add} would). Plus the workspace reads the tests
 * poll while the window works.
 */
final class LoopFixture implements AutoCloseable {
    final Xvfb xvfb = new Xvfb();
    final Pds pds;
    final Path wsDir;
    final Path secrets;
    final Workspace ws;
    final Paper paper;
    final String did;
    final AccountRef account;

    private LoopFixture(Path temp, String name) throws Exception {
        xvfb.start();
        try {
            pds = Pds.start();
        } catch (Exception | Error e) {
            xvfb.stop();
            throw e;
        }
        wsDir = temp.resolve("workspace");
        secrets = temp.resolve("secrets");
        ws = Workspace.openOrCreate(wsDir);
        if (ws.papers().isEmpty()) {
            // the initializers are found through META-INF/services, which a jar being re-installed
            // by a parallel build can hide for a moment: populate the same way, directly
            new DemoWorkspace().populate(ws);
        }
        assertEquals(1, ws.papers().size(), "the new workspace has the demo paper");
        paper = ws.papers().get(0);
        String handle = name + Long.toString(System.nanoTime() % 1_000_000, 36) + ".test";
        String password = name + "-password-1";
        did = pds.createAccount(handle, password).did();
        account = new Accounts(ws, new Secrets(new FileSecretStore(secrets), System::getenv),
                HttpTransport.standard(Clock.systemUTC()), Retry.standard())
                .addBluesky(pds.url().toString(), handle, password.toCharArray());
    }

    static LoopFixture start(Path temp, String name) throws Exception {
        return new LoopFixture(temp, name);
    }

    /** The highlight whose text is {@code sentence} (white space aside), once saved. */
    Optional<Annotation> highlight(String sentence) {
        ws.reload();
        return ws.annotations(paper.id()).stream()
                .filter(a -> a.type() == AnnotationType.HIGHLIGHT
                        && a.exact().replaceAll("\\s+", " ").strip().equals(sentence))
                .findFirst();
    }

    /** The thread that was not there {@code before}. */
    Optional<PostThread> newThread(Set<String> before) {
        ws.reload();
        return ws.threads().stream().filter(t -> !before.contains(t.id())).findFirst();
    }

    int clips() {
        ws.reload();
        return (int) ws.annotations(paper.id()).stream().filter(a -> a.clip() != null).count();
    }

    Annotation newestClip() {
        ws.reload();
        return ws.annotations(paper.id()).stream().filter(a -> a.clip() != null)
                .max(Comparator.comparing(Annotation::created)).orElseThrow();
    }

    /** The thread's posts on the server, oldest first. */
    com.fasterxml.jackson.databind.JsonNode posts() throws java.io.IOException, InterruptedException {
        return pds.listRecords(did, "app.bsky.feed.post");
    }

    @Override
    public void close() throws Exception {
        try {
            pds.close();
        } finally {
            xvfb.stop();
        }
    }
}
