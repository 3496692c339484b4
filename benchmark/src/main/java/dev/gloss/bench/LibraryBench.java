package dev.gloss.bench;

import dev.gloss.library.PaperImporter;
import dev.gloss.search.SearchIndex;
import dev.gloss.search.SyntheticLibrary;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Import + index and search latency. */
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
}
