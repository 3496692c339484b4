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
    private final Tools tools;
    private final int repeats;

    PdfBench(Tools tools, int repeats) {
        this.tools = tools;
        this.repeats = repeats;
    }

    List<Row> render(List<Path> papers) throws Exception {
        int pages = 0;
        double[] glossRuns = new double[repeats];
        for (Path p : papers) {
            try (PdfDocument doc = PdfDocument.open(p)) {
                pages += doc.pageCount();
                renderAll(doc); // warm-up: fonts, caches, JIT
                for (int r = 0; r < repeats; r++) {
                    long t = System.nanoTime();
                    renderAll(doc);
                    glossRuns[r] += (System.nanoTime() - t) / 1e6;
                }
            }
        }
        Stats gloss = Stats.of(perPage(glossRuns, pages));
        String files = join(papers);
        Stats mutool = tools.hyperfine("for f in " + files + "; do mutool draw -q -r 150 \"$f\" >/dev/null; done", repeats);
        Stats pdftoppm = tools.hyperfine("d=$(mktemp -d); for f in " + files + "; do pdftoppm -r 150 \"$f\" \"$d/p\"; done; rm -rf \"$d\"", repeats);
        String what = "render 150 dpi, " + papers.size() + " papers (" + pages + " pages)";
        String how = "Gloss: PdfDocument.render to an RGB image, warm, " + gloss.spread() + " ms/page; tools: whole processes (hyperfine), total/pages";
        return List.of(
                new Row(what, gloss.median(), mutool.median() / pages, "mutool draw (no output)", "ms/page", how),
                new Row(what, gloss.median(), pdftoppm.median() / pages, "pdftoppm (PPM to tmp)", "ms/page", how));
    }

    List<Row> text(List<Path> papers) throws Exception {
        int pages = 0;
        double[] glossRuns = new double[repeats];
        for (Path p : papers) {
            try (PdfDocument doc = PdfDocument.open(p)) {
                pages += doc.pageCount();
            }
            textOnce(p); // warm-up
            for (int r = 0; r < repeats; r++) {
                long t = System.nanoTime();
                textOnce(p);
                glossRuns[r] += (System.nanoTime() - t) / 1e6;
            }
        }
        Stats gloss = Stats.of(perPage(glossRuns, pages));
        String files = join(papers);
        Stats pdftotext = tools.hyperfine("for f in " + files + "; do pdftotext \"$f\" /dev/null; done", repeats);
        Stats mutool = tools.hyperfine("for f in " + files + "; do mutool draw -q -F txt -o /dev/null \"$f\"; done", repeats);
        String what = "text of all pages, " + papers.size() + " papers (" + pages + " pages)";
        String how = "Gloss: open + reading-order text of every page, warm, " + gloss.spread() + "; tools: whole processes, total/pages";
        return List.of(
                new Row(what, gloss.median(), pdftotext.median() / pages, "pdftotext", "ms/page", how),
                new Row(what, gloss.median(), mutool.median() / pages, "mutool draw -F txt", "ms/page", how));
    }

    /** Open a 15-page paper and render page 1 for a 1,000-pixel-wide view, in a warm JVM. */
    Row firstPage(Path paper) throws Exception {
        double[] runs = new double[Math.max(5, repeats * 2)];
        firstPageOnce(paper);
        for (int r = 0; r < runs.length; r++) {
            long t = System.nanoTime();
            firstPageOnce(paper);
            runs[r] = (System.nanoTime() - t) / 1e6;
        }
        Stats s = Stats.of(runs);
        return new Row("first page visible after open (" + paper.getFileName() + ")", s.median(), 300, "target",
                "ms", "open + render page 1 at fit width (1000 px), warm JVM, " + s.spread());
    }

    private static void firstPageOnce(Path paper) throws PdfException {
        try (PdfDocument doc = PdfDocument.open(paper)) {
            float scale = (float) (1000 / doc.pageSize(1).width());
            doc.render(1, scale);
        }
    }

    private static void textOnce(Path p) throws PdfException {
        try (PdfDocument doc = PdfDocument.open(p)) {
            doc.text(1, doc.pageCount());
        }
    }

    private static void renderAll(PdfDocument doc) throws PdfException {
        for (int i = 1; i <= doc.pageCount(); i++) {
            doc.render(i, DPI_150);
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
