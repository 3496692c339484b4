package dev.gloss.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A folder of work in progress under {@code .gloss/tmp} (an import's copy of a PDF, a paper
 * folder being made), owned by the process that made it for as long as it is open: it holds an
 * operating-system lock on the folder's {@code .owner} file, which the system releases when the
 * process ends in any way, {@code kill -9} included. Opening the workspace removes the folders
 * whose owner is gone, so a killed import leaves nothing behind for longer than the next command.
 * <pre>{@code
 * try (TempFolder tmp = ws.tempFolder("import-")) {
 *     Path copy = tmp.path().resolve("paper.pdf");
 *     ...
 * }                                                  // removed, with what is still in it
 * }</pre>
 */
public final class TempFolder implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TempFolder.class.getName());
    private static final String OWNER = ".owner";
    /** Taken while a folder is made and while leftovers are looked for, so that neither sees the other half done. */
    private static final String LOCK = "temp-folders";

    private final Path path;
    private final FileChannel owner;
    private final FileLock lock;

    private TempFolder(Path path, FileChannel owner, FileLock lock) {
        this.path = path;
        this.owner = owner;
        this.lock = lock;
    }

    /** Makes and owns a new folder {@code <prefix><random>} in {@code tmpRoot}. */
    static TempFolder create(Workspace ws, Path tmpRoot, String prefix) throws IOException {
        try (ObjectLock l = ws.lock(LOCK)) {
            Files.createDirectories(tmpRoot);
            Path dir = Files.createTempDirectory(tmpRoot, prefix);
            FileChannel ch = FileChannel.open(dir.resolve(OWNER), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                return new TempFolder(dir, ch, ch.lock());
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        }
    }

    /**
     * Removes the folders in {@code tmpRoot} whose owner is gone (ended or killed). A folder that
     * another process (or this one) still owns is left alone.
     *
     * @return how many were removed
     */
    static int removeLeftovers(Workspace ws, Path tmpRoot) {
        if (!Files.isDirectory(tmpRoot)) {
            return 0;
        }
        int removed = 0;
        try (ObjectLock l = ws.lock(LOCK); DirectoryStream<Path> dirs = Files.newDirectoryStream(tmpRoot)) {
            for (Path dir : dirs) {
                try {
                    if (Files.isDirectory(dir) && !owned(dir)) {
                        deleteTree(dir);
                        removed++;
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // its owner was removing it just now, or it cannot be removed: the next open tries again
                    LOG.log(Level.FINE, "left " + dir, e);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover stays until the next open; nothing depends on it being gone
            LOG.log(Level.WARNING, "could not remove what ended or killed work left in " + tmpRoot, e);
        }
        if (removed > 0) {
            LOG.log(Level.INFO, "removed {0} folders that ended or killed work left in {1}", new Object[] {removed, tmpRoot});
        }
        return removed;
    }

    /** Whether a live process holds the folder's owner lock (a folder of an older Gloss, without one, is not owned). */
    private static boolean owned(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER);
        if (!Files.exists(owner)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very process owns it
        }
    }

    /** The folder. */
    public Path path() {
        return path;
    }

    /** Removes the folder with what is still in it, and gives up owning it. */
    @Override
    public void close() {
        try {
            try (Stream<Path> s = Files.walk(path)) {
                s.sorted(Comparator.reverseOrder()).filter(p -> !p.getFileName().toString().equals(OWNER) || !p.getParent().equals(path))
                        .filter(p -> !p.equals(path)).forEach(TempFolder::deleteQuietly);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not list " + path, e);
        }
        try {
            lock.release();
            owner.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not release " + path, e);
        }
        deleteQuietly(path.resolve(OWNER));
        deleteQuietly(path);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the next open removes it with the folder
            LOG.log(Level.FINE, "could not delete " + p, e);
        }
    }
}
