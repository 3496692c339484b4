package dev.gloss.bench;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rendering, text and first-page rows: Gloss warm in this JVM, the tools as processes. */
final class PdfBench {
    static final float DPI_150 = 150f / 72f;
    /**
     * Whole passes before the measured ones, at least: a reader renders page after page for
     * hours, and PDFBox's code reaches its compiled speed only after about five passes over these
     * papers (the first 3x the last, the second and third still 1.5-2x). The first page of a fresh
     * JVM has rows of its own.
     */
    static final int WARM_UP_PASSES = 5;
    /** At most this many, when the last three passes have not yet come within 15% of each other. */
    static final int MAX_WARM_UP_PASSES = 15;

    @FunctionalInterface
    interface Pass {
        void run() throws Exception;
    }

    /** How a warm-up went: the passes it took, and how long the first of them took (ms), the JVM fresh. */
    record Warm(int passes, double firstMs) {
    }

    /** Runs {@code pass} until the JIT has settled (see {@link #WARM_UP_PASSES}). */
    static Warm warmUp(Pass pass) throws Exception {
        double[] last = new double[3];
        double first = 0;
        int n = 0;
        while (n < MAX_WARM_UP_PASSES) {
            PdfDocument.clearCaches();
            long t = System.nanoTime();
            pass.run();
            last[n % 3] = System.nanoTime() - t;
            if (n == 0) {
                first = last[0] / 1e6;
            }
            n++;
            double min = Math.min(last[0], Math.min(last[1], last[2]));
            double max = Math.max(last[0], Math.max(last[1], last[2]));
            if (n >= WARM_UP_PASSES && max <= min * 1.15) {
                break;
            }
        }
        return new Warm(n, first);
    }
    private final Tools tools;
    private final int repeats;

    PdfBench(Tools tools, int repeats) {
        this.tools = tools;
        this.repeats = repeats;
    }

    /**
     * Every page of each paper at 150 dpi, as the reader renders a paper: on two threads, each
     * with its own instance of the file (PDFBox serializes one document), and on one thread, so
     * that nothing is hidden; then one page alone. Passes alternate between the two, the glyph
     * cache is emptied before each, and each opens the files anew, so no pass reuses another's work.
     */
    List<Row> render(List<Path> papers) throws Exception {
        int pages = pageCount(papers);
        Warm warm = warmUp(() -> {
            renderPapers(papers, 1);
            PdfDocument.clearCaches();
            renderPapers(papers, 2);
        });
        String fresh = "; the fresh JVM's first pass " + fmt(warm.firstMs() / pages / 2)
                + " ms/page, its one- and two-thread halves averaged";
        double[] one = new double[repeats];
        double[] oneCpu = new double[repeats];
        double[] two = new double[repeats];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeats; r++) {
            PdfDocument.clearCaches();
            long cpu = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            renderPapers(papers, 1);
            one[r] = (System.nanoTime() - t) / 1e6 / pages;
            oneCpu[r] = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / pages;
            PdfDocument.clearCaches();
            t = System.nanoTime();
            renderPapers(papers, 2);
            two[r] = (System.nanoTime() - t) / 1e6 / pages;
        }
        Stats g1 = Stats.of(one);
        Stats g2 = Stats.of(two);
        Stats cpu1 = Stats.of(oneCpu);
        String files = join(papers);
        Stats mutool = tools.hyperfine("for f in " + files + "; do mutool draw -q -r 150 \"$f\" >/dev/null; done", repeats);
        Stats pdftoppm = tools.hyperfine("d=$(mktemp -d); for f in " + files + "; do pdftoppm -r 150 \"$f\" \"$d/p\"; done; rm -rf \"$d\"", repeats);
        String what = "render 150 dpi, whole paper, 3 papers (" + pages + " pages)";
        String how2 = "Gloss: every page on 2 threads, each with its own instance of the file, as the reader renders the visible page "
                + "and its neighbours (the tools use one core), glyph cache emptied and files opened before each pass, warm JVM ("
                + warm.passes() + " passes first, until three came within 15%" + fresh + "), " + g2.spread()
                + " ms/page; on one thread " + fmt(g1.median()) + " ms/page (" + fmt(cpu1.median())
                + " ms CPU); tools: whole processes (hyperfine), total/pages";
        String how1 = "Gloss: every page on one thread, glyph cache emptied before each pass, warm JVM (" + warm.passes()
                + " passes first" + fresh + "), " + g1.spread()
                + " ms/page, CPU " + fmt(cpu1.median()) + " ms/page; tools: whole processes (hyperfine), total/pages";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(what + ", 2 threads", g2.median(), mutool.median() / pages, "mutool draw (no output)", "ms/page", how2));
        rows.add(new Row(what + ", 2 threads", g2.median(), pdftoppm.median() / pages, "pdftoppm (PPM to tmp)", "ms/page", how2));
        rows.add(new Row(what + ", 1 thread", g1.median(), mutool.median() / pages, "mutool draw (no output)", "ms/page", how1));
        rows.add(onePage(papers));
        return rows;
    }

    /**
     * Every page of each paper at 150 dpi on one thread with dark page colours, against the same
     * pages printed: what dark pages cost (one pass over the pixels, pictures excepted). The
     * printed pages are the reader's normal path, which dark pages must not slow: the render rows
     * above measure it. Passes alternate, the glyph cache is emptied before each.
     */
    Row darkPages(List<Path> papers) throws Exception {
        int pages = pageCount(papers);
        warmUp(() -> {
            renderPapers(papers, dev.gloss.pdf.PageColors.DARK);
            renderPapers(papers, dev.gloss.pdf.PageColors.PRINTED);
        });
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] dark = new double[repeats];
        double[] printed = new double[repeats];
        double[] darkWall = new double[repeats];
        double[] printedWall = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            for (dev.gloss.pdf.PageColors c : new dev.gloss.pdf.PageColors[] {dev.gloss.pdf.PageColors.PRINTED,
                dev.gloss.pdf.PageColors.DARK}) {
                PdfDocument.clearCaches();
                long cpu = mx.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                renderPapers(papers, c);
                double ms = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / pages;
                double wall = (System.nanoTime() - t) / 1e6 / pages;
                (c == dev.gloss.pdf.PageColors.DARK ? dark : printed)[r] = ms;
                (c == dev.gloss.pdf.PageColors.DARK ? darkWall : printedWall)[r] = wall;
            }
        }
        Stats d = Stats.of(dark);
        Stats p = Stats.of(printed);
        return new Row("render 150 dpi, dark pages, 3 papers (" + pages + " pages)", d.median(), p.median(),
                "the same pages printed", "ms CPU/page", "every page on one thread, the thread's CPU time (steady when other "
                        + "work shares the cores), dark " + d.spread() + ", printed " + p.spread() + "; wall: dark "
                        + fmt(Stats.of(darkWall).median()) + ", printed " + fmt(Stats.of(printedWall).median())
                        + " ms/page; passes alternating, glyph cache emptied before each, warm JVM");
    }

    private static void renderPapers(List<Path> papers, dev.gloss.pdf.PageColors colors) throws PdfException {
        for (Path p : papers) {
            try (PdfDocument doc = PdfDocument.open(p)) {
                doc.setPageColors(colors);
                for (int page = 1; page <= doc.pageCount(); page++) {
                    doc.render(page, DPI_150);
                }
            }
        }
    }

    /** Page 1 of each paper alone: open the file and render it (glyph cache emptied) against mutool drawing that page. */
    private Row onePage(List<Path> papers) throws Exception {
        double[] runs = new double[repeats];
        for (Path p : papers) {
            firstPageAt(p, DPI_150); // warm-up
        }
        for (int r = 0; r < repeats; r++) {
            for (Path p : papers) {
                PdfDocument.clearCaches();
                long t = System.nanoTime();
                firstPageAt(p, DPI_150);
                runs[r] += (System.nanoTime() - t) / 1e6 / papers.size();
            }
        }
        Stats gloss = Stats.of(runs);
        Stats mutool = tools.hyperfine("for f in " + join(papers) + "; do mutool draw -q -r 150 \"$f\" 1 >/dev/null; done", repeats);
        return new Row("render 150 dpi, one page alone (page 1 of each of " + papers.size() + " papers)", gloss.median(),
                mutool.median() / papers.size(), "mutool draw page 1", "ms/page",
                "Gloss: open the file and render page 1 on one thread, glyph cache emptied, warm JVM, " + gloss.spread()
                        + "; mutool: a whole process per file (start, open, draw), hyperfine, total/papers");
    }

    /** Renders every page of each paper at 150 dpi on {@code threads} threads, one instance of the file each. */
    private static void renderPapers(List<Path> papers, int threads) throws Exception {
        java.util.concurrent.ExecutorService pool = threads > 1 ? java.util.concurrent.Executors.newFixedThreadPool(threads) : null;
        try {
            for (Path p : papers) {
                List<PdfDocument> instances = new ArrayList<>();
                try {
                    for (int i = 0; i < threads; i++) {
                        instances.add(PdfDocument.open(p));
                    }
                    int n = instances.get(0).pageCount();
                    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(1);
                    List<java.util.concurrent.Callable<Void>> work = new ArrayList<>();
                    for (PdfDocument doc : instances) {
                        work.add(() -> {
                            for (int page; (page = next.getAndIncrement()) <= n;) {
                                doc.render(page, DPI_150);
                            }
                            return null;
                        });
                    }
                    if (pool == null) {
                        work.get(0).call();
                    } else {
                        for (java.util.concurrent.Future<Void> f : pool.invokeAll(work)) {
                            f.get();
                        }
                    }
                } finally {
                    instances.forEach(PdfDocument::close);
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    List<Row> text(List<Path> papers) throws Exception {
        int pages = pageCount(papers);
        double[] glossRuns = new double[repeats];
        Warm warm = warmUp(() -> {
            for (Path p : papers) {
                textOnce(p);
            }
        });
        for (int r = 0; r < repeats; r++) {
            long t = System.nanoTime();
            for (Path p : papers) {
                textOnce(p);
            }
            glossRuns[r] = (System.nanoTime() - t) / 1e6;
        }
        Stats gloss = Stats.of(perPage(glossRuns, pages));
        String files = join(papers);
        Stats pdftotext = tools.hyperfine("for f in " + files + "; do pdftotext \"$f\" /dev/null; done", repeats);
        Stats mutool = tools.hyperfine("for f in " + files + "; do mutool draw -q -F txt -o /dev/null \"$f\"; done", repeats);
        String what = "text of all pages, " + papers.size() + " papers (" + pages + " pages)";
        String how = "Gloss: open + reading-order text of every page on one thread, warm (" + warm.passes()
                + " passes first, until three came within 15%; the fresh JVM's first " + fmt(warm.firstMs() / pages)
                + " ms/page), " + gloss.spread() + "; tools: whole processes, total/pages";
        return List.of(
                new Row(what, gloss.median(), pdftotext.median() / pages, "pdftotext", "ms/page", how),
                new Row(what, gloss.median(), mutool.median() / pages, "mutool draw -F txt", "ms/page", how));
    }

    /** Open a 15-page paper and render page 1 for a 1,000-pixel-wide view, in a warm JVM. */
    Row firstPage(Path paper) throws Exception {
        double[] runs = new double[Math.max(5, repeats * 2)];
        firstPageOnce(paper);
        for (int r = 0; r < runs.length; r++) {
            PdfDocument.clearCaches();
            long t = System.nanoTime();
            firstPageOnce(paper);
            runs[r] = (System.nanoTime() - t) / 1e6;
        }
        Stats s = Stats.of(runs);
        return new Row("first page visible after open (" + paper.getFileName() + ")", s.median(), 300, "target",
                "ms", "open + render page 1 at fit width (1000 px), warm JVM, glyph cache emptied before each, " + s.spread());
    }

    private static void firstPageOnce(Path paper) throws PdfException {
        try (PdfDocument doc = PdfDocument.open(paper)) {
            doc.render(1, (float) (1000 / doc.pageSize(1).width()));
        }
    }

    private static void firstPageAt(Path paper, float scale) throws PdfException {
        try (PdfDocument doc = PdfDocument.open(paper)) {
            doc.render(1, scale);
        }
    }

    private static void textOnce(Path p) throws PdfException {
        try (PdfDocument doc = PdfDocument.open(p)) {
            doc.text(1, doc.pageCount());
        }
    }

    private static double[] perPage(double[] totals, int pages) {
        double[] out = new double[totals.length];
        for (int i = 0; i < totals.length; i++) {
            out[i] = totals[i] / pages;
        }
        return out;
    }

    static String join(List<Path> papers) {
        List<String> q = new ArrayList<>();
        papers.forEach(p -> q.add(Tools.quote(p)));
        return String.join(" ", q);
    }

    static int pageCount(List<Path> papers) throws IOException {
        int n = 0;
        for (Path p : papers) {
            try (PdfDocument doc = PdfDocument.open(p)) {
                n += doc.pageCount();
            } catch (PdfException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return n;
    }
}
