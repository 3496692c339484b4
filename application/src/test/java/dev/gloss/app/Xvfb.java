package dev.gloss.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A private X server for GUI tests: its own display number, stopped after the test. */
final class Xvfb {
    private Process server;
    private String display;

    void start() throws IOException, InterruptedException {
        for (int n = 140; n < 180; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && p.isAlive(); i++) {
                // the socket appears a moment before the server takes clients: wait until one connects
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && answers(":" + n)) {
                    server = p;
                    display = ":" + n;
                    return;
                }
                Thread.sleep(100);
            }
            p.destroyForcibly();
        }
        throw new IllegalStateException("Xvfb could not be started (is the xvfb package installed? ./test installs it)");
    }

    /** Whether a client can talk to the X server on {@code display} now. */
    private static boolean answers(String display) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "getdisplaygeometry").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        Process q = pb.start();
        return q.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) && q.exitValue() == 0;
    }

    String display() {
        return display;
    }

    List<String> windowsNamed(String regex) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", regex).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out.lines().filter(l -> l.matches("\\d+")).toList();
    }

    void screenshot(Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        ProcessBuilder pb = new ProcessBuilder("import", "-window", "root", png.toString());
        pb.environment().put("DISPLAY", display);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
    }

    void stop() {
        if (server != null) {
            server.destroy();
        }
    }
}
