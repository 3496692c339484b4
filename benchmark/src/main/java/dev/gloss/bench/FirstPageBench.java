package dev.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The reader's first page in a fresh JVM ({@link ReaderTiming}, one
 * process per run): the file opened through the reader's loader into the real reader panel in
 * a window on its own Xvfb display, until page 1 is painted; against mutool drawing that page
 * at the same width, also as a fresh process. Once opened right after the window shows (as
 * {@code ./gloss FILE.pdf} does) and once after the warm-up the reader runs when the main
 * window shows (as when the user picks the paper a moment later).
 */
final class FirstPageBench {
    private final Tools tools;
    private final Path scratch;
    private final int runs;

    FirstPageBench(Tools tools, Path scratch, int runs) {
        this.tools = tools;
        this.scratch = scratch;
        this.runs = runs;
    }

    List<Row> measure(Path corpusPaper, int pages) throws Exception {
        // the paper in a workspace of its own, with a highlight on page 1, as a user has it
        Path dir = scratch.resolve("first-page-ws");
        dev.gloss.workspace.Workspace store = dev.gloss.workspace.Workspace.openOrCreate(dir);
        dev.gloss.workspace.Paper imported = dev.gloss.library.PaperImporter.importFile(store, corpusPaper, null).paper();
        Path paper = store.paperFile(imported);
        String firstWords = String.join(" ", java.util.Arrays.stream(textOfPage1(paper).split("\\s+"))
                .filter(w -> !w.isBlank()).limit(3).toList());
        dev.gloss.library.anchor.Annotator.annotateQuote(store, imported.id(), 1, firstWords, "yellow", null, List.of(), null);
        this.workspace = dir;
        double[] coldFirst = new double[runs];
        double[] coldSharp = new double[runs];
        double[] coldOpen = new double[runs];
        double[] coldCpu = new double[runs];
        double[] warmCpu = new double[runs];
        double[] warmFirst = new double[runs];
        double[] warmSharp = new double[runs];
        double[] warmUp = new double[runs];
        try (XvfbDisplay x = XvfbDisplay.start(250)) {
            child(paper, "cold", x.name(), -1); // the first launch after a build reads jars from disk
            for (int r = 0; r < runs; r++) { // alternated, so a busy moment hurts both alike
                JsonNode c = child(paper, "cold", x.name(), r);
                coldFirst[r] = c.path("firstImageMs").asDouble();
                coldSharp[r] = c.path("sharpMs").asDouble();
                coldOpen[r] = c.path("openMs").asDouble();
                coldCpu[r] = c.path("firstImageCpuMs").asDouble();
                JsonNode w = child(paper, "warm", x.name(), r);
                warmFirst[r] = w.path("firstImageMs").asDouble();
                warmSharp[r] = w.path("sharpMs").asDouble();
                warmUp[r] = w.path("warmUpMs").asDouble();
                warmCpu[r] = w.path("firstImageCpuMs").asDouble();
            }
        }
        // the reader's window is 1000 px wide: page 1 at fit width is about 960 px
        Stats mutool = tools.hyperfine("mutool draw -q -w 960 " + Tools.quote(paper) + " 1 >/dev/null", Math.max(5, runs));
        Stats cf = Stats.of(coldFirst);
        Stats cs = Stats.of(coldSharp);
        Stats wf = Stats.of(warmFirst);
        Stats ws = Stats.of(warmSharp);
        String what = "first page visible after open, fresh JVM (" + corpusPaper.getFileName() + ", " + pages + " pages)";
        String base = "mutool draw page 1 (fresh process)";
        return List.of(
                new Row(what, cf.median(), mutool.median(), base, "ms",
                        "the real reader (DocumentLoader, ReaderPanel, render threads, the paper's highlight from its workspace) in a 1000×900 window under Xvfb, "
                                + "a new JVM per run, the file opened as soon as the window shows (./gloss FILE.pdf), until page 1 "
                                + "is painted from its first image (a quick low-resolution pass); " + cf.spread() + " JVMs; "
                                + "opened after " + ms(Stats.of(coldOpen).median()) + ", sharp page after " + ms(cs.median())
                                + "; process CPU until the first image " + ms(Stats.of(coldCpu).median())
                                + "; mutool: whole process drawing page 1 at 960 px"),
                new Row(what + ", after the reader's warm-up", wf.median(), mutool.median(), base, "ms",
                        "as above, but opened after the warm-up the reader runs when the main window shows ("
                                + ms(Stats.of(warmUp).median()) + "), as when the paper is picked a moment later; "
                                + wf.spread() + " JVMs; sharp page after " + ms(ws.median()) + "; process CPU until the first image "
                                + ms(Stats.of(warmCpu).median())));
    }

    private Path workspace;

    private static String textOfPage1(Path pdf) throws dev.gloss.pdf.PdfException {
        try (dev.gloss.pdf.PdfDocument doc = dev.gloss.pdf.PdfDocument.open(pdf)) {
            return doc.text(1).text();
        }
    }

    private JsonNode child(Path paper, String mode, String display, int run) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = scratch.resolve("first-page-" + mode + "-" + run + ".log");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Djava.awt.headless=false", "-cp",
                System.getProperty("java.class.path"), ReaderTiming.class.getName(), workspace.toString(), paper.toString(), mode)
                .redirectError(err.toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || out.isEmpty()) {
            throw new IOException("the reader probe failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + "); see " + err);
        }
        String[] lines = out.split("\n");
        return Json.MAPPER.readTree(lines[lines.length - 1]);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }
}
