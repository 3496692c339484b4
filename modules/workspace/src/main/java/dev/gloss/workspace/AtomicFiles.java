package dev.gloss.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every file Gloss writes, the workspace's own and those written for the user (a rendered page,
 * an export, a clip, the export folder), goes through here, under one rule:
 * <ul>
 * <li>a new path, or an existing regular file, is replaced atomically: the bytes go to a hidden
 * temp file in the same folder, which is forced to disk and renamed over the target (the folder
 * is forced too), so after a crash the target holds the old or the new content, never a torn
 * file; a replaced file keeps its permissions;</li>
 * <li>a symbolic link is followed: the file it points to gets the content (replaced as above when
 * it is a regular file or missing), and the link stays a link;</li>
 * <li>an existing file that is not a regular file (a device such as {@code /dev/null}, a named
 * pipe) is written into, never replaced;</li>
 * <li>a folder is refused, and every failure (a full disk, a read-only file system, a write to
 * {@code /dev/full}) is thrown: nothing is reported as written that was not.</li>
 * </ul>
 */
public final class AtomicFiles {
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());
    /** Linux's limit on links followed in one path; a longer chain is a loop. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** Writes the content of a file: what goes into it, streamed. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target} under the rule above. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code body} writes to {@code target} under the rule above.
     *
     * @throws IOException when anything fails; the target is then as it was (or, for a device or a
     *                     pipe, holds what reached it)
     */
    public static void write(Path target, Body body) throws IOException {
        Path real = followLinks(target.toAbsolutePath());
        BasicFileAttributes attrs = attributes(real);
        if (attrs != null && attrs.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        if (attrs != null && !attrs.isRegularFile()) {
            writeInto(real, body);
            return;
        }
        replace(real, attrs != null, body);
    }

    /** The path a chain of symbolic links leads to (which may not exist yet). */
    static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            Path link = Files.readSymbolicLink(p);
            Path parent = p.getParent();
            p = (parent == null ? link : parent.resolve(link)).normalize();
        }
        throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
    }

    private static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A device or a pipe: opened for writing as it is, never replaced, never truncated to nothing first. */
    private static void writeInto(Path target, Body body) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(ch)) {
            body.writeTo(out);
            out.flush();
        }
    }

    private static void replace(Path target, boolean exists, Body body) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // a stream over the channel that never closes it early: the bytes are forced before the rename
                OutputStream out = Channels.newOutputStream(ch);
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (exists) {
                keepPermissions(target, temp);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The replaced file's mode (a private 0600 export stays private). */
    private static void keepPermissions(Path from, Path to) {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, perms);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "the permissions of " + from + " were not carried over", e);
        }
    }

    /** Makes a rename durable. Not every platform can open a folder for this; that is fine there. */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; the rename itself is still atomic.
            LOG.log(Level.FINE, "cannot force directory " + dir, e);
        }
    }
}
