package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockTest {
    @TempDir
    Path dir;

    @Test
    void aHeldLockIsNotHandedToAnotherThreadOrInstance() throws Exception {
        Workspace one = Workspace.open(dir);
        Workspace two = Workspace.open(dir);
        try (ObjectLock held = one.lock("publish-e1")) {
            Optional<ObjectLock> other = CompletableFuture.supplyAsync(() -> two.tryLock("publish-e1")).get(10, TimeUnit.SECONDS);
            assertFalse(other.isPresent(), "another thread cannot take a held lock");
            try (ObjectLock again = one.lock("publish-e1")) {
                assertTrue(again != null, "re-entrant for the holder");
            }
        }
        boolean free = CompletableFuture.supplyAsync(() -> {
            Optional<ObjectLock> after = two.tryLock("publish-e1");
            after.ifPresent(ObjectLock::close); // a lock is released by the thread that holds it
            return after.isPresent();
        }).get(10, TimeUnit.SECONDS);
        assertTrue(free, "free after release");
    }
}
