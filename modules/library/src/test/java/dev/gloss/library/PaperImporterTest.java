package dev.gloss.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.anchor.Clips;
import dev.gloss.library.demo.DemoPaper;
import dev.gloss.library.demo.DemoPaperTest;
import dev.gloss.library.exchange.PdfExport;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.TextRange;
import dev.gloss.pdf.marks.PdfMark;
import dev.gloss.pdf.marks.PdfMarks;
import dev.gloss.testing.Corpus;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.InkStroke;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnderline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class PaperImporterTest {
    static final Set<String> SUPPORTED = Set.of("Highlight", "Underline", "StrikeOut", "Squiggly", "Text", "FreeText", "Ink", "Square");

    @TempDir
    Path dir;

    public static String paperIdOf(byte[] bytes) throws Exception {
        return Ids.paperId(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    /** A PDF with the annotations another reader would write: five supported ones, a link and a popup. */
    public static Path annotatedPdf(Path file) throws Exception {
        Path plain = TestPdfs.write(file.resolveSibling("plain-" + file.getFileName()),
                List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        List<Quad> claim;
        List<Quad> intro;
        try (PdfDocument pdf = PdfDocument.open(plain)) {
            var t = pdf.text(1);
            TextRange c = t.find(TestPdfs.QUOTE).get(0);
            claim = t.quads(c.start(), c.end());
            TextRange i = t.find("a long pretraining phase").get(0);
            intro = t.quads(i.start(), i.end());
        }
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            PDPage page = doc.getPage(0);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.clear();
            when.set(2024, Calendar.MAY, 21, 16, 28, 11);

            PDAnnotationHighlight h = new PDAnnotationHighlight();
            h.setQuadPoints(points(claim, true));
            h.setRectangle(new PDRectangle(60, 500, 500, 200));
            h.setColor(new PDColor(new float[] {1, 1, 0.6f}, PDDeviceRGB.INSTANCE));
            h.setContents("The main claim.");
            h.setTitlePopup("Reviewer 2");
            h.setAnnotationName("a5ce56fe-e532-4ebf-8d7b-0d4cf652f906");
            h.setCreationDate(when);
            h.setModifiedDate("D:20240522101010Z");
            h.constructAppearances(doc);

            PDAnnotationUnderline u = new PDAnnotationUnderline();
            u.setQuadPoints(points(intro, false));
            u.setRectangle(new PDRectangle(60, 600, 500, 150));
            u.setColor(new PDColor(new float[] {0, 0.6f, 0}, PDDeviceRGB.INSTANCE));

            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(540, 700, 20, 20));
            note.setContents("Check the appendix.");
            note.setTitlePopup("Ana");

            PDAnnotationFreeText ft = new PDAnnotationFreeText();
            ft.setRectangle(new PDRectangle(400, 100, 120, 30));
            ft.setContents("Hello World");
            ft.setDefaultAppearance("/Helv 10 Tf 0 g");

            PDAnnotationInk ink = new PDAnnotationInk();
            ink.setRectangle(new PDRectangle(30, 400, 90, 80));
            ink.setInkList(new float[][] {{40, 410, 60, 450, 110, 470}});
            ink.setColor(new PDColor(new float[] {1, 0, 0}, PDDeviceRGB.INSTANCE));

            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 72, 100, 12));

            var annots = page.getAnnotations();
            annots.addAll(List.of(h, u, note, ft, ink, link));
            page.setAnnotations(annots);
            doc.save(file.toFile());
        }
        Files.delete(plain);
        return file;
    }

    /** QuadPoints, in the specified order or, as many writers do, lower corners first. */
    private static float[] points(List<Quad> quads, boolean specOrder) {
        float[] out = new float[quads.size() * 8];
        int i = 0;
        for (Quad q : quads) {
            double[] v = specOrder
                    ? new double[] {q.minX(), q.maxY(), q.maxX(), q.maxY(), q.minX(), q.minY(), q.maxX(), q.minY()}
                    : new double[] {q.minX(), q.minY(), q.maxX(), q.minY(), q.minX(), q.maxY(), q.maxX(), q.maxY()};
            for (double d : v) {
                out[i++] = (float) d;
            }
        }
        return out;
    }

    /** Counts the supported annotations by walking /Annots directly, independent of the code under test. */
    public static int countSupported(Path pdf, String password) throws Exception {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), password)) {
            for (PDPage page : doc.getPages()) {
                if (page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray arr) {
                    for (COSBase b : arr) {
                        COSBase o = b instanceof org.apache.pdfbox.cos.COSObject obj ? obj.getObject() : b;
                        if (o instanceof COSDictionary d && SUPPORTED.contains(d.getNameAsString(COSName.SUBTYPE))) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    @Test
    void theSameFileTwiceIsOnePaperAndItsAnnotationsAreNotDuplicated() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Path pdf = annotatedPdf(dir.resolve("Annotated paper.pdf"));
        byte[] before = Files.readAllBytes(pdf);

        ImportResult first = PaperImporter.importFile(ws, pdf, null);
        assertFalse(first.alreadyPresent());
        assertEquals(5, first.annotationsImported());
        assertEquals(paperIdOf(before), first.paper().id());
        assertEquals("Annotated paper.pdf", first.paper().file());
        assertFalse(first.paper().title().isBlank());
        assertEquals(1, first.paper().pages());
        assertArrayEquals(before, Files.readAllBytes(ws.paperFile(first.paper())), "the stored copy is the file");
        assertArrayEquals(before, Files.readAllBytes(pdf), "the original is untouched");

        ImportResult second = PaperImporter.importFile(ws, pdf, null);
        assertTrue(second.alreadyPresent());
        assertEquals(0, second.annotationsImported());
        assertEquals(first.paper(), second.paper());
        // a fresh workspace object reads the files: still one paper and five annotations
        Workspace again = Workspace.open(dir.resolve("ws"));
        assertEquals(1, again.papers().size());
        assertEquals(5, again.annotations().size());
        assertEquals(List.of(), again.problems());
        try (Stream<Path> s = Files.list(ws.derivedFolder().resolve("tmp"))) {
            assertEquals(0, s.count(), "no temp files are left behind");
        }
    }

    @Test
    void embeddedAnnotationsKeepTypeColourTextAuthorAndDates() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        ImportResult r = PaperImporter.importFile(ws, annotatedPdf(dir.resolve("a.pdf")), null);
        Map<AnnotationType, Annotation> byType = ws.annotations(r.paper().id()).stream()
                .collect(Collectors.toMap(Annotation::type, Function.identity()));
        assertEquals(Set.of(AnnotationType.HIGHLIGHT, AnnotationType.UNDERLINE, AnnotationType.NOTE,
                AnnotationType.FREETEXT, AnnotationType.INK), byType.keySet());

        Annotation h = byType.get(AnnotationType.HIGHLIGHT);
        assertEquals(TestPdfs.QUOTE, DemoPaperTest.squash(h.exact()));
        assertEquals("yellow", h.color());
        assertEquals("The main claim.", h.note());
        assertEquals("Reviewer 2", h.author());
        assertEquals("2024-05-21T16:28:11Z", h.created().toString());
        assertEquals("2024-05-22T10:10:10Z", h.modified().toString());
        assertEquals("pdf:1:a5ce56fe-e532-4ebf-8d7b-0d4cf652f906", h.source());
        assertNotNull(h.position());
        assertEquals(32, h.quote().prefix().length());
        assertTrue(h.quads().stream().allMatch(q -> q.y1() >= q.y3()), "quads are upper corners first");

        Annotation u = byType.get(AnnotationType.UNDERLINE);
        assertEquals("a long pretraining phase", u.exact().toLowerCase());
        assertEquals("green", u.color());
        assertTrue(u.source().startsWith("pdf:1:"), "no /NM: a hash key");

        Annotation note = byType.get(AnnotationType.NOTE);
        assertEquals("Check the appendix.", note.note());
        assertEquals(540, note.area().left(), 0.01);
        assertNull(note.quote());
        assertEquals("Hello World", byType.get(AnnotationType.FREETEXT).note());
        Annotation ink = byType.get(AnnotationType.INK);
        assertEquals("red", ink.color());
        assertEquals(List.of(InkStroke.of(40, 410, 60, 450, 110, 470)), ink.ink(), "the pen strokes, not just their box");
        assertEquals(new Rect(30, 400, 120, 480), ink.area());
    }

    @Test
    void aBoxAnotherReaderDrewAroundAFigureBecomesAClipWithItsImage() throws Exception {
        Path plain = TestPdfs.write(dir.resolve("plain.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM)));
        Path boxed = dir.resolve("boxed.pdf");
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            PDAnnotationSquare sq = new PDAnnotationSquare();
            // drawn 2 pt inside its /Rect, as /RD says
            sq.setRectangle(new PDRectangle(70, 500, 204, 104));
            sq.getCOSObject().setItem(COSName.RD, new COSArray(List.of(new COSFloat(2), new COSFloat(2), new COSFloat(2),
                    new COSFloat(2))));
            sq.setColor(new PDColor(new float[] {0, 0, 1}, PDDeviceRGB.INSTANCE));
            sq.setContents("This table.");
            sq.setTitlePopup("Ana");
            sq.getCOSObject().setString(COSName.CREATION_DATE, "D:20240521162811Z");
            PDAnnotationSquare other = new PDAnnotationSquare();
            other.setRectangle(new PDRectangle(300, 300, 100, 50));
            var annots = doc.getPage(0).getAnnotations();
            annots.add(sq);
            annots.add(other);
            doc.getPage(0).setAnnotations(annots);
            doc.save(boxed.toFile());
        }
        Workspace ws = Workspace.open(dir.resolve("ws"));
        ImportResult r = PaperImporter.importFile(ws, boxed, null);
        assertEquals(2, r.annotationsImported());
        Annotation clip = ws.annotations(r.paper().id()).stream().filter(a -> a.note() != null).findFirst().orElseThrow();
        Annotation unnoted = ws.annotations(r.paper().id()).stream().filter(a -> a.note() == null).findFirst().orElseThrow();
        assertEquals("yellow", unnoted.color(), "no /C: drawn as most readers draw it");
        assertEquals(AnnotationType.CLIP, clip.type());
        assertEquals(new Rect(72, 502, 272, 602), clip.area());
        assertEquals("blue", clip.color());
        assertEquals("This table.", clip.note());
        assertEquals("Ana", clip.author());
        assertEquals("2024-05-21T16:28:11Z", clip.created().toString());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(Clips.file(ws, clip).toFile());
        assertEquals(Math.round(200 * Clips.DEFAULT_DPI / 72), png.getWidth(), 1);
        assertEquals(Math.round(100 * Clips.DEFAULT_DPI / 72), png.getHeight(), 1);
        assertEquals(0, PaperImporter.importFile(ws, boxed, null).annotationsImported(), "again: nothing new");
        assertEquals(2, ws.annotations(r.paper().id()).size());

        // the box edited in Gloss is updated in the exported copy, not drawn twice; the one deleted is gone
        ws.save(Kind.ANNOTATIONS, clip.withNote("This table, again.", List.of(), clip.modified()));
        ws.delete(Kind.ANNOTATIONS, unnoted);
        Path copy = dir.resolve("copy.pdf");
        assertEquals(1, PdfExport.export(ws, r.paper().id(), copy, null));
        try (PDDocument doc = Loader.loadPDF(copy.toFile())) {
            List<PdfMark> marks = PdfMarks.read(copy, null);
            assertEquals(1, marks.size());
            assertEquals("This table, again.", marks.get(0).contents());
            assertEquals("Ana", marks.get(0).author());
        }
        // a paper none of whose boxes Gloss holds (as if imported before Gloss read boxes) keeps them all
        ws.delete(Kind.ANNOTATIONS, clip);
        assertEquals(0, PdfExport.export(ws, r.paper().id(), copy, null));
        assertEquals(2, countSupported(copy, ""), "other readers' boxes are not dropped");
    }

    @Test
    void aPaperWithoutTextIsTitledByItsFileName() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Path blank = TestPdfs.write(dir.resolve("Scanned notes"), List.of(List.of()));
        Paper p = PaperImporter.importFile(ws, blank, null).paper();
        assertEquals("Scanned notes", p.title());
        assertEquals("Scanned notes.pdf", p.file(), "stored under its name, made to end in .pdf");
        assertTrue(Files.isRegularFile(ws.paperFolder(p.id()).resolve("Scanned notes.pdf")));
    }

    @Test
    void aBrokenFileDoesNotStopABatch() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Path good = TestPdfs.write(dir.resolve("good.pdf"), List.of(List.of(TestPdfs.INTRO)));
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "this is not a PDF at all, just text\n");
        Path truncated = dir.resolve("truncated.pdf");
        byte[] bytes = Files.readAllBytes(annotatedPdf(dir.resolve("full.pdf")));
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 300));
        Path missing = dir.resolve("missing.pdf");
        Path demo = dir.resolve("demo.pdf");
        DemoPaper.write(demo);

        List<FileImport> results = PaperImporter.importAll(ws, List.of(good, broken, missing, demo, truncated, good), null);
        assertEquals(6, results.size());
        assertTrue(results.get(0).ok());
        assertFalse(results.get(1).ok());
        assertEquals(LibraryException.Reason.PDF, results.get(1).error().reason());
        assertEquals(dev.gloss.pdf.PdfException.Reason.NOT_A_PDF, ((dev.gloss.pdf.PdfException) results.get(1).error().args().get(0)).reason());
        assertTrue(results.get(1).error().mentions("broken.pdf"), results.get(1).error().getMessage());
        assertFalse(results.get(2).ok());
        assertEquals(LibraryException.Reason.NOT_FOUND, results.get(2).error().reason());
        assertEquals(List.of(Path.of("missing.pdf")), results.get(2).error().args());
        assertTrue(results.get(3).ok());
        assertEquals(DemoPaper.TITLE, results.get(3).result().paper().title());
        assertFalse(results.get(4).ok());
        for (FileImport f : results) {
            if (!f.ok()) {
                String m = f.error().getMessage();
                assertFalse(m.contains("\n") || m.contains("Exception"), "one developer line, no class names: " + m);
            }
        }
        assertTrue(results.get(5).ok());
        assertEquals(results.get(0).result().paper().id(), results.get(5).result().paper().id());
        assertEquals(2, ws.papers().size());
    }

    @Test
    void encryptedFilesNeedTheirPassword() throws Exception {
        Path locked = Corpus.file("encrypted/PasswordSample-128bit.pdf");
        Workspace ws = Workspace.open(dir.resolve("ws"));
        LibraryException e = assertThrows(LibraryException.class, () -> PaperImporter.importFile(ws, locked, null));
        assertEquals(dev.gloss.pdf.PdfException.Reason.PASSWORD_REQUIRED, ((dev.gloss.pdf.PdfException) e.args().get(0)).reason());
        assertEquals(0, ws.papers().size());
        ImportResult r = PaperImporter.importFile(ws, locked, "user".toCharArray());
        assertEquals(1, r.paper().pages());
        assertThrows(LibraryException.class, () -> PaperImporter.importFile(ws, locked, "wrong".toCharArray()));
    }

    @Test
    void annotatedCorpusFilesGiveTheAnnotationsOtherReadersSee() throws Exception {
        Path corpus = Corpus.folder("annotated");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Workspace ws = Workspace.open(dir.resolve("ws"));
        int highlightsWithText = 0;
        for (Path f : files) {
            ImportResult r = PaperImporter.importFile(ws, f, null);
            int expected = countSupported(f, "");
            assertEquals(expected, r.annotationsImported(), f.getFileName().toString());
            List<Annotation> anns = ws.annotations(r.paper().id());
            assertEquals(expected, anns.size(), f.getFileName().toString());
            for (Annotation a : anns) {
                assertTrue(a.page() >= 1 && a.page() <= r.paper().pages());
                assertNotNull(a.color());
                if (a.type().isTextMarkup()) {
                    assertFalse(a.quads().isEmpty());
                    if (!a.exact().isBlank()) {
                        highlightsWithText++;
                    }
                } else {
                    assertNotNull(a.area());
                }
            }
            assertEquals(0, PaperImporter.importFile(ws, f, null).annotationsImported(), "again: nothing new");
        }
        if (files.stream().anyMatch(f -> f.getFileName().toString().equals("highlights.pdf"))) {
            assertTrue(highlightsWithText >= 5, "the highlights of highlights.pdf carry their text: " + highlightsWithText);
        }
    }

    @Test
    void aMarkOverSeparateRunsQuotesOnlyWhatItCoversAndStillAnchors() throws Exception {
        Path v1 = TestPdfs.write(dir.resolve("v1.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        try (PdfDocument doc = PdfDocument.open(v1)) {
            dev.gloss.pdf.PageText t = doc.text(1);
            TextRange first = t.find("Language models are trained").get(0);
            TextRange second = t.find("We discuss the consequences").get(0);
            List<Quad> quads = new java.util.ArrayList<>(t.quads(first.start(), first.end()));
            quads.addAll(t.quads(second.start(), second.end()));
            PdfMark mark = new PdfMark(1, AnnotationType.HIGHLIGHT, null, quads, "yellow", null, null, "pdf:1:x", null,
                    null, List.of());
            Annotation imported = PdfAnnotationImport.fromMark("0123456789abcdef", mark, doc);
            assertEquals("Language models are trained We discuss the consequences", imported.exact());
            assertEquals(null, imported.position());
            assertEquals(dev.gloss.library.anchor.Anchoring.Status.ANCHORED,
                    dev.gloss.library.anchor.Anchoring.reanchor(imported, doc).status());
        }
    }
}
