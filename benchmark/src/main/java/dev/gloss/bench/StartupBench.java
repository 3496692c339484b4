package dev.gloss.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Cold start of the workbench to its main window under Xvfb, against the same launcher with
 * only the platform's cluster (the platform's own floor).
 */
final class StartupBench {
    private final Path app;
    private final Path scratch;
    private final int runs;

    StartupBench(Path app, Path scratch, int runs) {
        this.app = app;
        this.scratch = scratch;
        this.runs = runs;
    }

    /**
     * The floor's main window: its title starts with the name, the splash's ("Starting Apache
     * NetBeans Platform") does not, and the splash comes first.
     */
    private static final String FLOOR_WINDOW = "^Apache NetBeans Platform|^Gloss$";

    Row measure() throws Exception {
        Path floor = platformOnly();
        Path workspace = scratch.resolve("startup-ws");
        try (XvfbDisplay x = XvfbDisplay.start(180)) {
            String display = x.name();
            // the first start of each: the workspace, the disk cache, the module caches and (ended as a
            // user ends a session, so that the launcher writes it) the class-data archive a second start has
            launchUntilWindow(app, workspace, display, "^Gloss$", true);
            launchUntilWindow(floor, workspace, display, FLOOR_WINDOW, true);
            // and the workspace's derived cache, as any start after the first leaves it
            AnnotationWorkspace.settleAndCache(workspace);
            double[] gloss = new double[runs];
            double[] platform = new double[runs];
            for (int r = 0; r < runs; r++) {
                gloss[r] = launchOrRetry(app, workspace, display, "^Gloss$");
                platform[r] = launchOrRetry(floor, workspace, display, FLOOR_WINDOW);
            }
            Stats g = Stats.of(gloss);
            Stats p = Stats.of(platform);
            return new Row("cold start to the main window", g.median(), p.median(), "platform modules only", "ms",
                    "launcher under Xvfb, fresh user dir each run, until the window is mapped, as a second start "
                            + "(module caches and class-data archive left by a first one, each installation its own, and "
                            + "the workspace's derived cache); "
                            + "Gloss " + g.spread() + ", platform " + p.spread()
                            + (hung.isEmpty() ? "" : "; " + hung.size() + " launch(es) showed no window within 240 s "
                                    + "and were repeated (their threads: " + String.join(", ", hung) + ")"));
        }
    }

    /** A copy of the application's layout that lists only the platform cluster. */
    private Path platformOnly() throws IOException {
        Path floor = scratch.resolve("platform-only");
        Files.createDirectories(floor.resolve("etc"));
        for (String dir : List.of("bin", "platform")) {
            Path link = floor.resolve(dir);
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, app.resolve(dir));
            }
        }
        Files.copy(app.resolve("etc/gloss.conf"), floor.resolve("etc/gloss.conf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(floor.resolve("etc/gloss.clusters"), "platform\n", StandardCharsets.UTF_8);
        return floor;
    }

    /**
     * Starts the launcher and waits for the window. The JVM is then ended gracefully (SIGTERM: the
     * shutdown a user's quitting runs, which writes the class-data archive) or killed.
     */
    /** Launches that showed no window in time: where their JVM's threads were dumped. */
    private final List<String> hung = new java.util.ArrayList<>();

    /** A measured launch; one that shows no window in time is repeated once (and reported). */
    private double launchOrRetry(Path appDir, Path workspace, String display, String title) throws Exception {
        try {
            return launchUntilWindow(appDir, workspace, display, title, false);
        } catch (NoWindow e) {
            hung.add(e.threads.toString());
            return launchUntilWindow(appDir, workspace, display, title, false);
        }
    }

    /** No window appeared in time; the JVM's threads were dumped to {@code threads}. */
    private static final class NoWindow extends IOException {
        private final Path threads;

        NoWindow(String title, Path threads) {
            super("no window titled " + title + " within 240 s; its threads: " + threads);
            this.threads = threads;
        }
    }

    private double launchUntilWindow(Path appDir, Path workspace, String display, String title, boolean graceful)
            throws Exception {
        Path userdir = Files.createTempDirectory(scratch, "user-");
        // each installation its own module cache: sharing the default one, Gloss and the floor
        // invalidated each other's on every launch, so neither started as a second start does
        Path cache = scratch.resolve("cache-" + appDir.getFileName());
        ProcessBuilder pb = new ProcessBuilder(appDir.resolve("bin/gloss").toString(), "--userdir", userdir.toString(),
                "--cachedir", cache.toString(), "-J-Dgloss.workspace=" + workspace).redirectErrorStream(true)
                .redirectOutput(userdir.resolve("launcher.log").toFile());
        pb.environment().put("DISPLAY", display);
        long t = System.nanoTime();
        Process p = pb.start();
        try {
            long deadline = t + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                if (windowShown(display, title)) {
                    return (System.nanoTime() - t) / 1e6;
                }
                Thread.sleep(50);
            }
            Path threads = userdir.resolve("threads.txt");
            try (Stream<ProcessHandle> kids = p.descendants()) {
                for (ProcessHandle h : kids.toList()) {
                    if (h.info().command().map(c -> c.endsWith("/java")).orElse(false)) {
                        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                                String.valueOf(h.pid()), "Thread.print").redirectErrorStream(true)
                                .redirectOutput(threads.toFile()).start().waitFor(60, TimeUnit.SECONDS);
                    }
                }
            }
            throw new NoWindow(title, threads);
        } finally {
            if (graceful) {
                try (Stream<ProcessHandle> kids = p.descendants()) {
                    kids.forEach(ProcessHandle::destroy);
                }
                p.waitFor(120, TimeUnit.SECONDS); // writing the archive takes a few seconds
            }
            try (Stream<ProcessHandle> kids = p.descendants()) {
                kids.forEach(ProcessHandle::destroyForcibly);
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            // The next launch must not find this one's window still mapped.
            long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < gone && windowShown(display, title)) {
                Thread.sleep(100);
            }
        }
    }

    private static boolean windowShown(String display, String title) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", title).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.SECONDS);
        return out.lines().anyMatch(l -> l.matches("\\d+"));
    }
}
