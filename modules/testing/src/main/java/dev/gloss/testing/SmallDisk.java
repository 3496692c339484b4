package dev.gloss.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, tiny file system for the tests of what happens when a disk fills up or is read-only: a
 * tmpfs of a few kilobytes mounted on a folder of the test's own. Mounting needs root (or the
 * capability to mount); without it the calling test is skipped, not failed.
 * <pre>{@code
 * try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 64)) {
 *     Files.write(disk.root().resolve("big"), new byte[100_000]);   // fails: no space left on device
 * }
 * }</pre>
 */
public final class SmallDisk implements AutoCloseable {
    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code folder} (created); skips the test when mounting is not allowed. */
    public static SmallDisk mount(Path folder, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        String out = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0777", "tmpfs", folder.toString());
        Assumptions.assumeTrue(out == null, "cannot mount a tmpfs here (" + out + ")");
        return new SmallDisk(folder);
    }

    /** The mounted folder. */
    public Path root() {
        return root;
    }

    /** Makes the file system read-only (a remount). */
    public void readOnly() throws IOException, InterruptedException {
        String out = run("mount", "-o", "remount,ro", root.toString());
        if (out != null) {
            throw new IOException("cannot remount " + root + " read-only: " + out);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String out = run("umount", root.toString());
        if (out != null) {
            // lazily, so that a file a failed test left open does not keep the mount
            run("umount", "-l", root.toString());
        }
    }

    /** Runs a command; null when it succeeded, else what it said (or why it could not start). */
    private static String run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return command[0] + " did not finish";
            }
            return p.exitValue() == 0 ? null : said;
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
