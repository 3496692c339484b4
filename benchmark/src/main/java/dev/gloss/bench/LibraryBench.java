package dev.gloss.bench;

import dev.gloss.library.PaperImporter;
import dev.gloss.search.SearchIndex;
import dev.gloss.search.SyntheticLibrary;
import dev.gloss.search.SyntheticPdfs;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /**
     * How import + index and search grow with the library: generated papers (real PDFs of
     * {@code pagesPerPaper} dense pages) imported into an empty workspace and indexed, then the
     * 500 queries over the result, at each size. The smallest size is compared with pdftotext of
     * the same files; each larger one with the smallest (the ratio is the growth per paper).
     */
    List<Row> scaling(int[] sizes, int pagesPerPaper) throws Exception {
        List<Path> pdfs = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        double firstPerPaper = Double.NaN;
        double firstP95 = Double.NaN;
        int first = sizes[0];
        List<String> queries = SyntheticLibrary.queries(7, 500);
        for (int n : sizes) {
            // the files are made first and not measured; the smallest set is a folder of its own for pdftotext
            pdfs.addAll(SyntheticPdfs.write(scratch.resolve("synthetic-pdfs-" + n), pdfs.size(), n, pagesPerPaper, 42));
            if (n == first) { // a warm-up, so that the smallest size does not pay for the JVM's
                Workspace warm = Workspace.open(Files.createTempDirectory(scratch, "scale-warm-"));
                PaperImporter.importAll(warm, pdfs.subList(0, Math.min(100, n)), null);
                try (SearchIndex index = SearchIndex.open(warm)) {
                    index.initialSync().await();
                    index.awaitIdle();
                }
            }
            Workspace ws = Workspace.open(Files.createTempDirectory(scratch, "scale-ws-"));
            long t = System.nanoTime();
            long failed = PaperImporter.importAll(ws, pdfs, null).stream().filter(f -> f.result() == null).count();
            try (SearchIndex index = SearchIndex.open(ws)) {
                index.initialSync().await();
                index.awaitIdle();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            if (failed > 0 || ws.papers().size() != n) {
                throw new IllegalStateException(failed + " of " + n + " synthetic papers failed to import");
            }
            double perPaper = seconds * 1000 / n;
            SyntheticLibrary.LatencyReport search = SyntheticLibrary.measure(SearchIndex.folderOf(ws), queries, 20);
            String what = String.format(Locale.ROOT, "%,d synthetic papers (%,d pages)", n, n * pagesPerPaper);
            String how = String.format(Locale.ROOT, "generated PDFs of %d dense pages each, imported into an empty "
                    + "workspace and indexed (copy, hash, metadata, Lucene index of every page on 2 threads), one run "
                    + "after a warm-up of 100; "
                    + "%.0f s in all", pagesPerPaper, seconds);
            if (n == first) {
                firstPerPaper = perPaper;
                firstP95 = search.p95Millis();
                Stats pdftotext = tools.hyperfine("for f in " + Tools.quote(scratch.resolve("synthetic-pdfs-" + n))
                        + "/*.pdf; do pdftotext \"$f\" /dev/null; done", 1);
                rows.add(new Row("import + index " + what + ", per paper", perPaper, pdftotext.median() / n,
                        "pdftotext of the same files", "ms", how));
            } else {
                rows.add(new Row("import + index " + what + ", per paper", perPaper, firstPerPaper,
                        String.format(Locale.ROOT, "the same at %,d papers", first), "ms",
                        how + "; the ratio is how the time per paper grows"));
            }
            rows.add(new Row("search p95 in the imported " + what, search.p95Millis(), 50, "target", "ms",
                    String.format(Locale.ROOT, "the 500 queries of the search row over this workspace's own index, "
                            + "after one warm pass; p50 %.2f ms%s", search.p50Millis(), n == first ? ""
                            : String.format(Locale.ROOT, "; p95 at %,d papers %.2f ms (x%.2f)", first, firstP95,
                                    search.p95Millis() / firstP95))));
        }
        return rows;
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
