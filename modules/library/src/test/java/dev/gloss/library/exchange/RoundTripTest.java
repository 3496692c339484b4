package dev.gloss.library.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.library.ImportResult;
import dev.gloss.library.PaperImporter;
import dev.gloss.library.PaperImporterTest;
import dev.gloss.library.anchor.Annotator;
import dev.gloss.library.anchor.Clips;
import dev.gloss.library.demo.DemoPaper;
import dev.gloss.library.demo.DemoPaperTest;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.testing.Corpus;
import dev.gloss.pdf.marks.PdfMark;
import dev.gloss.pdf.marks.PdfMarks;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.InkStroke;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Palette;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.TextBox;
import dev.gloss.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to PDF, JSON-LD and Markdown, and back. */
class RoundTripTest {
    @TempDir
    Path dir;
    Workspace ws;
    Paper paper;
    byte[] original;

    @BeforeEach
    void paperWithAnnotations() throws Exception {
        ws = Workspace.open(dir.resolve("ws"));
        Path pdf = dir.resolve(DemoPaper.FILE_NAME);
        DemoPaper.write(pdf);
        paper = PaperImporter.importFile(ws, pdf, null).paper();
        original = Files.readAllBytes(ws.paperFile(paper));
        Annotator.annotateQuote(ws, paper.id(), 1, DemoPaper.KEY_SENTENCE, "yellow", "The central claim.",
                List.of("fine-tuning", "layers"), null);
        Annotator.annotateQuote(ws, paper.id(), 2, "depth, not size, predicts where the update lands", "blue",
                null, List.of(), null);
        Annotation under = Annotator.annotateQuote(ws, paper.id(), 3, "Replacing the top eight layers removes 87%",
                "red", "Compare with Figure 1.", List.of("result"), null);
        ws.save(Kind.ANNOTATIONS, retype(under, AnnotationType.UNDERLINE));
        Annotation strike = Annotator.annotateQuote(ws, paper.id(), 1, "The behaviour is portable", "#123456", null,
                List.of(), null);
        ws.save(Kind.ANNOTATIONS, retype(strike, AnnotationType.STRIKEOUT));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ws.save(Kind.ANNOTATIONS, new Annotation("0000000000note000001", paper.id(), AnnotationType.NOTE, 2, "green",
                null, null, List.of(), new Rect(560, 700, 580, 720), null, "Is this the same for 70B models?",
                List.of("question"), "Mara", null, now, now));
    }

    private static Annotation retype(Annotation a, AnnotationType t) {
        return new Annotation(a.id(), a.paperId(), t, a.page(), a.color(), a.quote(), a.position(), a.quads(), a.area(),
                a.clip(), a.note(), a.tags(), a.author(), a.source(), a.created(), a.modified());
    }

    private static List<Annotation> sorted(List<Annotation> anns) {
        return anns.stream().sorted(Comparator.comparingInt(Annotation::page).thenComparing(a -> a.type().name())
                .thenComparing(Annotation::exact)).toList();
    }

    @Test
    void pdfExportThenImportGivesBackTheSameAnnotations() throws Exception {
        Path out = dir.resolve("export").resolve("with-annotations.pdf");
        assertEquals(5, PdfExport.export(ws, paper.id(), out, null));
        assertArrayEquals(original, Files.readAllBytes(ws.paperFile(paper)), "the paper's own file is never modified");

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<PDAnnotation> all = new ArrayList<>();
            doc.getPages().forEach(p -> {
                try {
                    all.addAll(p.getAnnotations());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(5, all.size());
            for (PDAnnotation a : all) {
                assertNotNull(a.getNormalAppearanceStream(), a.getSubtype() + " has an appearance stream");
                assertNotNull(a.getColor());
                assertNotNull(a.getModifiedDate());
                assertNotNull(((PDAnnotationMarkup) a).getCreationDate());
                assertTrue(ws.get(Kind.ANNOTATIONS, a.getAnnotationName()).isPresent(), "/NM is the Gloss id");
                if (!a.getSubtype().equals("Text")) {
                    assertNotNull(a.getCOSObject().getCOSArray(COSName.QUADPOINTS));
                }
            }
        }

        Workspace other = Workspace.open(dir.resolve("other"));
        ImportResult r = PaperImporter.importFile(other, out, null);
        assertEquals(5, r.annotationsImported());
        List<Annotation> before = sorted(ws.annotations(paper.id()));
        List<Annotation> after = sorted(other.annotations(r.paper().id()));
        for (int i = 0; i < before.size(); i++) {
            Annotation b = before.get(i);
            Annotation a = after.get(i);
            assertEquals(b.type(), a.type());
            assertEquals(b.page(), a.page());
            assertEquals(b.color(), a.color());
            assertEquals(b.note(), a.note());
            assertEquals(b.tags(), a.tags());
            assertEquals(b.exact(), a.exact(), "same quote");
            assertEquals(b.position(), a.position());
            if (b.area() != null) {
                assertEquals(b.area(), a.area());
            }
            assertEquals(b.created().truncatedTo(ChronoUnit.SECONDS), a.created());
        }
        // exporting the copy again does not pile up annotations: Gloss's own are updated in place
        Path twice = dir.resolve("twice.pdf");
        assertEquals(5, PdfExport.export(other, r.paper().id(), twice, null));
        assertEquals(5, PaperImporterTest.countSupported(twice, ""));
    }

    @Test
    void areaMarksSurviveThePdfRoundTripAndClipsComeBackAsClips() throws Exception {
        Workspace ws2 = Workspace.open(dir.resolve("ws2"));
        Path pdf = dir.resolve("plain.pdf");
        Files.write(pdf, original);
        Paper p = PaperImporter.importFile(ws2, pdf, null).paper();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ws2.save(Kind.ANNOTATIONS, new Annotation("0000000000area000001", p.id(), AnnotationType.FREETEXT, 1, "orange",
                null, null, List.of(), new Rect(400, 100, 520, 130), null, "Typed on the page", List.of(), null, null, now, now));
        // an ink mark saved before Gloss kept strokes: exported as an outline of its area
        ws2.save(Kind.ANNOTATIONS, new Annotation("0000000000area000002", p.id(), AnnotationType.INK, 2, "magenta",
                null, null, List.of(), new Rect(300, 400, 380, 460), null, null, List.of(), null, null, now, now));
        // a clip whose PNG is missing from this workspace still travels as its area
        ws2.save(Kind.ANNOTATIONS, new Annotation("0000000000area000003", p.id(), AnnotationType.CLIP, 2, "gray",
                null, null, List.of(), new Rect(320, 420, 560, 580), "papers/x/clips/y.png", "Figure 1", List.of(), null,
                null, now, now));
        Path out = dir.resolve("areas.pdf");
        assertEquals(3, PdfExport.export(ws2, p.id(), out, null));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals("FreeText", doc.getPage(0).getAnnotations().get(0).getSubtype());
            List<String> page2 = doc.getPage(1).getAnnotations().stream().map(PDAnnotation::getSubtype).toList();
            assertEquals(List.of("Ink", "Square"), page2);
            doc.getPage(1).getAnnotations().forEach(a -> assertNotNull(a.getNormalAppearanceStream()));
        }
        Workspace other = Workspace.open(dir.resolve("other"));
        ImportResult r = PaperImporter.importFile(other, out, null);
        assertEquals(3, r.annotationsImported());
        for (Annotation a : other.annotations(r.paper().id())) {
            Annotation b = ws2.annotations(p.id()).stream().filter(x -> x.type() == a.type()).findFirst().orElseThrow();
            assertRect(b.area(), a.area(), 0.01);
            assertEquals(b.color(), a.color());
            assertEquals(b.note(), a.note());
            assertEquals(b.page(), a.page());
        }
        Annotation clip = other.annotations(r.paper().id()).stream().filter(a -> a.type() == AnnotationType.CLIP)
                .findFirst().orElseThrow();
        assertEquals("papers/" + r.paper().id() + "/clips/" + clip.id() + ".png", clip.clip(), "drawn again from the page");
        assertTrue(Files.isRegularFile(Clips.file(other, clip)));
    }

    @Test
    void textTypedOntoThePageKeepsItsWordsAndLookThroughAddEditAndExport() throws Exception {
        // files whose only page text is a FreeText: it must still read after they are added, and after export
        record Sample(String file, String password, String words, TextBox look) {
        }
        for (Sample s : List.of(new Sample("annotated/tracemonkey_freetext.pdf", null, "Hello World",
                new TextBox(10, TextBox.SANS, null, 0)), new Sample("encrypted/PasswordSample-128bit.pdf", "user", "Hello",
                new TextBox(10, TextBox.MONO, null, 0)))) {
            char[] password = s.password() == null ? null : s.password().toCharArray();
            Workspace mine = Workspace.open(dir.resolve("mine-" + s.look().font()));
            Paper p = PaperImporter.importFile(mine, Corpus.file(s.file()), password).paper();
            Annotation typed = mine.annotations(p.id()).stream()
                    .filter(a -> a.type() == AnnotationType.FREETEXT && a.note() != null).findFirst().orElseThrow();
            assertEquals(s.words(), typed.note(), s.file());
            assertEquals(s.look(), typed.textBox(), s.file());
            assertEquals("#000000", typed.color(), "its text's colour, not the box's");

            // edited in Gloss, exported and added to another workspace: the new words, the same look
            mine.save(Kind.ANNOTATIONS, typed.withNote(s.words() + ", again", List.of("typed"), Instant.now()));
            Path out = dir.resolve("typed-" + s.look().font() + ".pdf");
            PdfExport.export(mine, p.id(), out, password);
            Workspace other = Workspace.open(dir.resolve("other-" + s.look().font()));
            Paper q = PaperImporter.importFile(other, out, password).paper();
            Annotation back = other.annotations(q.id()).stream()
                    .filter(a -> a.type() == AnnotationType.FREETEXT && a.note() != null).findFirst().orElseThrow();
            assertEquals(s.words() + ", again", back.note(), s.file());
            assertEquals(s.look(), back.textBox(), s.file());
            assertEquals(List.of("typed"), back.tags());
            assertRect(typed.area(), back.area(), 0.01);
        }
    }

    @Test
    void everyKindOfMarkSurvivesPdfExportAndImport() throws Exception {
        Annotation clip;
        try (PdfDocument doc = PdfDocument.open(ws.paperFile(paper))) {
            // the same steps as the reader's clip tool: the figure above its caption on page 2
            var caption = doc.find("Figure 1: Relative change").get(0).quads().get(0);
            Rect area = new Rect(caption.minX(), caption.maxY() + 4, caption.minX() + 240, caption.maxY() + 160);
            clip = Clips.save(ws, paper.id(), 2, area, Clips.render(doc, 2, area, Clips.DEFAULT_DPI), "purple",
                    "The layer curve", List.of("figure"));
        }
        Instant t = Instant.parse("2026-11-20T10:15:30Z");
        List<InkStroke> strokes = List.of(InkStroke.of(100, 300, 130, 340.25, 170, 330, 210, 360),
                InkStroke.of(120, 290, 200, 292));
        Rect inkBounds = InkStroke.bounds(strokes);
        Annotation ink = ws.save(Kind.ANNOTATIONS, new Annotation("0000000000ink0000001", paper.id(), AnnotationType.INK,
                3, "red", null, null, List.of(), new Rect(inkBounds.left() - 3, inkBounds.bottom() - 3,
                        inkBounds.right() + 3, inkBounds.top() + 3), null, "Circled by hand", List.of("sketch"), "Mara",
                null, t, t, strokes));
        List<Annotation> before = sorted(ws.annotations(paper.id()));
        assertEquals(7, before.size());
        assertEquals(java.util.EnumSet.of(AnnotationType.HIGHLIGHT, AnnotationType.UNDERLINE, AnnotationType.STRIKEOUT,
                AnnotationType.NOTE, AnnotationType.CLIP, AnnotationType.INK),
                java.util.EnumSet.copyOf(before.stream().map(Annotation::type).toList()));

        Path out = dir.resolve("every-kind.pdf");
        assertEquals(7, PdfExport.export(ws, paper.id(), out, null));
        assertArrayEquals(original, Files.readAllBytes(ws.paperFile(paper)), "the paper's own file is never modified");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAnnotation square = doc.getPage(1).getAnnotations().stream()
                    .filter(a -> a.getSubtype().equals("Square")).findFirst().orElseThrow();
            assertEquals(clip.id(), square.getAnnotationName());
            assertEquals("The layer curve", square.getContents());
            assertArrayEquals(Palette.pdfRgb("purple"), square.getColor().getComponents(), 0.001f);
            assertNotNull(square.getNormalAppearanceStream());
            PDAnnotationInk pdInk = (PDAnnotationInk) doc.getPage(2).getAnnotations().stream()
                    .filter(a -> a.getSubtype().equals("Ink")).findFirst().orElseThrow();
            assertEquals(2, pdInk.getInkList().length);
            assertArrayEquals(new float[] {120, 290, 200, 292}, pdInk.getInkList()[1], 0.001f);
            assertNotNull(pdInk.getNormalAppearanceStream());
        }
        assertPopplerReads(out);

        Workspace other = Workspace.open(dir.resolve("other"));
        ImportResult r = PaperImporter.importFile(other, out, null);
        assertEquals(7, r.annotationsImported());
        List<Annotation> after = sorted(other.annotations(r.paper().id()));
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            Annotation b = before.get(i);
            Annotation a = after.get(i);
            String what = b.type() + " on page " + b.page();
            assertEquals(b.type(), a.type(), what);
            assertEquals(b.page(), a.page(), what);
            assertEquals(b.color(), a.color(), what);
            assertEquals(b.note(), a.note(), what);
            assertEquals(b.tags(), a.tags(), what);
            assertEquals(b.exact(), a.exact(), what);
            assertEquals(b.author() == null ? "Gloss" : b.author(), a.author(), what);
            assertEquals(b.created().truncatedTo(ChronoUnit.SECONDS), a.created(), what);
            assertEquals(b.quads().size(), a.quads().size(), what);
            for (int q = 0; q < b.quads().size(); q++) {
                assertRect(box(b.quads().get(q)), box(a.quads().get(q)), 0.01);
            }
            if (b.area() != null && b.type() != AnnotationType.NOTE) {
                assertRect(b.area(), a.area(), 0.01);
            }
            assertEquals(b.ink().size(), a.ink().size(), what);
            for (int s = 0; s < b.ink().size(); s++) {
                assertArrayEquals(b.ink().get(s).xy().stream().mapToDouble(Double::doubleValue).toArray(),
                        a.ink().get(s).xy().stream().mapToDouble(Double::doubleValue).toArray(), 0.01, what);
            }
        }
        Annotation back = after.stream().filter(a -> a.type() == AnnotationType.CLIP).findFirst().orElseThrow();
        assertEquals(List.of("figure"), back.tags());
        BufferedImage originalPng = ImageIO.read(Clips.file(ws, clip).toFile());
        BufferedImage png = ImageIO.read(Clips.file(other, back).toFile());
        assertNotNull(png, "the clip's PNG is in the new workspace");
        assertEquals(originalPng.getWidth(), png.getWidth(), 1);
        assertEquals(originalPng.getHeight(), png.getHeight(), 1);
        assertEquals(240 * Clips.DEFAULT_DPI / 72, png.getWidth(), 2);

        // importing the same file again adds nothing, and draws no second image
        assertEquals(0, PaperImporter.importFile(other, out, null).annotationsImported());
        try (var files = Files.list(Clips.file(other, back).getParent())) {
            assertEquals(1, files.count());
        }
        // exporting the imported copy updates Gloss's own marks in place: the squares do not pile up
        Path twice = dir.resolve("every-kind-twice.pdf");
        assertEquals(7, PdfExport.export(other, r.paper().id(), twice, null));
        assertEquals(7, PaperImporterTest.countSupported(twice, ""));
    }

    private static Rect box(dev.gloss.workspace.Quad q) {
        return new Rect(q.minX(), q.minY(), q.maxX(), q.maxY());
    }

    private static void assertRect(Rect want, Rect got, double tolerance) {
        assertNotNull(got, "an area");
        String msg = want + " vs " + got;
        assertEquals(want.left(), got.left(), tolerance, msg);
        assertEquals(want.bottom(), got.bottom(), tolerance, msg);
        assertEquals(want.right(), got.right(), tolerance, msg);
        assertEquals(want.top(), got.top(), tolerance, msg);
    }

    /** pdfinfo and qpdf (when installed) read the exported copy without complaint. */
    private static void assertPopplerReads(Path pdf) throws Exception {
        if (tool("pdfinfo")) {
            Process info = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
            String report = new String(info.getInputStream().readAllBytes());
            assertTrue(info.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, info.exitValue(), report);
            assertTrue(report.contains("Pages:") && !report.contains("Syntax Error"), report);
        }
        Assumptions.assumeTrue(tool("qpdf"), "qpdf is not installed");
        Process check = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        String report = new String(check.getInputStream().readAllBytes());
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), report);
    }

    @Test
    void exportedPdfIsValidAndPopplerDrawsTheHighlight() throws Exception {
        Path out = dir.resolve("copy.pdf");
        PdfExport.export(ws, paper.id(), out, null);
        Annotation key = ws.annotations(paper.id()).stream().filter(a -> a.exact().startsWith("Fine-tuning changes"))
                .findFirst().orElseThrow();
        // PDFBox's renderer draws annotations from their appearance streams
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            assertYellowUnder(img, key);
        }
        Assumptions.assumeTrue(tool("qpdf") && tool("pdftoppm"), "qpdf and poppler are not installed");
        Process check = new ProcessBuilder("qpdf", "--check", out.toString()).redirectErrorStream(true).start();
        String report = new String(check.getInputStream().readAllBytes());
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), report);
        Path png = dir.resolve("poppler");
        Process render = new ProcessBuilder("pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", out.toString(),
                png.toString()).redirectErrorStream(true).start();
        render.getInputStream().readAllBytes();
        assertTrue(render.waitFor(60, TimeUnit.SECONDS));
        Path page1;
        try (var s = Files.list(dir)) {
            page1 = s.filter(p -> p.getFileName().toString().startsWith("poppler")).findFirst().orElseThrow();
        }
        assertYellowUnder(ImageIO.read(page1.toFile()), key);
    }

    private static void assertYellowUnder(BufferedImage img, Annotation a) {
        var q = a.quads().get(1);
        int x = (int) Math.round((q.minX() + q.maxX()) / 2);
        int yellow = 0;
        for (int dx = -40; dx <= 40; dx++) {
            for (double y = q.minY() + 1; y < q.maxY() - 1; y++) {
                int rgb = img.getRGB(x + dx, (int) Math.round(792 - y));
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (r > 200 && g > 170 && b < 120) {
                    yellow++;
                }
            }
        }
        assertTrue(yellow > 100, "yellow pixels under the highlight: " + yellow);
    }

    private static boolean tool(String name) {
        try {
            Process p = new ProcessBuilder(name, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS);
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void editsOfImportedAnnotationsAreWrittenInPlace() throws Exception {
        Workspace ws2 = Workspace.open(dir.resolve("ws2"));
        Path annotated = PaperImporterTest.annotatedPdf(dir.resolve("annotated.pdf"));
        ImportResult r = PaperImporter.importFile(ws2, annotated, null);
        Annotation h = ws2.annotations(r.paper().id()).stream().filter(a -> a.type() == AnnotationType.HIGHLIGHT)
                .findFirst().orElseThrow();
        ws2.save(Kind.ANNOTATIONS, h.withNote("Edited in Gloss.", List.of("edited"), Instant.now()).withColor("purple", Instant.now()));
        Annotation ink = ws2.annotations(r.paper().id()).stream().filter(a -> a.type() == AnnotationType.INK)
                .findFirst().orElseThrow();
        ws2.delete(Kind.ANNOTATIONS, ink);
        Path out = dir.resolve("edited.pdf");
        assertEquals(4, PdfExport.export(ws2, r.paper().id(), out, null));
        assertEquals(4, PaperImporterTest.countSupported(out, ""), "the deleted ink is gone, nothing is duplicated");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<PdfMark> marks = PdfMarks.read(out, null);
            PdfMark edited = marks.stream().filter(m -> m.type() == AnnotationType.HIGHLIGHT).findFirst().orElseThrow();
            assertEquals("Edited in Gloss.", edited.contents());
            assertEquals("purple", edited.color());
            assertEquals(List.of("edited"), edited.tags());
            assertEquals("Reviewer 2", edited.author(), "what Gloss did not change is kept");
            // the link annotation, which Gloss does not import, is still there
            assertEquals(5, doc.getPage(0).getAnnotations().size());
        }
    }

    @Test
    void jsonLdExportThenImportGivesBackTheSameAnnotations() throws Exception {
        Path out = dir.resolve("notes.jsonld");
        assertEquals(5, WebAnnotations.export(ws, paper.id(), out));
        JsonNode doc = Json.MAPPER.readTree(out.toFile());
        assertEquals(WebAnnotations.CONTEXT, doc.get("@context").asText());
        assertEquals("AnnotationCollection", doc.get("type").asText());
        JsonNode first = doc.get("first").get("items").get(0);
        assertEquals("Annotation", first.get("type").asText());
        assertEquals("urn:sha256:" + paper.sha256(), first.get("target").get("source").asText());
        List<String> selectorTypes = new ArrayList<>();
        first.get("target").get("selector").forEach(s -> selectorTypes.add(s.get("type").asText()));
        assertEquals(List.of("FragmentSelector", "TextQuoteSelector", "TextPositionSelector"), selectorTypes);
        assertEquals("page=1", first.get("target").get("selector").get(0).get("value").asText());

        // a second workspace with the same paper: the annotations come back with their ids
        Workspace other = Workspace.open(dir.resolve("other"));
        Path copy = dir.resolve("again.pdf");
        Files.write(copy, original);
        Paper same = PaperImporter.importFile(other, copy, null).paper();
        assertEquals(paper.id(), same.id());
        WebAnnotationImport.Result r = WebAnnotationImport.importFile(other, same.id(), out, null);
        assertEquals(5, r.imported());
        assertEquals(0, r.orphaned());
        assertEquals(List.of(), r.problems());
        for (Annotation b : ws.annotations(paper.id())) {
            Annotation a = other.get(Kind.ANNOTATIONS, b.id()).orElseThrow();
            assertEquals(b.type(), a.type());
            assertEquals(b.page(), a.page());
            assertEquals(b.color(), a.color());
            assertEquals(b.note(), a.note());
            assertEquals(b.tags(), a.tags());
            assertEquals(b.quote(), a.quote());
            assertEquals(b.position(), a.position());
            assertEquals(b.quads(), a.quads());
            assertEquals(b.author(), a.author());
            assertEquals(b.created(), a.created());
            if (b.area() != null) {
                assertEquals(b.area().left(), a.area().left(), 0.01);
                assertEquals(b.area().top(), a.area().top(), 0.01);
                assertEquals(b.area().width(), a.area().width(), 0.01);
            }
        }
        WebAnnotationImport.Result again = WebAnnotationImport.importFile(other, same.id(), out, null);
        assertEquals(0, again.imported());
        assertEquals(5, again.skipped());
    }

    @Test
    void jsonLdCarriesInkAsSvgPolylinesAndClipsComeBackWithAnImage() throws Exception {
        Rect area = new Rect(300, 420, 540, 576);
        Annotation clip;
        try (PdfDocument doc = PdfDocument.open(ws.paperFile(paper))) {
            clip = Clips.save(ws, paper.id(), 2, area, Clips.render(doc, 2, area, Clips.DEFAULT_DPI), "gray", null,
                    List.of());
        }
        Instant t = Instant.parse("2026-11-20T10:15:30Z");
        List<InkStroke> strokes = List.of(InkStroke.of(100, 300, 130.5, 340.25, 170, 330), InkStroke.of(120, 290, 200, 292));
        ws.save(Kind.ANNOTATIONS, new Annotation("0000000000ink0000002", paper.id(), AnnotationType.INK, 3, "blue", null,
                null, List.of(), new Rect(97, 287, 203, 343), null, null, List.of(), null, null, t, t, strokes));
        Path out = dir.resolve("ink.jsonld");
        assertEquals(7, WebAnnotations.export(ws, paper.id(), out));
        JsonNode ink = null;
        for (JsonNode item : Json.MAPPER.readTree(out.toFile()).get("first").get("items")) {
            if (item.get("id").asText().endsWith("0000000000ink0000002")) {
                ink = item;
            }
        }
        assertNotNull(ink);
        JsonNode svg = ink.get("target").get("selector").get(1);
        assertEquals("SvgSelector", svg.get("type").asText());
        assertTrue(svg.get("value").asText().contains("points=\"100.00,492.00 130.50,451.75 170.00,462.00\""),
                svg.get("value").asText());

        Workspace other = Workspace.open(dir.resolve("other"));
        Path copy = dir.resolve("again.pdf");
        Files.write(copy, original);
        PaperImporter.importFile(other, copy, null);
        assertEquals(7, WebAnnotationImport.importFile(other, paper.id(), out, null).imported());
        Annotation inkBack = other.get(Kind.ANNOTATIONS, "0000000000ink0000002").orElseThrow();
        assertEquals(AnnotationType.INK, inkBack.type());
        assertEquals(strokes.size(), inkBack.ink().size());
        for (int s = 0; s < strokes.size(); s++) {
            assertArrayEquals(strokes.get(s).xy().stream().mapToDouble(Double::doubleValue).toArray(),
                    inkBack.ink().get(s).xy().stream().mapToDouble(Double::doubleValue).toArray(), 0.01);
        }
        Annotation clipBack = other.get(Kind.ANNOTATIONS, clip.id()).orElseThrow();
        assertEquals(clip.clip(), clipBack.clip(), "the same path in the other workspace");
        BufferedImage png = ImageIO.read(Clips.file(other, clipBack).toFile());
        BufferedImage want = ImageIO.read(Clips.file(ws, clip).toFile());
        assertEquals(want.getWidth(), png.getWidth());
        assertEquals(want.getHeight(), png.getHeight());
    }

    @Test
    void foreignWebAnnotationsWithOnlyAQuoteAreAnchored() throws Exception {
        Path hypothesis = dir.resolve("h.json");
        Files.writeString(hypothesis, """
                [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://hyp.is/a/XYZ", "type": "Annotation",
                  "motivation": "commenting", "creator": "acct:reader@example.org",
                  "body": {"type": "TextualBody", "value": "Nice figure."},
                  "target": {"source": "https://example.org/paper.pdf",
                    "selector": {"type": "TextQuoteSelector", "exact": "Larger models change less in relative terms"}}},
                 {"id": "https://hyp.is/a/ABC", "type": "Annotation",
                  "target": {"selector": {"type": "TextQuoteSelector", "exact": "a sentence no version of the paper has"}}}]
                """);
        WebAnnotationImport.Result r = WebAnnotationImport.importFile(ws, paper.id(), hypothesis, null);
        assertEquals(2, r.imported());
        assertEquals(1, r.orphaned());
        Annotation found = ws.annotations(paper.id()).stream().filter(a -> "jsonld:https://hyp.is/a/XYZ".equals(a.source()))
                .findFirst().orElseThrow();
        assertEquals(2, found.page());
        assertFalse(found.quads().isEmpty());
        assertEquals("Nice figure.", found.note());
        assertEquals("acct:reader@example.org", found.author());
        Annotation orphan = ws.annotations(paper.id()).stream().filter(a -> "jsonld:https://hyp.is/a/ABC".equals(a.source()))
                .findFirst().orElseThrow();
        assertTrue(orphan.quads().isEmpty(), "kept, though its text was not found");
        assertEquals(0, WebAnnotationImport.importFile(ws, paper.id(), hypothesis, null).imported());
    }

    @Test
    void markdownGroupsByPageWithQuotesNotesTagsAndLinks() throws Exception {
        Path out = dir.resolve("notes").resolve("paper.md");
        assertEquals(5, MarkdownExport.export(ws, paper.id(), out));
        String md = Files.readString(out);
        assertTrue(md.startsWith("# " + DemoPaper.TITLE + "\n"), md);
        assertTrue(md.contains("[arXiv:" + paper.arxivId() + "](https://arxiv.org/abs/" + paper.arxivId() + ")"));
        DemoPaperTest.assertInOrder(md, "## Page 1", "> Fine-tuning changes far less", "The central claim.",
                "Tags: #fine-tuning #layers", "yellow highlight", "(../ws/papers/" + paper.id() + "/" + DemoPaper.FILE_NAME
                        + "#page=1)",
                "## Page 2", "Is this the same for 70B models?", "## Page 3", "Compare with Figure 1.");
        assertTrue(md.contains("red underline"));
        assertTrue(md.contains("#123456 strike-out"));
    }
}
