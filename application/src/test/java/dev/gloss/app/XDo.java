package dev.gloss.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** xdotool and screenshots on one test display: keys, clicks, drags, and polling for conditions. */
final class XDo {
    /** A condition polled until it holds. */
    interface Check {
        boolean holds() throws Exception;
    }

    private final String display;
    private final Path shots;
    private final String prefix;
    private int step;

    /** Screenshots go to {@code shots} as {@code <prefix>-NN-<name>.png}. */
    XDo(String display, Path shots, String prefix) {
        this.display = display;
        this.shots = shots;
        this.prefix = prefix;
    }

    String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("xdotool");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    void key(String... keys) throws IOException, InterruptedException {
        for (String k : keys) {
            run("key", "--clearmodifiers", k);
            Thread.sleep(250);
        }
    }

    void type(String text) throws IOException, InterruptedException {
        run("type", "--delay", "15", text);
    }

    void click(int x, int y, int button, int count) throws IOException, InterruptedException {
        run("mousemove", "--sync", String.valueOf(x), String.valueOf(y));
        Thread.sleep(150);
        run("click", "--repeat", String.valueOf(count), "--delay", "90", String.valueOf(button));
        Thread.sleep(300);
    }

    void drag(int x1, int y1, int x2, int y2) throws IOException, InterruptedException {
        run("mousemove", "--sync", String.valueOf(x1), String.valueOf(y1));
        run("mousedown", "1");
        for (int i = 1; i <= 8; i++) {
            run("mousemove", String.valueOf(x1 + (x2 - x1) * i / 8), String.valueOf(y1 + (y2 - y1) * i / 8));
            Thread.sleep(60);
        }
        run("mouseup", "1");
        Thread.sleep(300);
    }

    /** Saves a numbered screenshot of the whole screen and returns it. */
    Path shot(String name) throws IOException, InterruptedException {
        Files.createDirectories(shots);
        Path png = shots.resolve(String.format("%s-%02d-%s.png", prefix, ++step, name));
        ProcessBuilder pb = new ProcessBuilder("import", "-window", "root", png.toString());
        pb.environment().put("DISPLAY", display);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        return png;
    }

    /** The screen as an image (for polling what is drawn). */
    BufferedImage screen() throws IOException, InterruptedException {
        Path png = Files.createTempFile(shots.getParent() == null ? shots : shots.getParent(), "screen", ".png");
        try {
            ProcessBuilder pb = new ProcessBuilder("import", "-window", "root", png.toString());
            pb.environment().put("DISPLAY", display);
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
            BufferedImage img = Files.size(png) > 0 ? ImageIO.read(png.toFile()) : null;
            return img;
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** Polls {@code check} every half second until it holds or {@code seconds} pass. */
    static boolean waitFor(int seconds, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(500);
        }
        return check.holds();
    }
}
