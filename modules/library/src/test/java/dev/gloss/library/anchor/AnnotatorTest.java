package dev.gloss.library.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.LibraryException;
import dev.gloss.library.PaperImporter;
import dev.gloss.library.TestPdfs;
import dev.gloss.library.demo.DemoPaperTest;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatorTest {
    @TempDir
    Path dir;

    private Paper paper(Workspace ws) throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("claims.pdf"), List.of(List.of(TestPdfs.INTRO, TestPdfs.CLAIM, TestPdfs.OUTRO)));
        return PaperImporter.importFile(ws, pdf, null).paper();
    }

    @Test
    void quoteIsFoundAcrossLineBreaksIgnoringCaseAndSpacing() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Paper p = paper(ws);
        String typed = "OUR central   observation is that the weight update of instruction tuning is concentrated in "
                + "the top third of the layers and spans very few directions.";
        Annotation a = Annotator.annotateQuote(ws, p.id().substring(0, 6), 1, typed, "blue", "  why it matters ",
                List.of("claim", "layers"), null);
        assertEquals(AnnotationType.HIGHLIGHT, a.type());
        assertEquals("blue", a.color());
        assertEquals("why it matters", a.note());
        assertEquals(List.of("claim", "layers"), a.tags());
        assertEquals(DemoPaperTest.squash(TestPdfs.CLAIM), DemoPaperTest.squash(a.exact()));
        assertTrue(a.exact().contains("\n"), "the claim spans two lines");
        assertEquals(2, a.quads().size());
        assertEquals(a.exact().length(), a.position().end() - a.position().start());
        assertTrue(a.quote().prefix().endsWith("\n") || a.quote().prefix().endsWith("instructions."), a.quote().prefix());
        Path file = ws.paperFolder(p.id()).resolve("annotations").resolve(a.id() + ".json");
        assertEquals(a, Json.MAPPER.readValue(Files.readAllBytes(file), Annotation.class));
    }

    @Test
    void aQuoteNotOnThePageIsAClearError() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Paper p = paper(ws);
        LibraryException e = assertThrows(LibraryException.class,
                () -> Annotator.annotateQuote(ws, p.id(), 1, "this sentence is not in the paper", null, null, List.of(), null));
        assertEquals(LibraryException.Reason.QUOTE_NOT_FOUND, e.reason());
        assertEquals(List.of(1, p.displayTitle()), e.args());
        LibraryException page = assertThrows(LibraryException.class,
                () -> Annotator.annotateQuote(ws, p.id(), 7, "weight update", null, null, List.of(), null));
        assertEquals(LibraryException.Reason.NO_SUCH_PAGE, page.reason());
        assertEquals(7, page.args().get(1));
        assertThrows(LibraryException.class,
                () -> Annotator.annotateQuote(ws, "ffffffff", 1, "weight update", null, null, List.of(), null));
        assertEquals(0, ws.annotations().size());
    }

    @Test
    void aColourTheUserTypedIsCheckedAndNormalised() {
        assertEquals("gray", Annotator.color("Grey"));
        assertEquals("yellow", Annotator.color("#FFD400"));
        assertEquals("#112233", Annotator.color("#123"));
        assertEquals("yellow", Annotator.color(null));
        LibraryException e = assertThrows(LibraryException.class, () -> Annotator.color("chartreuse"));
        assertEquals(LibraryException.Reason.NOT_A_COLOUR, e.reason());
        assertTrue(e.args().get(1).toString().startsWith("yellow, red, green"), e.getMessage());
        assertThrows(LibraryException.class, () -> Annotator.color("abc"));
    }
}
