package dev.gloss.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real PDFs for the local services to serve (the library imports them): one page per list of
 * lines, Helvetica, and an info title. Public for the CLI's and the desktop's tests.
 */
public final class PaperPdfs {
    private PaperPdfs() {
    }

    /** A paper whose first page starts with {@code lines} (a title, an arXiv stamp, an abstract...). */
    public static byte[] paper(String infoTitle, List<String> firstPage, List<String> secondPage) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            if (infoTitle != null) {
                info.setTitle(infoTitle);
            }
            doc.setDocumentInformation(info);
            for (List<String> lines : secondPage == null ? List.of(firstPage) : List.of(firstPage, secondPage)) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 720;
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                        cs.newLineAtOffset(72, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 16;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Attention Is All You Need" as arXiv serves version {@code v}: its stamp and the start of the text. */
    public static byte[] attention(int v) {
        return paper(null, List.of("Attention Is All You Need",
                "Ashish Vaswani 1 Noam Shazeer 1 Niki Parmar 2",
                "arXiv:1706.03762v" + v + " [cs.CL]",
                "Abstract",
                "The dominant sequence transduction models are based on complex recurrent or",
                "convolutional neural networks that include an encoder and a decoder.",
                v >= 6 ? "We propose a new simple network architecture, the Transformer, based solely on attention."
                        : "We propose a novel, simple network architecture, the Transformer, based solely on attention."),
                List.of("1 Introduction", "Recurrent neural networks, long short-term memory and gated recurrent neural networks",
                        "in particular, have been firmly established as state of the art approaches in sequence modeling.",
                        v >= 6 ? "Attention mechanisms have become an integral part of sequence modeling." : "This line only version five has."));
    }
}
