package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.RawPdf;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged page trees open as poppler, pdf.js and Acrobat open them (issue 23, item 5): the pages
 * that are there, the lost ones blank in their places, never an internal error.
 */
class PageTreeTest {
    private static final String PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>";
    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    @TempDir
    Path dir;

    private RawPdf paper(String pages) {
        return new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, pages)
                .object(3, PAGE)
                .stream(4, "", "BT /F1 12 Tf 20 100 Td (Hello from page one) Tj ET")
                .object(5, FONT);
    }

    /** Every page draws and reads, and the first one is the page that is there. */
    private static void allPagesWork(PdfDocument pdf) throws PdfException {
        for (int p = 1; p <= pdf.pageCount(); p++) {
            BufferedImage img = pdf.render(p, 0.5f);
            assertTrue(img.getWidth() > 0);
            pdf.text(p);
            pdf.pageSize(p);
            pdf.links(p);
            pdf.pageLabel(p);
        }
        pdf.outline();
        pdf.metadata();
        assertEquals("Hello from page one", pdf.text(1).text());
    }

    @Test
    void aTreeThatContainsItselfKeepsTheCountWithTheLostPageBlank() throws Exception {
        Path file = paper("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>").write(dir.resolve("self.pdf"), 1);
        try (PdfDocument pdf = PdfDocument.open(file)) {
            assertEquals(2, pdf.pageCount());
            assertEquals(List.of(2), pdf.missingPages());
            allPagesWork(pdf);
            assertEquals("", pdf.text(2).text());
        }
    }

    /** The root's /Parent is itself and no node has a crop box: PDFBox's inheritance would recurse forever. */
    @Test
    void aRootThatIsItsOwnParent() throws Exception {
        Path file = paper("<< /Type /Pages /Parent 2 0 R /Kids [3 0 R] /Count 1 >>").write(dir.resolve("parent.pdf"), 1);
        try (PdfDocument pdf = PdfDocument.open(file)) {
            assertEquals(1, pdf.pageCount());
            assertEquals(List.of(), pdf.missingPages());
            allPagesWork(pdf);
            assertEquals(300, pdf.pageSize(1).width(), 0.01);
        }
    }

    /** A loop below the root (Pages-tree-refs.pdf of pdf.js, generated): the page the looping node claims is blank. */
    @Test
    void aLoopBelowTheRootInheritsTheLoopingNodesBox() throws Exception {
        Path file = paper("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>")
                .object(6, "<< /Type /Pages /Parent 2 0 R /Kids [7 0 R] /Count 1 /MediaBox [0 0 595 842] >>")
                .object(7, "<< /Type /Pages /Parent 6 0 R /Kids [6 0 R] /Count 1 >>")
                .write(dir.resolve("loop.pdf"), 1);
        try (PdfDocument pdf = PdfDocument.open(file)) {
            assertEquals(2, pdf.pageCount());
            assertEquals(List.of(2), pdf.missingPages());
            allPagesWork(pdf);
            assertEquals(595, pdf.pageSize(2).width(), 0.01);
        }
    }

    /** {@code /Kids 3 0 R} without the brackets (poppler-742-0-fuzzed.pdf). */
    @Test
    void kidsThatAreOneReferenceInsteadOfAnArray() throws Exception {
        Path file = paper("<< /Type /Pages /Kids 3 0 R /Count 1 >>").write(dir.resolve("kids.pdf"), 1);
        try (PdfDocument pdf = PdfDocument.open(file)) {
            assertEquals(1, pdf.pageCount());
            assertEquals(List.of(), pdf.missingPages());
            allPagesWork(pdf);
        }
    }

    /** Kids that lead nowhere: the tree is rebuilt from the page objects in the file, in their order. */
    @Test
    void aTreeWithoutPagesIsRebuiltFromThePageObjects() throws Exception {
        Path file = paper("<< /Type /Pages /Kids [9 0 R] /Count 2 >>")
                .object(6, "<< /Type /Page /MediaBox [0 0 100 100] >>")
                .write(dir.resolve("objects.pdf"), 1);
        try (PdfDocument pdf = PdfDocument.open(file)) {
            assertEquals(2, pdf.pageCount());
            assertEquals(List.of(), pdf.missingPages());
            allPagesWork(pdf);
            assertEquals(100, pdf.pageSize(2).width(), 0.01);
        }
    }

    /** A /Count of two billion over a lost kid: blank pages never outnumber the file's objects. */
    @Test
    void aHugeCountIsNotBelieved() throws Exception {
        Path file = paper("<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2000000000 >>").write(dir.resolve("count.pdf"), 1);
        try (PdfDocument pdf = PdfDocument.open(file)) {
            assertTrue(pdf.pageCount() >= 2 && pdf.pageCount() <= 6, "pages " + pdf.pageCount());
            allPagesWork(pdf);
        }
        Path none = new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [] /Count 2000000000 >>")
                .write(dir.resolve("none.pdf"), 1);
        PdfException e = assertThrows(PdfException.class, () -> PdfDocument.open(none));
        assertEquals(PdfException.Reason.NO_PAGES, e.reason());
    }

    /** A chain of 20,000 nodes, one inside the other: flattened, PDFBox's recursive descent cannot overflow. */
    @Test
    void aDeepChainOfNodes() throws Exception {
        int depth = 20_000;
        RawPdf raw = new RawPdf().object(1, "<< /Type /Catalog /Pages 10 0 R >>")
                .object(3, "<< /Type /Page /Parent " + (10 + depth - 1) + " 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>")
                .stream(4, "", "BT /F1 12 Tf 20 100 Td (Hello from page one) Tj ET")
                .object(5, FONT);
        for (int i = 0; i < depth; i++) {
            int n = 10 + i;
            String kid = i == depth - 1 ? "3 0 R" : (n + 1) + " 0 R";
            String parent = i == 0 ? "" : " /Parent " + (n - 1) + " 0 R";
            raw.object(n, "<< /Type /Pages /Kids [" + kid + "] /Count 1" + parent + " >>");
        }
        Path file = raw.write(dir.resolve("deep.pdf"), 1);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (PdfDocument pdf = PdfDocument.open(file)) {
                assertEquals(1, pdf.pageCount());
                allPagesWork(pdf);
            }
        });
    }

    /** 200,000 pages, all the same page object (issue 23, item 2): a whole tree, counted and opened quickly. */
    @Test
    void twoHundredThousandPagesOfOneObject() throws Exception {
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            kids.append("3 0 R ");
        }
        Path file = paper("<< /Type /Pages /Kids [" + kids + "] /Count 200000 >>").write(dir.resolve("many.pdf"), 1);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (PdfDocument pdf = PdfDocument.open(file)) {
                assertEquals(200_000, pdf.pageCount());
                assertEquals(List.of(), pdf.missingPages());
                assertEquals("Hello from page one", pdf.text(150_000).text());
            }
        });
    }

    // ---- the files of pdf.js's corpus that issue 23 names ----

    @Test
    void pdfjsPagesTreeRefs() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("pdfjs/Pages-tree-refs.pdf"))) {
            assertEquals(2, pdf.pageCount());
            assertEquals(List.of(2), pdf.missingPages());
            // StandardEncoding's quote is a right single quotation mark
            assertEquals("Testcase: \u2019Pages loop\u2019", pdf.text(1).text());
            pdf.render(2, 0.5f);
        }
    }

    /** Both fuzzed files have one page for pdf.js and poppler; 742's page object is whole and has its text. */
    @Test
    void pdfjsFuzzedPageTrees() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("pdfjs/poppler-742-0-fuzzed.pdf"))) {
            assertEquals(1, pdf.pageCount());
            assertEquals(List.of(), pdf.missingPages());
            pdf.render(1, 0.5f);
            pdf.text(1);
        }
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("pdfjs/poppler-937-0-fuzzed.pdf"))) {
            // its one page object does not parse at all: the page is there, blank, as poppler draws it
            assertEquals(1, pdf.pageCount());
            assertEquals(List.of(1), pdf.missingPages());
            pdf.render(1, 0.5f);
        }
    }

    /** Only the attachment is encrypted (/StmF and /StrF /Identity): the page opens without a password. */
    @Test
    void pdfjsEncryptedAttachment() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("pdfjs/encrypted-attachment.pdf"))) {
            assertEquals(1, pdf.pageCount());
            assertTrue(pdf.encrypted());
            assertEquals("Example", pdf.text(1).text());
        }
    }

    /**
     * The checkerboard of function_based_shading.pdf: {@code 4 mul floor exch 4 mul floor add 2 mod}
     * hands {@code mod} reals, which PDFBox refuses; pdf.js and poppler draw 4 x 4 black and white squares.
     */
    @Test
    void pdfjsFunctionBasedShading() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Corpus.file("pdfjs/function_based_shading.pdf"))) {
            BufferedImage img = pdf.render(1, 1f);
            // the seventh shading fills 30,182 to 200,352 in page space: rows 440..610 of the image
            int dark = 0;
            int light = 0;
            for (int y = 445; y < 605; y += 5) {
                for (int x = 35; x < 195; x += 5) {
                    int g = img.getRGB(x, y) & 0xff;
                    if (g < 60) {
                        dark++;
                    } else if (g > 200) {
                        light++;
                    }
                }
            }
            assertTrue(dark > 300 && light > 300, "a checkerboard: dark " + dark + ", light " + light);
        }
    }
}
