package dev.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The reader's previews on hover ({@link PreviewTiming}, a JVM of its own on its own Xvfb
 * display): on a warm reader, the time from the end of the hover delay until the preview of a
 * citation or a figure reference is on screen and painted, against the target of 100 ms.
 */
final class PreviewBench {
    private static final double TARGET = 100;
    private final Path scratch;
    private final int pages;

    PreviewBench(Path scratch, boolean quick) {
        this.scratch = scratch;
        this.pages = quick ? 2 : 4;
    }

    List<Row> measure(Path paper) throws Exception {
        JsonNode r;
        try (XvfbDisplay x = XvfbDisplay.start(260)) {
            r = child(paper, x.name());
        }
        double[] warm = doubles(r.path("warmMs"));
        double[] first = doubles(r.path("firstRoundMs"));
        double[] onDemand = doubles(r.path("onDemandMs"));
        double[] onDemandSorted = onDemand.clone();
        Arrays.sort(onDemandSorted);
        Arrays.sort(warm);
        Stats w = Stats.of(warm);
        String what = "preview on hover, warm reader (" + paper.getFileName() + ", " + warm.length + " markers on pages 1–" + pages + ")";
        String how = "the real reader panel in a 1000×900 window under Xvfb; each link, citation and figure/table/section reference of "
                + "the pages opened as the end of the hover delay opens it, until the preview window is on screen and painted "
                + "(the pictures of the targets drawn ahead in the background, from each page the markers in view lead to); "
                + "the second round, after one that warms the reader: " + w.spread() + "; first round median "
                + ms(Stats.of(first).median()) + "; without drawing ahead (each target rendered from its page when the preview "
                + "opens): median " + ms(Stats.of(onDemand).median()) + ", p95 " + ms(Stats.percentile(onDemandSorted, 95))
                + "; the paper's references read in " + ms(r.path("readMs").asDouble()) + " in the background after it opened";
        return List.of(new Row(what + ", median", w.median(), TARGET, "target", "ms", how),
                new Row(what + ", p95", Stats.percentile(warm, 95), TARGET, "target", "ms", "the same " + warm.length + " previews"));
    }

    private JsonNode child(Path paper, String display) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = scratch.resolve("preview.log");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"),
                PreviewTiming.class.getName(), paper.toString(), String.valueOf(pages)).redirectError(err.toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || out.isEmpty()) {
            throw new IOException("the preview probe failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + "); see " + err);
        }
        String[] lines = out.split("\n");
        return Json.MAPPER.readTree(lines[lines.length - 1]);
    }

    private static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }
}
