package dev.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real annotation view (panel, table, rows painted) on a generated workspace, each run in a
 * fresh JVM ({@link ViewTiming}) so that the first open is really
 * the first in its process, as when the user opens the window. The view runs in a real window
 * on its own Xvfb display (it needs one: its keyboard and drag set-up refuse a headless JVM), in
 * FlatLaf as the application when the application has been built (the jar comes from there).
 */
final class AnnotationViewBench {
    private static final double TARGET = 200;
    private final Path root;
    private final Path scratch;
    private final int freshRuns;
    private final int rounds;

    AnnotationViewBench(Path root, Path scratch, boolean quick) {
        this.root = root;
        this.scratch = scratch;
        this.freshRuns = quick ? 3 : 5;
        this.rounds = quick ? 5 : 11;
    }

    List<Row> measure(int annotations, int papers) throws Exception {
        Path ws = AnnotationWorkspace.writeAndCache(scratch.resolve("view-ws"), annotations, papers, 11);
        // a display of the view's own: a real desktop's compositor would time differently
        try (XvfbDisplay x = XvfbDisplay.start(230)) {
            display = x.name();
            return measure(ws, annotations, papers);
        }
    }

    private List<Row> measure(Path ws, int annotations, int papers) throws Exception {
        double[] firstLoaded = new double[freshRuns];
        double[] firstCold = new double[freshRuns];
        double[] store = new double[freshRuns];
        double[] loadedNoArchive = new double[freshRuns];
        double[] coldNoArchive = new double[freshRuns];
        Path archive = scratch.resolve("view.jsa");
        child(ws, "cold", 2, "primed", -1, ClassData.writing(archive)); // as the application's previous session
        List<String> cds = ClassData.using(archive);
        JsonNode detail = null;
        for (int r = 0; r < freshRuns; r++) { // alternated, so a busy moment hurts all alike
            JsonNode loaded = child(ws, "loaded", r == 0 ? rounds : 0, "primed", r, cds);
            firstLoaded[r] = loaded.path("firstOpenMs").asDouble();
            store[r] = loaded.path("storeMs").asDouble();
            firstCold[r] = child(ws, "cold", 0, "primed", r, cds).path("firstOpenMs").asDouble();
            loadedNoArchive[r] = child(ws, "loaded", 0, "primed", r, List.of()).path("firstOpenMs").asDouble();
            coldNoArchive[r] = child(ws, "cold", 0, "primed", r, List.of()).path("firstOpenMs").asDouble();
            if (r == 0) {
                detail = loaded;
            }
        }
        double unprimed = child(ws, "loaded", 0, "fresh", 0, cds).path("firstOpenMs").asDouble();
        Stats fl = Stats.of(firstLoaded);
        Stats fc = Stats.of(firstCold);
        Stats st = Stats.of(store);
        String jvm = cds.isEmpty() ? "no class-data archive (it could not be written)"
                : "the JVM maps its classes from the class-data archive an earlier run wrote, as the launcher does";
        double[] warm = doubles(detail.path("warmOpenMs"));
        double[] text = doubles(detail.path("textMs"));
        double[] color = doubles(detail.path("colorMs"));
        Arrays.sort(text);
        Arrays.sort(color);
        Stats w = Stats.of(warm);
        Stats t = Stats.of(text);
        Stats c = Stats.of(color);
        int rows = detail.path("rows").asInt();
        String what = String.format(Locale.ROOT, "%,d annotations across %d papers", annotations, papers);
        String setting = String.format(Locale.ROOT, "%s window %d×%d under Xvfb, all papers, %,d rows",
                detail.path("laf").asText(), detail.path("width").asInt(), detail.path("height").asInt(), rows);
        return List.of(
                new Row("annotation view first open (fresh JVM), " + what, fl.median(), TARGET, "target", "ms",
                        "panel created and attached until its rows are in the table and the repaint manager has "
                                + "painted them, the first time in a new JVM after standard Swing components were "
                                + "shown (as the main window has); " + setting + "; " + jvm + "; " + fl.spread()
                                + " JVMs; first run " + phases(detail.path("firstPhases")) + "; with nothing Swing "
                                + "shown before: " + ms(unprimed) + "; without the archive: "
                                + ms(Stats.of(loadedNoArchive).median()) + "; the workspace had read the files ("
                                + ms(st.median()) + ", through its derived cache)"),
                new Row("annotation view first open (fresh JVM) reading the files itself, " + what, fc.median(),
                        TARGET, "target", "ms", "as above, but the view's loader is the first to read the "
                                + String.format(Locale.ROOT, "%,d", annotations) + " annotations (through the "
                                + "workspace's derived cache: every file's stamp checked, none parsed); " + fc.spread()
                                + " JVMs; without the archive: " + ms(Stats.of(coldNoArchive).median())),
                new Row("annotation view open, warm, " + what, w.median(), TARGET, "target", "ms",
                        "a new panel each time in one JVM, until painted; " + w.spread() + "; last "
                                + phases(detail.path("warmPhases"))),
                new Row("annotation view filter as you type, p50, " + what, t.median(), TARGET, "target", "ms",
                        "one keystroke in the filter field (typing \"gradient probe\", then deleting it) until the "
                                + "rows are replaced and painted, warm; " + t.spread()),
                new Row("annotation view filter as you type, p95, " + what, Stats.percentile(text, 95), TARGET, "target",
                        "ms", "the same " + text.length + " keystrokes"),
                new Row("annotation view colour filter, p95, " + what, Stats.percentile(color, 95), TARGET, "target",
                        "ms", "each colour toggled on, then off, until repainted, warm; median " + ms(c.median()) + ", "
                                + c.spread()));
    }

    private String display;

    /** Runs one fresh JVM of {@code ViewTiming} and reads its JSON line. */
    private JsonNode child(Path ws, String mode, int childRounds, String prime, int run, List<String> jvmOptions)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path") + flatLaf();
        Path err = scratch.resolve("view-" + mode + "-" + prime + "-" + run + (jvmOptions.isEmpty() ? "" : "-cds") + ".log");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-Djava.awt.headless=false"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", cp, ViewTiming.class.getName(), ws.toString(), mode,
                String.valueOf(childRounds), prime));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || out.isEmpty()) {
            throw new IOException("the view probe failed (exit " + (p.isAlive() ? "timeout" : p.exitValue())
                    + "); see " + err);
        }
        String[] lines = out.split("\n");
        return Json.MAPPER.readTree(lines[lines.length - 1]);
    }

    /** The application's FlatLaf jar, when the application is built. */
    private String flatLaf() throws IOException {
        Path ext = root.resolve("application/target/gloss/platform/modules/ext");
        if (!Files.isDirectory(ext)) {
            return "";
        }
        try (Stream<Path> s = Files.list(ext)) {
            return s.filter(f -> f.getFileName().toString().matches("flatlaf-[0-9.]+\\.jar")).findFirst()
                    .map(f -> java.io.File.pathSeparator + f).orElse("");
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    private static String phases(JsonNode phases) {
        List<String> parts = new ArrayList<>();
        phases.fields().forEachRemaining(e -> parts.add(e.getKey() + " " + ms(e.getValue().asDouble())));
        return String.join(", ", parts);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }
}
