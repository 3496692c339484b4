package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM types into a draft through the real composer model and its debounced autosave, and
 * is killed with SIGKILL once the pause after typing has passed, without any flush or shutdown
 * hook: the text it typed is on disk, whole.
 */
class AutosaveKillTest {
    @TempDir
    Path dir;

    @Test
    void textTypedBeforeTheKillIsOnDisk() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                TypingChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String threadId = null;
        StringBuilder log = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                log.append(line).append('\n');
                if (line.startsWith("thread ")) {
                    threadId = line.substring(7);
                }
                if (line.equals("saved " + TypingChild.TEXT.length())) {
                    child.destroyForcibly(); // SIGKILL: no flush, no shutdown hook
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(threadId != null, "the child started typing:\n" + log);
        Workspace ws = Workspace.open(dir);
        assertTrue(ws.problems().isEmpty(), "every file parses: " + ws.problems());
        PostThread t = ws.get(Kind.THREADS, threadId).orElseThrow(() -> new AssertionError("draft lost:\n" + log));
        assertEquals(TypingChild.TEXT, t.posts().get(0).text());
    }
}
