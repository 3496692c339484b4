package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.pdf.marks.MarkedCopy;
import dev.gloss.pdf.marks.PdfMark;
import dev.gloss.pdf.marks.PdfMarks;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pdf module's marks API on PDFs written by the test: a copy with marks, read back. */
class PdfMarksTest {
    private static final Instant WHEN = Instant.parse("2025-03-01T10:00:00Z");
    @TempDir
    Path dir;

    private Path plain(String name) throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 12, "A sentence worth marking in a paper.");
            return pdf.save(dir.resolve(name));
        }
    }

    private static Annotation highlight(String id, String color, String note) {
        Quad q = Quad.ofRect(72, 696, 250, 712);
        return new Annotation(id, "0123456789abcdef", AnnotationType.HIGHLIGHT, 1, color, null, null, List.of(q), null,
                null, note, List.of("claim"), "Ada", null, WHEN, WHEN);
    }

    @Test
    void aCopyCarriesTheAnnotationsAndReadsBackAsMarks() throws Exception {
        Path file = plain("paper.pdf");
        byte[] original = Files.readAllBytes(file);
        Annotation note = new Annotation("n1", "0123456789abcdef", AnnotationType.NOTE, 1, "#123456", null, null,
                List.of(), new Rect(500, 700, 520, 720), null, "See also section 4.", List.of(), null, null, WHEN, WHEN);
        MarkedCopy copy = PdfMarks.copyWith(file, null, List.of(highlight("h1", "green", "Key claim."), note,
                new Annotation("off", "0123456789abcdef", AnnotationType.NOTE, 9, "yellow", null, null, List.of(),
                        null, null, "a page the file does not have", List.of(), null, null, WHEN, WHEN)));
        assertEquals(2, copy.marks(), "the annotation on page 9 is left out");
        assertArrayEquals(original, Files.readAllBytes(file), "the file itself is only read");
        Path out = Files.write(dir.resolve("copy.pdf"), copy.bytes());

        List<PdfMark> marks = PdfMarks.read(out, null);
        assertEquals(2, marks.size());
        PdfMark h = marks.get(0);
        assertEquals(AnnotationType.HIGHLIGHT, h.type());
        assertEquals("green", h.color());
        assertEquals("Key claim.", h.contents());
        assertEquals("Ada", h.author());
        assertEquals(List.of("claim"), h.tags());
        assertEquals("pdf:1:h1", h.key(), "the Gloss id travels as /NM");
        assertEquals(List.of(Quad.ofRect(72, 696, 250, 712)), h.quads());
        assertEquals(WHEN, h.created());
        PdfMark n = marks.get(1);
        assertEquals(AnnotationType.NOTE, n.type());
        assertEquals("#123456", n.color(), "a custom colour survives in /GlossColor");
        assertEquals(new Rect(500, 700, 520, 720), n.rect());
    }

    @Test
    void aMarkReadFromTheFileIsUpdatedInPlaceAndOneNoAnnotationStandsForIsRemoved() throws Exception {
        Path first = Files.write(dir.resolve("first.pdf"), PdfMarks.copyWith(plain("paper.pdf"), null,
                List.of(highlight("h1", "yellow", "Old note."), highlight("h2", "red", "Going away."))).bytes());
        List<PdfMark> marks = PdfMarks.read(first, null);
        Annotation edited = new Annotation("other-id", "0123456789abcdef", AnnotationType.HIGHLIGHT, 1, "blue", null,
                null, marks.get(0).quads(), null, null, "New note.", List.of(), null, marks.get(0).key(), WHEN, WHEN);
        Path second = Files.write(dir.resolve("second.pdf"), PdfMarks.copyWith(first, null, List.of(edited)).bytes());
        List<PdfMark> again = PdfMarks.read(second, null);
        assertEquals(1, again.size());
        assertEquals(marks.get(0).key(), again.get(0).key(), "updated in place, not written anew");
        assertEquals("New note.", again.get(0).contents());
        assertEquals("blue", again.get(0).color());
        assertEquals("Ada", again.get(0).author(), "what Gloss did not change is kept");
    }

    @Test
    void anEncryptedFileNeedsItsPasswordAndTheCopyIsNotEncrypted() throws Exception {
        Path file;
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 12, "A sentence worth marking in a paper.");
            pdf.doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            file = pdf.save(dir.resolve("enc.pdf"));
        }
        PdfException none = assertThrows(PdfException.class, () -> PdfMarks.copyWith(file, null, List.of()));
        assertEquals(PdfException.Reason.PASSWORD_REQUIRED, none.reason());
        PdfException wrong = assertThrows(PdfException.class,
                () -> PdfMarks.copyWith(file, "nope".toCharArray(), List.of()));
        assertEquals(PdfException.Reason.WRONG_PASSWORD, wrong.reason());
        MarkedCopy copy = PdfMarks.copyWith(file, "user".toCharArray(), List.of(highlight("h1", "yellow", null)));
        Path out = Files.write(dir.resolve("open.pdf"), copy.bytes());
        try (PdfDocument doc = PdfDocument.open(out)) {
            assertTrue(!doc.encrypted());
        }
        assertEquals(1, PdfMarks.read(out, null).size());
    }

    @Test
    void aFileThatIsNotAPdfCannotBeMarked() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "plain text, not a PDF\n");
        PdfException e = assertThrows(PdfException.class, () -> PdfMarks.copyWith(text, null, List.of()));
        assertTrue(!e.reason().needsPassword());
        assertThrows(java.io.IOException.class, () -> PdfMarks.read(text, null));
    }
}
