package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word, line and sentence steps over the text layer of a PDF written by the test. */
class TextUnitsTest {
    private static final List<String> LINES = List.of(
            "Deep models read papers, e.g. long surveys by Smith et al. from 2019.",
            "Fig. 3 shows a gain of 3.14 points. Is it real? Yes! J. Doe agrees",
            "with the result (see Eq. 2). The end of the story is near.",
            "A careful reader checks every experi-",
            "ment twice before quoting it.");
    @TempDir
    Path dir;
    private PageText page;
    private TextUnits units;

    @BeforeEach
    void open() throws Exception {
        Path pdf = lines(dir.resolve("sentences.pdf"), LINES);
        try (PdfDocument doc = PdfDocument.open(pdf)) {
            page = doc.text(1);
        }
        units = new TextUnits(page);
    }

    /** A one-page letter-size document with {@code lines} in 11 pt Helvetica, one under another. */
    private static Path lines(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(TestPdf.HELVETICA, 11);
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

    private TextRange find(String s) {
        List<TextRange> hits = page.find(s);
        assertEquals(1, hits.size(), () -> "one '" + s + "' in: " + page.text());
        return hits.get(0);
    }

    private String slice(int start, int end) {
        return page.text().substring(start, end);
    }

    private String sentenceOf(String phrase) {
        return page.slice(units.sentences(find(phrase)));
    }

    @Test
    void theTextLayerIsWhatTheTestExpects() {
        assertEquals(String.join("\n", LINES).replace("experi-\nment", "experiment"), page.text());
    }

    @Test
    void wordStepsMoveToTheNextEndAndThePreviousStart() {
        TextRange r = find("long surveys");
        int e1 = units.nextWordEnd(r.end());
        int e2 = units.nextWordEnd(e1);
        assertEquals("long surveys by Smith", slice(r.start(), e2));
        assertEquals("long surveys by Smith", page.slice(units.trim(r.start(), e2)));
        int back = units.previousWordStart(e2);
        assertEquals("long surveys by ", slice(r.start(), back));
        assertEquals("long surveys by", page.slice(units.trim(r.start(), back)));
        // from inside a word, the next end is that word's end
        TextRange mid = find("urveys");
        assertEquals("surveys", slice(units.previousWordStart(mid.start()), units.nextWordEnd(mid.start())));
        assertEquals(-1, units.nextWordEnd(page.text().length()));
        assertEquals(-1, units.previousWordStart(0));
    }

    @Test
    void aWordHyphenatedAcrossLinesIsOneStep() {
        TextRange every = find("every");
        assertEquals("every experiment", slice(every.start(), units.nextWordEnd(every.end())));
        TextRange twice = find("twice");
        assertEquals("experiment twice", slice(units.previousWordStart(twice.start()), twice.end()));
    }

    @Test
    void lineStepsKeepTheColumnAndWholeWords() {
        // "Deep models" ends at column 11 of line 1; column 11 of line 2 is inside "shows"
        TextRange deep = find("Deep models");
        int down = units.lineMove(deep.end(), 1, true);
        assertEquals("Deep models read papers, e.g. long surveys by Smith et al. from 2019.\nFig. 3 shows",
                slice(deep.start(), down));
        // and back up: column 12 of line 1 is inside "read"
        assertEquals("Deep models read", slice(deep.start(), units.lineMove(down, -1, true)));
        // with the column the run of steps started from, Up undoes Down
        assertEquals(deep.end(), units.lineMove(down, -1, true, units.column(deep.end())));
        assertEquals(11, units.column(deep.end()));
        // backwards selections land on word starts: column 15 of line 1 is inside "read"
        TextRange gain = find("gain");
        assertEquals(find("read papers").start(), units.lineMove(gain.start(), -1, false));
        // the first line has no line above, the last none below
        assertEquals(-1, units.lineMove(deep.start(), -1, true));
        assertEquals(-1, units.lineMove(find("quoting").end(), 1, true));
        assertNotNull(units.lineOf(find("result").start()));
        assertEquals(LINES.get(2), page.slice(units.lineOf(find("result").start())));
    }

    @Test
    void sentencesDoNotBreakOnAbbreviationsInitialsOrDecimals() {
        assertEquals(LINES.get(0), sentenceOf("long surveys"));
        assertEquals(LINES.get(0), sentenceOf("et al"));
        assertEquals("Fig. 3 shows a gain of 3.14 points.", sentenceOf("gain"));
        assertEquals("Fig. 3 shows a gain of 3.14 points.", sentenceOf("3.14"));
        assertEquals("Is it real?", sentenceOf("real"));
        assertEquals("Yes!", sentenceOf("Yes"));
        assertEquals("J. Doe agrees\nwith the result (see Eq. 2).", sentenceOf("Doe"));
        assertEquals("The end of the story is near.", sentenceOf("story"));
        assertEquals("A careful reader checks every experiment twice before quoting it.", sentenceOf("twice"));
    }

    @Test
    void aSelectionAcrossSentencesGrowsToAllOfThem() {
        TextRange from = find("points");
        TextRange to = find("real");
        assertEquals("Fig. 3 shows a gain of 3.14 points. Is it real?",
                page.slice(units.sentences(new TextRange(from.start(), to.end()))));
        // a whole sentence selected stays as it is
        TextRange whole = find("Is it real?");
        assertEquals(whole, units.sentences(whole));
    }

    @Test
    void theFirstWordOnScreenIsFoundByItsMiddle() {
        // page space: letter size, the lines start at y = 700 and go down 16 points each
        TextRange first = units.firstWordIn(0, 0, 612, 690);
        assertEquals("Fig.", page.slice(first));
        assertEquals("Deep", page.slice(units.firstWordIn(0, 0, 612, 792)));
        assertEquals(null, units.firstWordIn(0, 0, 612, 100));
    }
}
