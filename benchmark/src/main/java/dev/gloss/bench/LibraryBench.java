package dev.gloss.bench;

import dev.gloss.desktop.annotations.AnnotationFilter;
import dev.gloss.desktop.annotations.Query;
import dev.gloss.library.PaperImporter;
import dev.gloss.search.SearchIndex;
import dev.gloss.search.SyntheticLibrary;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.TextPositionSelector;
import dev.gloss.workspace.TextQuoteSelector;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Import + index, search latency and the annotation view's filtering. */
final class LibraryBench {
    private final Tools tools;
    private final Path scratch;
    private final int repeats;

    LibraryBench(Tools tools, Path scratch, int repeats) {
        this.tools = tools;
        this.scratch = scratch;
        this.repeats = repeats;
    }

    Row importAndIndex(List<Path> papers) throws Exception {
        int pages = PdfBench.pageCount(papers);
        double[] runs = new double[repeats];
        for (int r = -1; r < repeats; r++) { // r = -1 is the warm-up
            Path dir = Files.createTempDirectory(scratch, "ws-");
            Workspace ws = Workspace.open(dir); // no demo paper: only what is measured
            long t = System.nanoTime();
            PaperImporter.importAll(ws, papers, null);
            try (SearchIndex index = SearchIndex.open(ws)) {
                index.initialSync().await();
                index.awaitIdle();
            }
            if (r >= 0) {
                runs[r] = (System.nanoTime() - t) / 1e6;
            }
        }
        Stats gloss = Stats.of(runs);
        Stats pdftotext = tools.hyperfine("for f in " + PdfBench.join(papers) + "; do pdftotext \"$f\" /dev/null; done", repeats);
        return new Row("import + index " + papers.size() + " research papers (" + pages + " pages)", gloss.median(),
                pdftotext.median(), "pdftotext of the same pages", "ms",
                "Gloss: copy, hash, metadata, embedded annotations, Lucene index of every page on 2 threads, warm, "
                        + gloss.spread() + "; target ratio ≤ 1.5");
    }

    List<Row> search(int papers, int pagesPerPaper) throws Exception {
        Path dir = scratch.resolve("synthetic-" + papers);
        SyntheticLibrary.Result built = SyntheticLibrary.build(dir, papers, pagesPerPaper, 42);
        List<String> queries = SyntheticLibrary.queries(7, 500);
        SyntheticLibrary.LatencyReport report = SyntheticLibrary.measure(dir, queries, 20);
        String what = "search, synthetic library of " + papers + " papers (" + built.pages() + " pages)";
        String how = "500 queries (words, phrases, prefixes, filters) with snippets, after one warm pass; index "
                + Math.round(built.bytesPerPage()) + " bytes/page, built in " + built.elapsed().toSeconds() + " s";
        return List.of(new Row(what + " p50", report.p50Millis(), 50, "target", "ms", how),
                new Row(what + " p95", report.p95Millis(), 50, "target", "ms", how));
    }

    List<Row> annotationView(int annotations, int paperCount) {
        Random random = new Random(11);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < paperCount; i++) {
            papers.add(new Paper(String.format("p%015d", i), "Paper " + i + " on representation drift", List.of("A. Author"),
                    2026, null, null, null, null, List.of(), "p.pdf", 20, "0".repeat(64), Instant.EPOCH));
        }
        String[] colors = {"yellow", "red", "green", "blue", "purple", "magenta", "orange", "gray"};
        String[] words = {"fine-tuning", "layers", "probe", "gradient", "weights", "attention", "loss", "transfer",
            "representation", "rank", "update", "behaviour"};
        List<Annotation> list = new ArrayList<>();
        for (int i = 0; i < annotations; i++) {
            StringBuilder quote = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                quote.append(words[random.nextInt(words.length)]).append(' ');
            }
            list.add(new Annotation(String.format("a%019d", i), papers.get(random.nextInt(paperCount)).id(),
                    AnnotationType.HIGHLIGHT, 1 + random.nextInt(20), colors[random.nextInt(8)],
                    new TextQuoteSelector(quote.toString().trim(), "", ""), new TextPositionSelector(0, quote.length()),
                    List.of(Quad.ofRect(72, 600, 300, 612)), null, null, random.nextInt(4) == 0 ? "note " + i : null,
                    List.of("tag" + random.nextInt(30)), "me", null, Instant.EPOCH, Instant.EPOCH));
        }
        Query open = Query.ALL;
        Query filtered = Query.ALL.withColors(Set.of("yellow", "green")).withText("gradient probe");
        double[] openMs = time(() -> AnnotationFilter.apply(list, papers, open));
        double[] filterMs = time(() -> AnnotationFilter.apply(list, papers, filtered));
        Stats o = Stats.of(openMs);
        Stats f = Stats.of(filterMs);
        String what = annotations + " annotations across " + paperCount + " papers";
        return List.of(new Row("annotation view open, " + what, o.median(), 200, "target", "ms",
                        "model built and grouped from the loaded annotations, warm, " + o.spread()),
                new Row("annotation view filter, " + what, f.median(), 200, "target", "ms",
                        "colour + text filter over a fresh model, warm, " + f.spread()));
    }

    private double[] time(Runnable r) {
        r.run();
        r.run();
        double[] ms = new double[Math.max(5, repeats * 2)];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }
}
