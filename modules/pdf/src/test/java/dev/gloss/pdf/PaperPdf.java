package dev.gloss.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Small papers made for the tests, laid out as LaTeX lays out a one-column paper: a numbered
 * one ("[1]", "[2, 3-4]", a figure, a table, an equation, a section and an appendix) and an
 * author–year one ("Kirk et al. (2023)", "(Smith and Lee, 2021; Wu, 2020)") with a hanging
 * indented reference list. No link annotations unless asked for.
 */
final class PaperPdf {
    static final float BODY = 10;
    static final float LEAD = 12;

    private PaperPdf() {
    }

    /** Filler lines of running text, so the body type is what most lines are set in. */
    private static float filler(TestPdf pdf, float y, int lines) throws IOException {
        for (int i = 0; i < lines; i++) {
            pdf.text(72, y, BODY, "This line is running text of the paper that fills the column from its left to its right edge.");
            y -= LEAD;
        }
        return y;
    }

    /** The numbered paper: page 1 with the markers, a figure and an equation; page 2 with a table, headings and the list. */
    static Path numbered(Path file, boolean links) throws IOException {
        try (TestPdf pdf = new TestPdf()) {
            pdf.page();
            pdf.text(72, 740, 14, "1 Introduction");
            pdf.text(72, 712, BODY, "Trace trees were first described in [1] and later extended in [2, 3-4] by others.");
            pdf.text(72, 700, BODY, "The speedups are shown in Figure 1 and Table 1, and they follow from Eq. (2) alone.");
            pdf.text(72, 688, BODY, "Section 2.1 gives the details of the method, and Appendix A lists all of the proofs.");
            float y = filler(pdf, 676, 8);
            pdf.rect(150, 420, 300, 150);
            pdf.text(72, 400, BODY, "Figure 1: Speedup over the interpreter on each benchmark.");
            filler(pdf, 380, 6);
            pdf.text(250, 290, BODY, "x = a + b");
            pdf.text(520, 290, BODY, "(2)");
            filler(pdf, 270, 4);
            pdf.page();
            pdf.text(72, 740, BODY, "Table 1: The benchmarks and their running times.");
            pdf.text(90, 726, BODY, "crypto 12 ms");
            pdf.text(90, 714, BODY, "raytrace 40 ms");
            pdf.text(72, 690, 14, "2.1 Details");
            filler(pdf, 670, 6);
            pdf.text(72, 590, 14, "A Proofs");
            filler(pdf, 570, 3);
            pdf.text(72, 520, 12, "References");
            pdf.text(72, 500, 9, "[1] A. Gal, C. W. Probst, and M. Franz. HotpathVM: An effective JIT compiler for resource-constrained");
            pdf.text(86, 489, 9, "devices. In Proceedings of VEE, pages 144-153, 2006.");
            pdf.text(72, 476, 9, "[2] M. Chang, E. Smith, R. Reitmaier, and M. Franz. Tracing for web 3.0. arXiv:2106.01234, 2009.");
            pdf.text(72, 463, 9, "[3] J. Ha, M. R. Haghighat, S. Cong, and K. S. McKinley. A concurrent trace-based JIT. doi:10.1145/1234567.890123.");
            pdf.text(72, 450, 9, "[4] B. McCloskey. Personal communication about a very long subject that needs more than one line to say");
            pdf.text(86, 439, 9, "what it is about, 2009.");
            pdf.text(72, 426, 9, "[5] A. Rigo. Representation-based just-in-time specialization and the Psyco prototype. In PEPM, 2004.");
            if (links) {
                List<PDPage> pages = List.of(pdf.doc.getPage(0), pdf.doc.getPage(1));
                // hyperref's anchors: a little above each entry's first line
                link(pdf, pages, 0, "[1]", 712, pages.get(1), 72, 510);
                link(pdf, pages, 0, "2", 712, pages.get(1), 72, 486);
            }
            return pdf.save(file);
        }
    }

    /** A GoTo link over the first occurrence of {@code text} on a line at {@code y} of the page. */
    private static void link(TestPdf pdf, List<PDPage> pages, int page, String text, float y, PDPage target, float left, float top)
            throws IOException {
        String line = "Trace trees were first described in [1] and later extended in [2, 3-4] by others.";
        int at = line.indexOf(text);
        float x = 72 + TestPdf.width(line.substring(0, at), BODY);
        float w = TestPdf.width(text, BODY);
        PDAnnotationLink l = new PDAnnotationLink();
        l.setRectangle(new PDRectangle(x, y - 2, w, 11));
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(target);
        d.setLeft((int) left);
        d.setTop((int) top);
        PDActionGoTo go = new PDActionGoTo();
        go.setDestination(d);
        l.setAction(go);
        pages.get(page).getAnnotations().add(l);
    }

    /** The author–year paper: markers in the body, a list whose entries hang indented. */
    static Path authorYear(Path file) throws IOException {
        try (TestPdf pdf = new TestPdf()) {
            pdf.page();
            pdf.text(72, 740, 14, "1 Introduction");
            pdf.text(72, 712, BODY, "Feedback learning was surveyed by Kirk et al. (2023) and by others before them");
            pdf.text(72, 700, BODY, "(Smith and Lee, 2021; Wu, 2020), while Wu (2019) came first of all.");
            float y = filler(pdf, 688, 10);
            pdf.text(72, y - 10, 12, "References");
            y -= 30;
            String[][] entries = {
                {"Hannah Kirk, Bertie Vidgen, and Paul Röttger. 2023. The past, present and", "better future of feedback learning. arXiv preprint arXiv:2310.07629."},
                {"John Smith and Ann Lee. 2021. A title of theirs. In Proceedings of Something,", "pages 1-10."},
                {"Wei Wu. 2019. An earlier paper. Journal of Things, 2(1):1-5."},
                {"Wei Wu. 2020. Another paper. Journal of Things, 3(2):1-5. https://doi.org/", "10.1000/xyz123."},
            };
            for (String[] e : entries) {
                for (int i = 0; i < e.length; i++) {
                    pdf.text(i == 0 ? 72 : 82, y, 9, e[i]);
                    y -= 11;
                }
                y -= 4;
            }
            return pdf.save(file);
        }
    }

    /** A Nature-style paper: a list numbered "1.", citations as superscript numbers after words. */
    static Path superscripts(Path file) throws IOException {
        try (TestPdf pdf = new TestPdf()) {
            pdf.page();
            pdf.text(72, 740, 14, "Main");
            String before = "Trace compilation was shown to work before";
            pdf.text(72, 712, BODY, before);
            pdf.text(72 + TestPdf.width(before, BODY), 716, 6, "1,2");
            pdf.text(72 + TestPdf.width(before, BODY) + TestPdf.width("1,2", 6) + 3, 712, BODY, "and again later on.");
            float y = filler(pdf, 700, 10);
            pdf.text(72, y - 10, 12, "References");
            pdf.text(72, y - 30, 9, "1. Gal, A., Probst, C. W. & Franz, M. HotpathVM. VEE 144-153 (2006).");
            pdf.text(72, y - 41, 9, "2. Bala, V., Duesterwald, E. & Banerjia, S. Dynamo. PLDI 1-12 (2000).");
            pdf.text(72, y - 52, 9, "3. Rigo, A. Representation-based just-in-time specialization. PEPM (2004).");
            return pdf.save(file);
        }
    }
}
