package dev.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.pdf.raster.PageRasters;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./gloss FILE.pdf} as a user meets it (issue 24): from the command's start to the page on
 * the screen, photographed from outside the process ({@link ScreenWatch}), against Sioyek and
 * mupdf opening the same file on the same display, runs interleaved; once on the quiet machine
 * and once with a competing load on every core. Also a file handed to the Gloss already running,
 * and the same start with the file's last view kept (the launcher's splash shows it, and the main
 * window takes it over: {@code SplashCover} in core-ui) against a start without it.
 */
final class OpenFromOutsideBench {
    private final Path root;
    private final Path scratch;
    private final int runs;
    private final List<String> notes = new ArrayList<>();

    OpenFromOutsideBench(Path root, Path scratch, int runs) {
        this.root = root;
        this.scratch = scratch;
        this.runs = runs;
    }

    /** The title Gloss's main window starts with: its watch settles only once it is up (not on the splash). */
    private static final String GLOSS_WINDOW = "Gloss";

    /** A reader's command line for a file. */
    private interface Reader {
        List<String> command(Path file, Path userdir);
    }

    List<Row> measure(Path paper, Path other, boolean quick) throws Exception {
        Path workspace = scratch.resolve("outside-ws");
        Path splash = PageRasters.in(Workspace.derivedFolder(workspace)).splash(Ids.sha256(paper));
        Path template = scratch.resolve("outside-user-template");
        Path cache = scratch.resolve("outside-cache");
        Reader gloss = (f, u) -> List.of("env", "GLOSS_USERDIR=" + u, "GLOSS_CACHEDIR=" + cache,
                root.resolve("gloss").toString(), "--workspace", workspace.toString(), f.toString());
        Reader sioyek = (f, u) -> List.of("sioyek", f.toString());
        Reader mupdf = (f, u) -> List.of("mupdf", f.toString());
        List<Row> rows = new ArrayList<>();
        try (XvfbDisplay x = XvfbDisplay.start(300)) {
            // a later start, as a user has it: the first start left the module caches, the
            // class-data archive (written as the session ends) and the window layout; it opened
            // papers (their classes are in the archive), whose tabs are then forgotten. Its second
            // paper is handed to it while it runs: the first sample of the hand-over row.
            List<String> first = new ArrayList<>(gloss.command(other, template));
            first.add("--then");
            first.addAll(gloss.command(paper, template));
            List<JsonNode> prep = watch(x, first, 90, 4, "prep", GLOSS_WINDOW);
            // and one start more, as users have had: a first start lays its windows out from the
            // defaults, a later one from the proportions the one before saved, a few pixels apart;
            // from the second start on they stay where they are (the early page is drawn where
            // the reader's view was last time)
            // the paper's kept view removed: its first look draws, and keeps its classes for the
            // starts measured (as its JVM exits, which the window ends once painted)
            Files.deleteIfExists(splash);
            watch(x, gloss.command(paper, template), 60, 3, "prep-second", GLOSS_WINDOW);
            waitForFirstLooks(cache);
            Files.deleteIfExists(template.resolve("config/Preferences/dev/gloss/desktop/reader/open.properties"));
            notes.add(String.format(Locale.ROOT, "the first start (no caches yet): page sharp after %.0f ms",
                    prep.get(0).path("sharpMs").asDouble()));
            watch(x, sioyek.command(other, null), 20, 2, "prep-sioyek", null);
            watch(x, mupdf.command(other, null), 20, 2, "prep-mupdf", null);
            rows.addAll(compare(x, paper, false, runs, gloss, sioyek, mupdf, template, splash));
            rows.addAll(compare(x, paper, true, quick ? 1 : runs, gloss, sioyek, mupdf, template, splash));
            rows.add(handOff(x, paper, other, gloss, template, quick ? 1 : runs, prep.get(1)));
        }
        return rows;
    }

    private List<Row> compare(XvfbDisplay x, Path paper, boolean loaded, int runs, Reader gloss, Reader sioyek,
            Reader mupdf, Path template, Path splash) throws Exception {
        double[] gSharp = new double[runs];
        double[] kUseful = new double[runs];
        double[] kCpu = new double[runs];
        boolean kept = !loaded && Files.isRegularFile(splash);
        double[] gUseful = new double[runs];
        double[] gWindow = new double[runs];
        double[] gCpu = new double[runs];
        double[] sSharp = new double[runs];
        double[] mSharp = new double[runs];
        List<Process> load = loaded ? load() : List.of();
        try {
            for (int r = 0; r < runs; r++) { // interleaved, so a busy moment hurts all alike
                Path user = copy(template, scratch.resolve("outside-user-" + (loaded ? "l" : "q") + r));
                // the rows of the reader's own page: the launcher finds no kept view to show first
                Path aside = splash.resolveSibling(splash.getFileName() + ".aside");
                if (Files.exists(splash)) {
                    Files.move(splash, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                JsonNode g;
                try {
                    g = watch(x, gloss.command(paper, user), loaded ? 120 : 60, 3, "gloss-" + (loaded ? "loaded-" : "") + r,
                            GLOSS_WINDOW).get(0);
                } finally {
                    if (Files.exists(aside)) {
                        Files.move(aside, splash, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                gSharp[r] = g.path("sharpMs").asDouble();
                gUseful[r] = g.path("usefulMs").asDouble();
                gWindow[r] = g.path("windowMs").asDouble();
                gCpu[r] = g.path("sharpCpuMs").asDouble();
                if (kept) { // the same start, the launcher showing the kept view as the JVM boots
                    Path keptUser = copy(template, scratch.resolve("outside-user-k" + r));
                    JsonNode k = watch(x, gloss.command(paper, keptUser), 60, 3, "gloss-kept-" + r, GLOSS_WINDOW).get(0);
                    kUseful[r] = k.path("usefulMs").asDouble();
                    kCpu[r] = k.path("usefulCpuMs").asDouble();
                }
                sSharp[r] = watch(x, sioyek.command(paper, null), 20, 2, "sioyek-" + (loaded ? "loaded-" : "") + r, null).get(0)
                        .path("sharpMs").asDouble();
                mSharp[r] = watch(x, mupdf.command(paper, null), 20, 2, "mupdf-" + (loaded ? "loaded-" : "") + r, null).get(0)
                        .path("sharpMs").asDouble();
            }
        } finally {
            for (Process p : load) {
                p.destroyForcibly();
            }
        }
        long unseen = java.util.Arrays.stream(gSharp).filter(v -> v < 0).count();
        Stats g = seen(gSharp);
        Stats u = seen(gUseful);
        Stats w = Stats.of(gWindow);
        Stats s = Stats.of(sSharp);
        Stats m = Stats.of(mSharp);
        String condition = loaded ? ", with a competing load on every core" : "";
        String how = "the command's start until the page is on the screen as it finally is, photographed from outside "
                + "(the whole 1600×1000 Xvfb screen, every ~60 ms; the page found as the largest white area with ink in the "
                + "last photograph), a third start (module caches, class-data archive, window layout left by two before), "
                + "a fresh user directory each run, runs interleaved with Sioyek and mupdf"
                + (loaded ? ", " + Runtime.getRuntime().availableProcessors() + " busy processes beside" : "")
                + "; Gloss " + g.spread() + ", window at " + fmt(w.median()) + " ms, CPU of its processes until the sharp "
                + "page " + fmt(Stats.of(gCpu).median()) + " ms; Sioyek " + s.spread() + "; mupdf "
                + m.spread() + (notes.isEmpty() || loaded ? "" : "; " + String.join("; ", notes))
                + (unseen == 0 ? "" : "; in " + unseen + " of " + runs + " run(s) Gloss's page was not seen within "
                        + (loaded ? 120 : 60) + " s (left out of the median)");
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("./gloss FILE.pdf to the first page sharp on screen" + condition, g.median(), s.median(),
                "Sioyek (target ≤ 1.5x)", "ms", how));
        rows.add(new Row("./gloss FILE.pdf to the first page sharp on screen" + condition, g.median(), m.median(),
                "mupdf", "ms", "as above"));
        rows.add(new Row("./gloss FILE.pdf to something useful on screen (low-resolution or cached page)" + condition,
                u.median(), s.median(), "Sioyek's sharp page (target ≤ 1.0x)", "ms",
                "as above, until the page's place shows the page, perhaps blurred (8×8-pixel averages correlate ≥ 0.8 "
                        + "with the final page's); " + u.spread()));
        if (kept) {
            Stats k = seen(kUseful);
            rows.add(new Row("./gloss FILE.pdf to something useful on screen (the kept page)", k.median(), s.median(),
                    "Sioyek's sharp page (target ≤ 1.0x)", "ms",
                    "as above, but the file's last view was kept (" + splash.getFileName() + " in the workspace's pages): "
                            + "the launcher hands it to the JVM's splash screen, and the main window paints it over itself "
                            + "until the reader has painted; until the page's place shows the page and goes on showing it "
                            + "(a flash of the empty window in between counts against Gloss), the watch ending only once "
                            + "Gloss's main window is up; " + k.spread() + ", CPU of its processes until then "
                            + fmt(Stats.of(kCpu).median()) + " ms"));
        }
        return rows;
    }

    /**
     * A second {@code ./gloss FILE.pdf} while Gloss shows another paper: the file opens in the
     * running window. Handed to third starts, as the other rows start Gloss; the hand-over into the
     * very first start (no module caches, no class-data archive yet: {@code firstStart}) is said
     * beside, not mixed in.
     */
    private Row handOff(XvfbDisplay x, Path paper, Path other, Reader gloss, Path template, int runs, JsonNode firstStart)
            throws Exception {
        double[] sharp = new double[runs];
        double[] useful = new double[runs];
        for (int r = 0; r < runs; r++) {
            Path user = copy(template, scratch.resolve("outside-user-h" + r));
            List<String> cmd = new ArrayList<>(gloss.command(other, user));
            cmd.add("--then");
            cmd.addAll(gloss.command(paper, user));
            List<JsonNode> res = watch(x, cmd, 60, 3, "handoff-" + r, GLOSS_WINDOW);
            sharp[r] = res.get(1).path("sharpMs").asDouble();
            useful[r] = res.get(1).path("usefulMs").asDouble();
        }
        Stats s = Stats.of(sharp);
        Stats u = Stats.of(useful);
        return new Row("a file handed to the running Gloss (a second ./gloss FILE.pdf) to its page sharp on screen",
                s.median(), 300, "target", "ms", "Gloss shows another paper (a third start); the second command's start "
                + "until the new page is on the screen as it finally is, photographed as above; " + s.spread()
                + "; something useful after " + fmt(u.median()) + " ms; handed to the very first start (no caches yet): "
                + fmt(firstStart.path("sharpMs").asDouble()) + " ms");
    }

    /** Until no first look (nor the JVM making its archive of classes) runs with an archive in {@code cache}. */
    private static void waitForFirstLooks(Path cache) throws InterruptedException {
        String archives = cache.resolve("cds-first-look").toString();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end && ProcessHandle.allProcesses().anyMatch(p -> p.info().arguments()
                .map(a -> java.util.Arrays.stream(a).anyMatch(s -> s.contains(archives))).orElse(false))) {
            Thread.sleep(100);
        }
    }

    /** The runs where the page was seen (a value of -1 is a run where it was not); NaN when none. */
    private static Stats seen(double[] ms) {
        double[] seen = java.util.Arrays.stream(ms).filter(v -> v >= 0).toArray();
        return seen.length == 0 ? new Stats(Double.NaN, Double.NaN, Double.NaN, 0) : Stats.of(seen);
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.0f", ms);
    }

    /** One busy process per core (what another build on the machine does to a start). */
    private static List<Process> load() throws IOException {
        List<Process> out = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            out.add(new ProcessBuilder("sh", "-c", "exec sha1sum /dev/zero").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        return out;
    }

    private static Path copy(Path from, Path to) throws IOException, InterruptedException {
        if (Files.exists(to)) {
            new ProcessBuilder("rm", "-rf", to.toString()).start().waitFor(60, TimeUnit.SECONDS);
        }
        if (!Files.exists(from)) {
            return to;
        }
        Process p = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).start();
        p.waitFor(60, TimeUnit.SECONDS);
        return to;
    }

    /**
     * Runs {@link ScreenWatch} in a JVM of its own on the display; its result lines. With a
     * {@code window} title, the screen counts as settled only once that window is up.
     */
    private List<JsonNode> watch(XvfbDisplay x, List<String> command, int maxS, double settleS, String label, String window)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:TieredStopAtLevel=1"));
        if (window != null) {
            cmd.add("-Dscreenwatch.window=" + window);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ScreenWatch.class.getName(),
                scratch.resolve("shots/" + label).toString(), String.valueOf(maxS), String.valueOf(settleS), "true"));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("DISPLAY", x.name());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.lines().filter(l -> l.startsWith("{")).toList()) {
            lines.add(Json.MAPPER.readTree(l));
        }
        if (lines.isEmpty()) {
            throw new IOException("the screen watcher printed nothing for " + label + ": " + out);
        }
        waitForEmptyScreen(x);
        return lines;
    }

    /** The next run must start from the empty screen: the last reader's window gone. */
    private static void waitForEmptyScreen(XvfbDisplay x) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", ".").redirectErrorStream(true);
            pb.environment().put("DISPLAY", x.name());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            if (out.lines().noneMatch(l -> l.matches("\\d+"))) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
