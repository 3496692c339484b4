package dev.gloss.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Child process of {@link CrashSafetyTest}: saves objects forever and says which are done. */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Workspace ws = Workspace.open(Path.of(args[0]));
        for (int i = 0; ; i++) {
            String id = "p" + (i % 40);
            // Big enough that a write is not instantaneous, so a kill often lands mid-write.
            String title = "Revision " + i + " " + "x".repeat(20_000);
            ws.save(Kind.PAPERS, new Paper(id, title, List.of("A"), 2026, null, null, null, null, List.of(), "f.pdf",
                    1, "0".repeat(64), Instant.EPOCH));
            System.out.println("saved " + id + " " + i);
            System.out.flush();
        }
    }
}
