package dev.gloss.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private Xvfb display (1600×1000) for the rows that need a real window, on the first free
 * number from {@code from}: the timings must not depend on a desktop's compositor.
 */
final class XvfbDisplay implements AutoCloseable {
    private final Process xvfb;
    private final String name;

    private XvfbDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    static XvfbDisplay start(int from) throws IOException, InterruptedException {
        for (int n = from; n < from + 40; n++) {
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            if (Files.exists(socket)) {
                continue;
            }
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50; i++) {
                if (Files.exists(socket)) {
                    return new XvfbDisplay(p, ":" + n);
                }
                Thread.sleep(100);
            }
            p.destroyForcibly();
        }
        throw new IOException("Xvfb could not start");
    }

    /** The DISPLAY value, such as {@code :180}. */
    String name() {
        return name;
    }

    @Override
    public void close() {
        xvfb.destroyForcibly();
    }
}
