package dev.gloss.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Simple one-column PDFs for tests: each page a list of paragraphs, wrapped at 11 pt Helvetica. */
public final class TestPdfs {
    public static final float SIZE = 11;
    public static final float LEADING = 14;
    public static final float LEFT = 72;
    public static final float TOP = 720;
    public static final float WIDTH = 460;

    private TestPdfs() {
    }

    /** Writes a PDF whose page i holds the paragraphs {@code pages.get(i)}. */
    public static Path write(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> paragraphs : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = TOP;
                    for (String p : paragraphs) {
                        for (String line : wrap(p, font)) {
                            cs.beginText();
                            cs.setFont(font, SIZE);
                            cs.newLineAtOffset(LEFT, y);
                            cs.showText(line);
                            cs.endText();
                            y -= LEADING;
                        }
                        y -= LEADING;
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public static List<String> wrap(String text, PDFont font) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split("\\s+")) {
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public static final String INTRO = "Language models are trained in two stages. A long pretraining phase teaches them "
            + "to continue text, and a much shorter fine-tuning phase teaches them to follow instructions.";
    public static final String EXTRA = "This paragraph was added in the second version of the paper. It pushes everything "
            + "after it further down the page, so that every offset and every quad of the later text changes.";
    public static final String CLAIM = "Our central observation is that the weight update of instruction tuning is "
            + "concentrated in the top third of the layers and spans very few directions.";
    public static final String OUTRO = "We discuss the consequences for auditing tuned models and for merging them, "
            + "and we release the code that produced every figure in this paper.";
    /** A sentence of {@link #CLAIM} that tests mark. */
    public static final String QUOTE = "the weight update of instruction tuning is concentrated in the top third of the layers";
}
