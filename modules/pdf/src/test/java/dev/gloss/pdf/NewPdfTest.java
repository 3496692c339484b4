package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.pdf.draw.Bookmark;
import dev.gloss.pdf.draw.DocumentInfo;
import dev.gloss.pdf.draw.NewPdf;
import dev.gloss.pdf.draw.PageCanvas;
import dev.gloss.pdf.draw.PdfFont;
import dev.gloss.pdf.draw.StandardFont;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF drawn from code: its text reads back, its outline and Info are there, its bytes repeat. */
class NewPdfTest {
    @TempDir
    Path dir;

    private static byte[] draw() throws Exception {
        try (NewPdf pdf = new NewPdf()) {
            PdfFont times = pdf.font(StandardFont.TIMES_ROMAN);
            for (String line : List.of("First page of a drawn paper.", "Second page, with a rule.")) {
                try (PageCanvas page = pdf.addPage(NewPdf.LETTER_WIDTH, NewPdf.LETTER_HEIGHT)) {
                    page.text(times, 12, 72, 700, line);
                    page.setStrokingColor(new Color(0.5f, 0.5f, 0.5f));
                    page.setLineWidth(0.5f);
                    page.moveTo(72, 690);
                    page.lineTo(72 + times.width(line, 12), 690);
                    page.stroke();
                }
            }
            try (PageCanvas over = pdf.drawOver(2)) {
                over.text(times, 10, 300, 36, "2");
            }
            pdf.outline(List.of(new Bookmark("One", 1, 712, List.of(new Bookmark("One.a", 1, 700, List.of()))),
                    new Bookmark("Two", 2, 712, List.of())));
            Instant when = Instant.parse("2026-01-02T03:04:05Z");
            pdf.info(new DocumentInfo("A Drawn Paper", "Ada Lovelace", null, null, "test", "test", when, when));
            pdf.fixedId(new byte[16]);
            return pdf.bytes();
        }
    }

    @Test
    void theSameDrawingGivesTheSameFileAndReadsBack() throws Exception {
        byte[] bytes = draw();
        assertArrayEquals(bytes, draw(), "a fixed id and fixed dates: the same bytes every time");
        Path file = Files.write(dir.resolve("drawn.pdf"), bytes);
        try (PdfDocument doc = PdfDocument.open(file)) {
            assertEquals(2, doc.pageCount());
            assertEquals("First page of a drawn paper.", doc.text(1).text());
            assertEquals("Second page, with a rule.\n2", doc.text(2).text());
            List<OutlineItem> outline = doc.outline();
            assertEquals(List.of("One", "Two"), outline.stream().map(OutlineItem::title).toList());
            assertEquals("One.a", outline.get(0).children().get(0).title());
            assertEquals(2, outline.get(1).page());
            assertEquals("A Drawn Paper", doc.metadata().title());
        }
        try (NewPdf pdf = new NewPdf()) {
            assertEquals(15.0, pdf.font(StandardFont.COURIER).width("ab", 12.5f), 1e-4, "Courier: 600/1000 em");
        }
    }
}
