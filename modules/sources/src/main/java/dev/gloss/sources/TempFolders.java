package dev.gloss.sources;

import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The workspace's temporary folders ({@code .gloss/tmp/<prefix>…}) that a download lands in before the import. */
final class TempFolders {
    private static final Logger LOG = Logger.getLogger(TempFolders.class.getName());

    private TempFolders() {
    }

    /** A new empty folder under {@code .gloss/tmp}. */
    static Path create(Workspace ws, String prefix) throws IOException {
        Path root = ws.derivedFolder().resolve("tmp");
        Files.createDirectories(root);
        return Files.createTempDirectory(root, prefix);
    }

    /** Deletes a folder and everything in it; what cannot be deleted is logged and left. */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(Level.INFO, "cannot delete " + p, e);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot clean " + dir, e);
        }
    }
}
