package dev.gloss.desktop.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.gloss.library.LibraryException;
import dev.gloss.pdf.PdfException;
import dev.gloss.search.SearchException;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Problem;
import dev.gloss.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The desktop's sentences: values in place, causes phrased, kinds by their word, each file named once. */
class SentencesTest {
    @Test
    void reasonsBecomeTheirSentences() {
        assertEquals("bad.pdf is not a PDF file.", Sentences.of(new PdfException(PdfException.Reason.NOT_A_PDF, "bad.pdf")));
        assertEquals("cert.pdf is encrypted for a certificate, not with a password, and Gloss cannot open such files.",
                Sentences.of(new PdfException(PdfException.Reason.CERTIFICATE_ENCRYPTED, "cert.pdf")));
        assertEquals("This file is damaged: page 1200 could not be drawn.",
                Sentences.of(new PdfException(PdfException.Reason.PAGE_NOT_DRAWN, 1200)), "no grouping in a page number");
        assertEquals("No paper with id \"ab\" in this workspace.", Sentences.of(new LibraryException(LibraryException.Reason.NO_SUCH_PAPER, "ab")),
                "the desktop does not point to a CLI command");
        assertEquals("\"P\" has no page 7; it has 1 page.", Sentences.of(new LibraryException(LibraryException.Reason.NO_SUCH_PAGE, "P", 7, 1)));
        assertEquals("x.pdf needs a password.", Sentences.of(new LibraryException(LibraryException.Reason.PDF,
                new PdfException(PdfException.Reason.PASSWORD_REQUIRED, "x.pdf"))));
        assertEquals("There is no search index in /ix.", Sentences.of(new SearchException(SearchException.Reason.NO_INDEX, Path.of("/ix"))));
        assertEquals("papers/a/paper.json could not be read (not valid JSON: Unexpected end at line 3); it was skipped and left untouched",
                Sentences.phrase(new Problem(Path.of("/ws/papers/a/paper.json"), Path.of("papers/a/paper.json"),
                        new FileFailure(FileFailure.Reason.NOT_JSON_AT_LINE, List.of("Unexpected end", 3)))));
    }

    @Test
    void everyKindHasAWord() {
        for (Kind<?> k : Kind.ALL) {
            assertNotEquals("", Sentences.kind(k));
        }
        assertEquals("No queue entry with id q1.", Sentences.of(new WorkspaceException(WorkspaceException.Reason.NO_SUCH_OBJECT, Kind.QUEUE, "q1")));
    }

    @Test
    void aFileOfAListIsNamedOnce() {
        assertEquals("bad.pdf is not a PDF file.", Sentences.aboutFile("bad.pdf", new LibraryException(LibraryException.Reason.PDF,
                new PdfException(PdfException.Reason.NOT_A_PDF, "bad.pdf"))));
        assertEquals("bad.pdf: This file is damaged: it is empty.", Sentences.aboutFile("bad.pdf",
                new PdfException(PdfException.Reason.EMPTY)));
    }
}
