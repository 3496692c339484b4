package dev.gloss.bench;

import dev.gloss.workspace.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * {@code ./bench [--quick]}: every row of the target table, Gloss next to its baseline, printed as
 * one Markdown table and written as JSON to {@code target/bench/bench.json}. A row whose feature
 * or input is missing says so instead of disappearing. {@code --only WORDS} runs only the steps
 * whose name contains them (e.g. {@code ./bench --quick --only "annotation view"}).
 */
public final class Bench {
    /** Part of a step name given with {@code --only}, or null for every step. */
    private static String only;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE); // font fallbacks are not results
        boolean quick = List.of(args).contains("--quick");
        int o = List.of(args).indexOf("--only");
        only = o >= 0 && o + 1 < args.length ? args[o + 1] : null;
        Path root = Path.of(System.getProperty("gloss.root", ".")).toAbsolutePath().normalize();
        Path corpus = root.resolveSibling("shared").resolve("corpus");
        Path out = root.resolve("target/bench");
        Path scratch = Files.createDirectories(out.resolve("scratch"));
        int repeats = quick ? 3 : 7;
        Tools tools = new Tools(scratch);
        List<Row> rows = new ArrayList<>();

        List<Path> research = pdfs(corpus.resolve("research"));
        List<Path> three = research.stream().filter(p -> List.of("2020.acl-main.447.pdf", "tracemonkey.pdf",
                "papermage.pdf").contains(p.getFileName().toString())).toList();
        PdfBench pdf = new PdfBench(tools, repeats);
        LibraryBench library = new LibraryBench(tools, scratch, repeats);
        if (three.isEmpty()) {
            addNotYet(rows, "render 150 dpi, 3 corpus papers", "../shared/corpus is absent");
            addNotYet(rows, "text of all pages", "../shared/corpus is absent");
        } else {
            run(rows, "render", () -> rows.addAll(pdf.render(three)));
            run(rows, "first page", () -> rows.add(pdf.firstPage(three.get(0))));
            run(rows, "dark pages", () -> rows.add(pdf.darkPages(three)));
            Path largest = corpus.resolve("research/GeoTopo-komprimiert.pdf");
            if (Files.isRegularFile(largest) && Tools.available("Xvfb")) {
                run(rows, "first page, fresh JVM", () -> rows.addAll(new FirstPageBench(tools, scratch, repeats)
                        .measure(largest, PdfBench.pageCount(List.of(largest)))));
            } else {
                addNotYet(rows, "first page visible after open, fresh JVM", "the corpus's largest paper or Xvfb is missing");
            }
            run(rows, "text", () -> rows.addAll(pdf.text(three)));
            run(rows, "import + index", () -> rows.add(library.importAndIndex(research)));
        }
        run(rows, "search", () -> rows.addAll(quick ? library.search(1_000, 20) : library.search(10_000, 20)));
        run(rows, "scaling: import + index and search", () -> rows.addAll(library.scaling(quick ? new int[] {1_000}
                : new int[] {1_000, 10_000}, 3)));
        run(rows, "workspace open", () -> rows.add(new WorkspaceOpenBench(scratch, quick).measure(10_000, 500)));
        if (Tools.available("Xvfb")) {
            run(rows, "annotation view", () -> rows.addAll(new AnnotationViewBench(root, scratch, quick).measure(10_000, 500)));
        } else {
            addNotYet(rows, "annotation view, 10,000 annotations across 500 papers", "Xvfb is missing");
        }
        Path linked = corpus.resolve("research/2020.acl-main.447.pdf");
        if (Files.isRegularFile(linked) && Tools.available("Xvfb")) {
            run(rows, "preview on hover", () -> rows.addAll(new PreviewBench(scratch, quick).measure(linked)));
        } else {
            addNotYet(rows, "preview on hover, warm reader", "the corpus paper or Xvfb is missing");
        }
        Path app = root.resolve("application/target/gloss");
        if (Files.isExecutable(app.resolve("bin/gloss")) && Tools.available("Xvfb") && Tools.available("xdotool")) {
            run(rows, "cold start", () -> rows.add(new StartupBench(app, scratch, quick ? 3 : 5).measure()));
        } else {
            addNotYet(rows, "cold start to the main window", "the application is not built or Xvfb/xdotool are missing");
        }
        Path acl = corpus.resolve("research/2020.acl-main.447.pdf");
        Path tracemonkey = corpus.resolve("research/tracemonkey.pdf");
        if (Files.isExecutable(app.resolve("bin/gloss")) && Files.isRegularFile(acl) && Files.isRegularFile(tracemonkey)
                && Tools.available("Xvfb") && Tools.available("sioyek") && Tools.available("mupdf")) {
            run(rows, "./gloss FILE.pdf", () -> rows.addAll(new OpenFromOutsideBench(root, scratch, quick ? 2 : 5)
                    .measure(acl, tracemonkey, quick)));
        } else {
            addNotYet(rows, "./gloss FILE.pdf to the first page sharp on screen",
                    "the application is not built, ../shared/corpus is absent, or Xvfb, sioyek or mupdf are missing");
        }
        Path book = corpus.resolve("large/freeculture.pdf");
        if (Files.isRegularFile(book)) {
            run(rows, "peak heap", () -> rows.add(peakHeap(book)));
        } else {
            addNotYet(rows, "peak heap scrolling the 352-page book", "../shared/corpus is absent");
        }

        String table = markdown(rows, quick);
        System.out.print(table);
        String name = only == null ? "bench" : "bench-partial"; // a partial run keeps the last whole table
        Files.writeString(out.resolve(name + ".md"), table, StandardCharsets.UTF_8);
        Files.write(out.resolve(name + ".json"), Json.pretty(json(rows, quick)));
    }

    interface Step {
        void run() throws Exception;
    }

    private static void addNotYet(List<Row> rows, String what, String why) {
        if (only == null || what.contains(only)) {
            rows.add(Row.notYet(what, why));
        }
    }

    /** Runs one measurement; a failure becomes a row that says why, and the rest goes on. */
    private static void run(List<Row> rows, String what, Step step) {
        if (only != null && !what.contains(only)) {
            return;
        }
        System.err.println("bench: " + what + "…");
        try {
            step.run();
        } catch (Exception | Error e) {
            addNotYet(rows, what, "failed: " + e);
        }
    }

    private static Row peakHeap(Path book) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long cache = 128L << 20;
        Process p = new ProcessBuilder(java, "-Xmx512m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), ScrollBook.class.getName(), book.toString(), String.valueOf(cache))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.MINUTES);
        if (line.equals("OOM") || line.isEmpty()) {
            return new Row("peak heap scrolling the 352-page book, -Xmx512m", Double.NaN, 512, "heap limit", "MB",
                    "OutOfMemoryError");
        }
        String[] f = line.split(" ");
        return new Row("peak heap scrolling the " + f[0] + "-page book, -Xmx512m", Double.parseDouble(f[1]), 512,
                "heap limit", "MB", "every page rendered at 1000 px width through the reader's document into its " + (cache >> 20)
                + " MB render cache (ends at " + f[2] + " MB); no OutOfMemoryError; the peak is the most heap used after any page "
                + "(garbage and soft caches included); " + f[3] + " MB still used after a full collection with the book open");
    }

    private static List<Path> pdfs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    static String markdown(List<Row> rows, boolean quick) {
        StringBuilder b = new StringBuilder();
        b.append("| what | Gloss | baseline | baseline is | Gloss / baseline | how |\n");
        b.append("|---|---:|---:|---|---:|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.what()).append(" | ").append(num(r.gloss(), r.unit())).append(" | ")
                    .append(num(r.baseline(), r.unit())).append(" | ").append(r.baselineName()).append(" | ")
                    .append(Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", r.ratio())).append(" | ")
                    .append(r.how()).append(" |\n");
        }
        b.append("\n").append(machine()).append(quick ? " (--quick)" : "").append("\n");
        return b.toString();
    }

    private static String num(double v, String unit) {
        if (Double.isNaN(v)) {
            return "not yet";
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f %s" : "%.0f %s", v, unit);
    }

    static String machine() {
        return String.format(Locale.ROOT, "Machine: %d cores, %d GiB heap max, %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 30,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    private static Map<String, Object> json(List<Row> rows, boolean quick) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("machine", machine());
        m.put("quick", quick);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("what", r.what());
            row.put("gloss", Double.isNaN(r.gloss()) ? null : r.gloss());
            row.put("baseline", Double.isNaN(r.baseline()) ? null : r.baseline());
            row.put("baselineName", r.baselineName());
            row.put("unit", r.unit());
            row.put("ratio", Double.isNaN(r.ratio()) ? null : r.ratio());
            row.put("how", r.how());
            list.add(row);
        }
        m.put("rows", list);
        return m;
    }
}
