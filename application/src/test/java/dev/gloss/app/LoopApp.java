package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real application for the loop tests: a private copy of the assembled launcher started on
 * an Xvfb display with its own user directory, a workspace and a secrets folder, plus what the
 * tests ask of it (waiting, its log, screenshots on failure).
 */
final class LoopApp implements AutoCloseable {
    private final Xvfb xvfb;
    private final XDo x;
    private final Process process;
    private final Path log;

    private LoopApp(Xvfb xvfb, XDo x, Process process, Path log) {
        this.xvfb = xvfb;
        this.x = x;
        this.process = process;
        this.log = log;
    }

    /** Starts the application on {@code wsDir}; the main window is not awaited yet. */
    static LoopApp launch(Path temp, Xvfb xvfb, XDo x, Path wsDir, Path secrets) throws Exception {
        return launch(temp, xvfb, x, wsDir, secrets, false);
    }

    /**
     * Starts the application, in the dark theme if {@code dark} (set as Tools ▸ Options ▸
     * Appearance does: the platform's {@code laf} preference, read at start).
     */
    static LoopApp launch(Path temp, Xvfb xvfb, XDo x, Path wsDir, Path secrets, boolean dark) throws Exception {
        Path appCopy = privateCopy(Path.of(System.getProperty("gloss.app.dir")), temp);
        Path userdir = temp.resolve("userdir");
        if (dark) {
            Path prefs = userdir.resolve("config/Preferences/laf.properties");
            Files.createDirectories(prefs.getParent());
            Files.writeString(prefs, "laf=com.formdev.flatlaf.FlatDarkLaf\n");
        }
        ProcessBuilder pb = new ProcessBuilder(appCopy.resolve("bin/gloss").toString(),
                "--userdir", userdir.toString(), "--cachedir", temp.resolve("cache").toString(),
                "-J-Dgloss.workspace=" + wsDir, "-J-Dgloss.secrets=" + secrets)
                .redirectErrorStream(true).redirectOutput(temp.resolve("launcher.log").toFile());
        pb.environment().put("DISPLAY", xvfb.display());
        return new LoopApp(xvfb, x, pb.start(), userdir.resolve("var/log/messages.log"));
    }

    /** Waits for the main window with {@code papers} papers in the library; returns its id. */
    String awaitMainWindow(int papers) throws Exception {
        check(XDo.waitFor(240, () -> !xvfb.windowsNamed("^Gloss$").isEmpty()
                && log().contains("Library shows " + papers + " papers")),
                "the main window with " + papers + " paper(s) in the library");
        return xvfb.windowsNamed("^Gloss$").get(0);
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** Fails with a screenshot and the log's tail when {@code ok} is false. */
    void check(boolean ok, String what) throws IOException, InterruptedException {
        if (!ok) {
            Path shot = x.shot("FAILED");
            List<String> all = log().lines().toList();
            fail("timed out waiting for: " + what + " (screen: " + shot + ")\n--- messages.log tail:\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size())));
        }
    }

    /** The SEVERE lines of the log (none in a good run). */
    List<String> severe() throws IOException {
        return log().lines().filter(l -> l.startsWith("SEVERE")).toList();
    }

    /** The page column is drawn: white paper in the middle of the editor area. */
    static boolean pageShown(BufferedImage img) {
        if (img == null) {
            return false;
        }
        int white = 0;
        for (int y = 200; y < 600; y += 20) {
            if ((img.getRGB(860, y) & 0xFFFFFF) == 0xFFFFFF) {
                white++;
            }
        }
        return white > 10;
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * A private copy of the assembled application, whole: other builds may re-assemble
     * {@code application/target} while a test runs, and a jar rewritten under a running launcher
     * breaks the window system. Copies again while a jar is caught half written.
     */
    private static Path privateCopy(Path appDir, Path temp) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Path copy = temp.resolve("app-" + attempt);
            Process cp = new ProcessBuilder("cp", "-a", appDir.toString(), copy.toString()).inheritIO().start();
            assertTrue(cp.waitFor(5, TimeUnit.MINUTES) && cp.exitValue() == 0, "cannot copy " + appDir);
            List<Path> broken;
            try (var files = Files.walk(copy)) {
                broken = files.filter(f -> f.toString().endsWith(".jar")).filter(f -> !readableJar(f)).toList();
            }
            if (broken.isEmpty()) {
                return copy;
            }
            assertTrue(attempt < 10, "the assembled application keeps changing: " + broken);
            Thread.sleep(15_000);
        }
    }

    private static boolean readableJar(Path jar) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            var entries = z.entries();
            while (entries.hasMoreElements()) {
                try (var in = z.getInputStream(entries.nextElement())) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
