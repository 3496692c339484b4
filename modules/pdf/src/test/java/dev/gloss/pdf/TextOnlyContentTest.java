package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * The stripped content stream gives PDFBox's text stripper the same operators with the same
 * operands: checked on tricky streams written here and on every content stream of the corpus's
 * research papers, each parsed by PDFBox itself before and after.
 */
class TextOnlyContentTest {
    /** The operators PDFBox's PDFTextStripper registers (LegacyPDFStreamEngine and PDFTextStripper). */
    private static final Set<String> STRIPPER = Set.of("BT", "cm", "Do", "ET", "gs", "q", "Q", "T*", "Tc", "Td", "TD",
            "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "'", "\"", "BDC", "BMC", "EMC");

    @Test
    void dropsPathsAndColoursKeepsText() {
        String in = "0.5 w 1 0 0 RG 0 0 m 10 10 l S q 1 0 0 1 5 5 cm BT /F1 12 Tf (a) Tj ET Q 0 0 10 10 re f*";
        String out = new String(TextOnlyContent.strip(bytes(in)), StandardCharsets.ISO_8859_1);
        assertEquals("q 1 0 0 1 5 5 cm BT /F1 12 Tf (a) Tj ET Q", out.replaceAll("\\s+", " ").trim());
        sameOperators(in);
    }

    @Test
    void unchangedStreamIsReturnedAsItIs() {
        byte[] in = bytes("BT /F1 12 Tf (no graphics) Tj ET");
        assertSame(in, TextOnlyContent.strip(in));
    }

    @Test
    void trickyTokensKeepTheirOperands() {
        // strings that look like operators, nested and escaped parentheses, PDFBox's end-of-string
        // heuristic, hex strings, arrays, marked-content dictionaries, comments, numbers glued to
        // operators, "d0", keywords as operands, an inline image with graphics after it
        sameOperators("BT (0 0 m) Tj ( (f(x)) \\) 1 1 l ) Tj <48 65> Tj [(a) -250 (b) 1.5 <20>] TJ ET 1 1 m");
        sameOperators("BT (open (nested)\n/F1 12 Tf 1 1 l (x) Tj ET 0 0 m");
        sameOperators("BT (a\\\n\rb) Tj (\\101\\1x\\12) Tj (\\)\n/) Tj ET 2 2 l");
        sameOperators("/Span <</MCID 3 /Alt (x) /A [1 2] /D <</E true>>>> BDC 0 0 m EMC % a comment 0 0 m\n4 w");
        sameOperators("/P <</K 5 0 R>> BDC 1 2 m EMC 0.5w1 2 m3 4l S");
        sameOperators("true 1 0 0 RG BT (x) Tj ET null 0 g 5 0 0 5 0 0 d0 1 0 0 1 0 0 cm");
        sameOperators("0 0 m BI /W 2 /H 1 /BPC 8 /CS /G ID \u0001\u0002 EI 0 0 m BT (after) Tj ET 1 1 l S");
        sameOperators("--5 0 m -.5 .5 l + 1 m BT (x) Tj ET 1.0.0 2 l 3 4 re W n");
        sameOperators("BT (unterminated 0 0 m");
        sameOperators("] 1 1 m BT (x) Tj ET");
    }

    @Test
    void corpusContentStreamsKeepTheirTextOperators() throws IOException {
        List<Corpus.Entry> papers = Corpus.entries().stream().filter(e -> e.file().startsWith("research/")).toList();
        int streams = 0;
        for (Corpus.Entry e : papers) {
            try (PDDocument doc = Loader.loadPDF(e.path().toFile())) {
                for (PDPage page : doc.getPages()) {
                    sameOperators(read(page.getContentsForStreamParsing()));
                    streams++;
                    for (byte[] form : forms(page.getResources(), 0)) {
                        sameOperators(form);
                        streams++;
                    }
                }
            }
        }
        assertTrue(streams > 100, "content streams checked: " + streams);
    }

    private static List<byte[]> forms(PDResources resources, int depth) throws IOException {
        List<byte[]> out = new ArrayList<>();
        if (resources == null || depth > 4) {
            return out;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                out.add(read(form.getContentsForStreamParsing()));
                out.addAll(forms(form.getResources(), depth + 1));
            }
        }
        return out;
    }

    private static void sameOperators(String content) {
        sameOperators(bytes(content));
    }

    private static void sameOperators(byte[] content) {
        assertEquals(stripperView(content), stripperView(TextOnlyContent.strip(content)),
                () -> new String(content, 0, Math.min(200, content.length), StandardCharsets.ISO_8859_1));
    }

    /** What the stripper acts on: its operators with their operands, as PDFBox parses them, and how parsing ends. */
    private static List<String> stripperView(byte[] content) {
        List<String> out = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        try {
            PDFStreamParser parser = new PDFStreamParser(content);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op) {
                    if (STRIPPER.contains(op.getName())) {
                        out.add(op.getName() + " " + operands);
                    }
                    operands.clear();
                } else {
                    operands.add((COSBase) token);
                }
            }
        } catch (IOException e) {
            out.add("failed: " + e.getMessage().replaceAll("offset \\d+", "offset"));
        }
        return out;
    }

    private static byte[] read(RandomAccessRead source) throws IOException {
        try (RandomAccessRead in = source) {
            byte[] buf = new byte[8192];
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
