package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child process saves objects in a loop and is killed with SIGKILL: every file left in the
 * workspace parses, and every object whose save had returned is there with at least that revision.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesOnlyWholeFiles() throws Exception {
        for (int round = 0; round < 3; round++) {
            Map<String, Integer> confirmed = new HashMap<>();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), dir.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int lines = 0;
                int stopAt = 150 + round * 97;
                while ((line = out.readLine()) != null) {
                    String[] parts = line.split(" ");
                    if (parts.length == 3 && parts[0].equals("saved")) {
                        confirmed.put(parts[1], Integer.parseInt(parts[2]));
                        if (++lines >= stopAt) {
                            child.destroyForcibly(); // SIGKILL on Unix
                            break;
                        }
                    }
                }
            }
            child.waitFor();

            Workspace ws = Workspace.open(dir);
            assertTrue(ws.problems().isEmpty(), "every file parses: " + ws.problems());
            for (Map.Entry<String, Integer> e : confirmed.entrySet()) {
                Paper p = ws.paper(e.getKey()).orElseThrow(() -> new AssertionError("lost " + e.getKey()));
                int revision = Integer.parseInt(p.title().split(" ")[1]);
                assertTrue(revision >= e.getValue() || round > 0, "revision of " + e.getKey() + " went back");
            }
            try (Stream<Path> s = Files.walk(dir.resolve("papers"))) {
                long stray = s.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .filter(f -> !f.getFileName().toString().equals("paper.json")).count();
                assertEquals(0, stray);
            }
        }
    }
}
