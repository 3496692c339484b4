package dev.gloss.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Named locks that hold across threads and processes: a {@link ReentrantLock} inside this JVM
 * plus an OS file lock on {@code .gloss/locks/<name>.lock} held by the outermost holder. The app
 * and a headless command therefore never write (or publish) the same object at once. The in-JVM
 * part is shared by every {@link Workspace} instance open on the same folder, since the OS lock
 * is per process and a second channel on the same file would fail instead of waiting.
 */
final class ObjectLocks {
    private final Path dir;
    private static final ConcurrentHashMap<Path, Held> HELD = new ConcurrentHashMap<>();

    ObjectLocks(Path dir) {
        this.dir = dir;
    }

    ObjectLock lock(String name) {
        Held h = HELD.computeIfAbsent(dir.resolve(name + ".lock").toAbsolutePath().normalize(), f -> new Held(name));
        h.jvm.lock();
        return acquireFile(h, true).orElseThrow();
    }

    Optional<ObjectLock> tryLock(String name) {
        Held h = HELD.computeIfAbsent(dir.resolve(name + ".lock").toAbsolutePath().normalize(), f -> new Held(name));
        try {
            if (!h.jvm.tryLock(0, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return acquireFile(h, false);
    }

    private Optional<ObjectLock> acquireFile(Held h, boolean wait) {
        if (h.jvm.getHoldCount() > 1) {
            return Optional.of(new ObjectLock(() -> release(h)));
        }
        try {
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve(h.name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fl = wait ? ch.lock() : ch.tryLock();
            if (fl == null) {
                ch.close();
                h.jvm.unlock();
                return Optional.empty();
            }
            h.channel = ch;
            h.fileLock = fl;
            return Optional.of(new ObjectLock(() -> release(h)));
        } catch (IOException e) {
            h.jvm.unlock();
            throw new WorkspaceException(e, WorkspaceException.Reason.CANNOT_LOCK, h.name, dir, FileFailure.of(e));
        }
    }

    void release(Held h) {
        if (h.jvm.getHoldCount() == 1 && h.channel != null) {
            try {
                h.fileLock.release();
                h.channel.close();
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(ObjectLocks.class.getName())
                        .log(java.util.logging.Level.WARNING, "cannot release lock " + h.name, e);
            } finally {
                h.channel = null;
                h.fileLock = null;
            }
        }
        h.jvm.unlock();
    }

    static final class Held {
        final String name;
        final ReentrantLock jvm = new ReentrantLock();
        FileChannel channel;
        FileLock fileLock;

        Held(String name) {
            this.name = name;
        }
    }
}
