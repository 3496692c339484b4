package dev.gloss.desktop.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs the tests write for themselves. */
public final class TestPdfs {
    private TestPdfs() {
    }

    /**
     * A letter-size document of {@code pages} pages; each page has a heading "Page N" and lines
     * of filler text; page {@code phrasePage} carries {@code phrase} near its bottom.
     */
    public static Path write(Path file, int pages, int phrasePage, String phrase) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 24);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Page " + p);
                    cs.setFont(font, 11);
                    for (int line = 0; line < 30; line++) {
                        cs.newLineAtOffset(0, -18);
                        cs.showText("Line " + (line + 1) + " of page " + p + " says nothing of interest here.");
                    }
                    cs.endText();
                    if (p == phrasePage) {
                        cs.beginText();
                        cs.setFont(font, 12);
                        cs.newLineAtOffset(72, 90);
                        cs.showText(phrase);
                        cs.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A one-page letter-size document with {@code lines} in 11 pt Helvetica, one under another. */
    public static Path lines(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(72, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
