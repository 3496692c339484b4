package dev.gloss.bench;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Measures a reader from outside its process, as a user sees it: starts a command (a reader
 * opening a PDF) and photographs the whole X screen as fast as it can until the screen has
 * settled, then finds the page in the last photograph and says when it first appeared.
 * <p>
 * Run in a JVM of its own with {@code DISPLAY} set (the benchmark's JVM is headless):
 * {@code ScreenWatch OUT_DIR MAX_SECONDS SETTLE_SECONDS KILL(true|false) COMMAND...}. Prints one
 * line of JSON: {@code windowMs} (the first photograph that differs from the empty screen),
 * {@code usefulMs} (from then on the page's place shows the page, perhaps blurred: a
 * low-resolution pass or a cached raster), {@code sharpMs} (from then on it shows the page as it
 * finally is), all from just before the command started, or {@code -1} when not seen.
 * <p>
 * The page is the largest connected white area of the last photograph that holds ink, so
 * every reader is judged the same way whatever its window and zoom.
 * <p>
 * With {@code -Dscreenwatch.window=NAME} the screen counts as settled only once a visible window
 * of that name is up: a splash screen that shows the page (Gloss's kept view) is still while the
 * JVM boots behind it, and must not end the watch before the reader's own window takes over.
 */
public final class ScreenWatch {
    /** Consecutive photographs differing in fewer pixels than this are the same (a caret blinks). */
    private static final int SAME = 2_000;
    /** The name of the window that must be up before the screen can count as settled, or null. */
    private static final String WINDOW = System.getProperty("screenwatch.window");

    private ScreenWatch() {
    }

    /** One photograph: when it was complete (ms after the start) and its luma. */
    record Frame(double ms, byte[] luma, double cpuMs) {
        Frame(double ms, byte[] luma) {
            this(ms, luma, 0);
        }
    }

    /** What the photographs showed. */
    record Result(double windowMs, double usefulMs, double sharpMs, double endMs, int frames, Rectangle page,
            double sharpCpuMs, double usefulCpuMs) {
        String json() {
            return String.format(Locale.ROOT,
                    "{\"windowMs\":%.1f,\"usefulMs\":%.1f,\"sharpMs\":%.1f,\"endMs\":%.1f,\"frames\":%d,\"page\":\"%s\","
                            + "\"sharpCpuMs\":%.0f,\"usefulCpuMs\":%.0f}",
                    windowMs, usefulMs, sharpMs, endMs, frames,
                    page == null ? "" : page.x + "," + page.y + "," + page.width + "x" + page.height, sharpCpuMs,
                    usefulCpuMs);
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        double maxS = Double.parseDouble(args[1]);
        double settleS = Double.parseDouble(args[2]);
        boolean kill = Boolean.parseBoolean(args[3]);
        List<String> rest = List.of(args).subList(4, args.length);
        int then = rest.indexOf("--then");
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        Robot robot = new Robot();
        Process first = null;
        try {
            first = watch(robot, screen, out.resolve("first"), maxS, settleS, then < 0 ? rest : rest.subList(0, then));
            if (then >= 0) { // a second command while the first still runs: a file handed to the running reader
                Process second = watch(robot, screen, out.resolve("then"), maxS, settleS, rest.subList(then + 1, rest.size()));
                second.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            if (kill && first != null) {
                end(first);
            }
        }
        System.exit(0);
    }

    /** Starts the command, photographs the screen until it settles, prints the result's line. */
    private static Process watch(Robot robot, Rectangle screen, Path out, double maxS, double settleS, List<String> command)
            throws Exception {
        Files.createDirectories(out);
        int w = screen.width;
        int h = screen.height;
        byte[] empty = luma(robot.createScreenCapture(screen));
        List<Frame> frames = new ArrayList<>();
        frames.add(new Frame(0, empty));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("command.log").toFile()).start();
        double stableSince = 0;
        byte[] last = empty;
        boolean windowUp = WINDOW == null;
        while (true) {
            byte[] f = luma(robot.createScreenCapture(screen));
            double ms = (System.nanoTime() - t0) / 1e6;
            int changed = differing(last, f);
            if (changed > 0) {
                frames.add(new Frame(ms, f, cpuMs(p)));
            }
            if (changed >= SAME) {
                stableSince = ms;
            }
            last = f;
            if (ms > maxS * 1000) {
                break;
            }
            if (!windowUp && windowShown(WINDOW)) {
                windowUp = true;
                stableSince = ms; // settling starts with the window, whatever the splash showed before
            }
            if (windowUp && ms - stableSince > settleS * 1000 && differing(empty, f) >= SAME && pageOf(f, w, h) != null) {
                break;
            }
            Thread.sleep(40);
        }
        Result r = analyse(frames, w, h);
        write(out.resolve("last.png"), frames.get(frames.size() - 1).luma(), w, h);
        if (r.page() != null) { // what each photograph showed, to check a result by eye
            StringBuilder log = new StringBuilder();
            double[] reference = blocks(frames.get(frames.size() - 1).luma(), w, r.page());
            for (int i = 0; i < frames.size(); i++) {
                Frame f = frames.get(i);
                log.append(String.format(Locale.ROOT, "%8.1f ms  same %-5s similar %-5s%n", f.ms(),
                        same(frames.get(frames.size() - 1).luma(), f.luma(), w, r.page()),
                        similar(reference, blocks(f.luma(), w, r.page()))));
                if (Boolean.getBoolean("screenwatch.all")) {
                    write(out.resolve(String.format(Locale.ROOT, "frame-%03d.png", i)), f.luma(), w, h);
                }
            }
            Files.writeString(out.resolve("frames.txt"), log);
        }
        for (Frame f : frames) {
            if (f.ms() == r.usefulMs() && r.usefulMs() != r.sharpMs()) {
                write(out.resolve("useful.png"), f.luma(), w, h);
            }
        }
        System.out.println(r.json());
        System.out.flush();
        return p;
    }

    /** Whether a visible window of this name is on the display (asked of xdotool). */
    static boolean windowShown(String name) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^" + name)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.SECONDS);
        return out.lines().anyMatch(l -> l.matches("\\d+"));
    }

    /**
     * The CPU time the command and everything it started have used so far (all threads: a
     * measure the machine's other load changes far less than the wall clock).
     */
    static double cpuMs(Process p) {
        double ms = p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
        try (Stream<ProcessHandle> kids = p.descendants()) {
            for (ProcessHandle h : kids.toList()) {
                ms += h.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
            }
        }
        return ms;
    }

    /** Ends a command and everything it started: politely first, as a user quitting does. */
    static void end(Process p) throws InterruptedException {
        List<ProcessHandle> all;
        try (Stream<ProcessHandle> kids = p.descendants()) {
            all = new ArrayList<>(kids.toList());
        }
        all.add(p.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (ProcessHandle h : all) {
            while (h.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        all.forEach(ProcessHandle::destroyForcibly);
    }

    static Result analyse(List<Frame> frames, int w, int h) {
        byte[] empty = frames.get(0).luma();
        byte[] last = frames.get(frames.size() - 1).luma();
        double end = frames.get(frames.size() - 1).ms();
        double window = -1;
        for (Frame f : frames) {
            if (differing(empty, f.luma()) >= SAME) {
                window = f.ms();
                break;
            }
        }
        Rectangle page = pageOf(last, w, h);
        if (page == null) {
            return new Result(window, -1, -1, end, frames.size(), null, -1, -1);
        }
        double[] reference = blocks(last, w, page);
        double useful = -1;
        double sharp = -1;
        double sharpCpu = -1;
        double usefulCpu = -1;
        // the first photograph from which on every later one shows the page (a flicker back to
        // an empty page counts against the reader)
        for (int i = frames.size() - 1; i >= 1; i--) {
            byte[] f = frames.get(i).luma();
            if (!similar(reference, blocks(f, w, page))) {
                break;
            }
            useful = frames.get(i).ms();
            usefulCpu = frames.get(i).cpuMs();
        }
        for (int i = frames.size() - 1; i >= 1; i--) {
            if (!same(last, frames.get(i).luma(), w, page)) {
                break;
            }
            sharp = frames.get(i).ms();
            sharpCpu = frames.get(i).cpuMs();
        }
        return new Result(window, useful, sharp, end, frames.size(), page, sharpCpu, usefulCpu);
    }

    /** The page's box: the largest 4-connected area of white (with its holes) holding some ink. */
    static Rectangle pageOf(byte[] luma, int w, int h) {
        int[] label = new int[w * h];
        int[] queue = new int[w * h];
        Rectangle best = null;
        long bestArea = (long) w * h / 10; // at least a tenth of the screen (more than a splash screen)
        int next = 0;
        for (int start = 0; start < luma.length; start++) {
            if (label[start] != 0 || (luma[start] & 0xff) < 245) {
                continue;
            }
            next++;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            label[start] = next;
            int x0 = w;
            int y0 = h;
            int x1 = 0;
            int y1 = 0;
            long count = 0;
            while (head < tail) {
                int i = queue[head++];
                count++;
                int x = i % w;
                int y = i / w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                if (x > 0) {
                    tail = visit(luma, label, queue, tail, i - 1, next);
                }
                if (x < w - 1) {
                    tail = visit(luma, label, queue, tail, i + 1, next);
                }
                if (y > 0) {
                    tail = visit(luma, label, queue, tail, i - w, next);
                }
                if (y < h - 1) {
                    tail = visit(luma, label, queue, tail, i + w, next);
                }
            }
            if (count > bestArea) {
                Rectangle r = new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
                if (ink(luma, w, r) > 0.005) {
                    best = r;
                    bestArea = count;
                }
            }
        }
        return best;
    }

    private static int visit(byte[] luma, int[] label, int[] queue, int tail, int j, int id) {
        if (label[j] == 0 && (luma[j] & 0xff) >= 245) {
            label[j] = id;
            queue[tail++] = j;
        }
        return tail;
    }

    private static double ink(byte[] luma, int w, Rectangle r) {
        long dark = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if ((luma[y * w + x] & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark / (double) ((long) r.width * r.height);
    }

    /** Every pixel of the page within a small step of the last photograph's, but for 1 in 100. */
    static boolean same(byte[] a, byte[] b, int w, Rectangle r) {
        long off = 0;
        long limit = (long) r.width * r.height / 100;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int i = y * w + x;
                if (Math.abs((a[i] & 0xff) - (b[i] & 0xff)) > 48 && ++off > limit) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The page's 8×8-pixel averages: a blurred or low-resolution page has nearly the same. */
    static double[] blocks(byte[] luma, int w, Rectangle r) {
        int bw = r.width / 8;
        int bh = r.height / 8;
        double[] out = new double[Math.max(1, bw * bh)];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int sum = 0;
                for (int y = 0; y < 8; y++) {
                    int row = (r.y + by * 8 + y) * w + r.x + bx * 8;
                    for (int x = 0; x < 8; x++) {
                        sum += luma[row + x] & 0xff;
                    }
                }
                out[by * bw + bx] = sum / 64.0;
            }
        }
        return out;
    }

    /** The blocks correlate (Pearson) at 0.8 or more: the same page, perhaps at a lower resolution. */
    static boolean similar(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 && sab / Math.sqrt(saa * sbb) >= 0.8;
    }

    static int differing(byte[] a, byte[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }

    private static byte[] luma(BufferedImage img) {
        int[] rgb = img.getRaster().getDataBuffer() instanceof DataBufferInt d && img.getType() == BufferedImage.TYPE_INT_RGB
                ? d.getData() : img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        byte[] out = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            out[i] = (byte) ((((c >> 16) & 0xff) * 77 + ((c >> 8) & 0xff) * 150 + (c & 0xff) * 29) >> 8);
        }
        return out;
    }

    private static BufferedImage image(byte[] luma, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, w, h, luma);
        return img;
    }

    static void write(Path file, byte[] luma, int w, int h) throws IOException {
        ImageIO.write(image(luma, w, h), "png", file.toFile());
    }
}
