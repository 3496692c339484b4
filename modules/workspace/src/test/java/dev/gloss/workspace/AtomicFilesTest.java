package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.SmallDisk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rule for every file Gloss writes (issue 23, item 1): a regular file or a new path is
 * replaced atomically; a symbolic link, a device or a named pipe is written into and stays what it
 * was; a full or read-only disk is an error with its reason, never a success.
 */
class AtomicFilesTest {
    private static final byte[] CONTENT = "new content\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().contains(".tmp-")).toList();
        }
    }

    /** Neither a regular file, a folder nor a link: a device or a pipe. */
    private static boolean other(Path p) throws IOException {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    @Test
    void aRegularFileIsReplacedAndKeepsItsPermissions() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.md"), "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(f, CONTENT);
        assertArrayEquals(CONTENT, Files.readAllBytes(f));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("real.md"));
        AtomicFiles.write(link, CONTENT);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertArrayEquals(CONTENT, Files.readAllBytes(real));
        // a link to a file not there yet: the file is made where the link points
        Path dangling = Files.createSymbolicLink(dir.resolve("later.md"), dir.resolve("sub").resolve("later-real.md"));
        Files.createDirectories(dir.resolve("sub"));
        AtomicFiles.write(dangling, CONTENT);
        assertTrue(Files.isSymbolicLink(dangling));
        assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve("sub/later-real.md")));
        // links that point at each other are refused with their reason
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        IOException loop = assertThrows(IOException.class, () -> AtomicFiles.write(a, CONTENT));
        assertEquals(FileFailure.Reason.LINK_LOOP, FileFailure.of(loop).reason());
    }

    @Test
    void aNamedPipeIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicFiles.write(fifo, CONTENT);
        assertArrayEquals(CONTENT, read.get(10, TimeUnit.SECONDS));
        assertTrue(other(fifo), "still a pipe");
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aDeviceIsWrittenIntoAndAFullOneIsAnError() throws Exception {
        Path devNull = Path.of("/dev/null");
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(devNull) && Files.isWritable(devFull), "no /dev/null and /dev/full here");
        AtomicFiles.write(devNull, CONTENT);
        IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(devFull, CONTENT));
        assertEquals(FileFailure.Reason.NO_SPACE, FileFailure.of(full).reason());
        assertTrue(other(devFull), "/dev/full is still a device");
        assertEquals("the disk is full", Phrasebook.MODULES.phrase(FileFailure.of(full)));
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(folder, CONTENT));
        assertEquals(FileFailure.Reason.IS_A_FOLDER, FileFailure.of(e).reason());
        assertTrue(Files.isDirectory(folder));
    }

    /** A real 64 KB tmpfs (needs root; skipped without): full, the old file is whole and no temp file is left. */
    @Test
    void aFullDiskLeavesTheOldFileWholeAndAReadOnlyOneRefuses() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 64)) {
            Path f = Files.writeString(disk.root().resolve("export.md"), "the old export");
            IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(f, new byte[256 * 1024]));
            assertEquals(FileFailure.Reason.NO_SPACE, FileFailure.of(full).reason(), full.toString());
            assertEquals("the old export", Files.readString(f));
            assertEquals(List.of(), leftovers(disk.root()));
            disk.readOnly();
            IOException ro = assertThrows(IOException.class, () -> AtomicFiles.write(f, CONTENT));
            assertEquals(FileFailure.Reason.READ_ONLY, FileFailure.of(ro).reason(), ro.toString());
            assertEquals("the old export", Files.readString(f));
        }
    }
}
