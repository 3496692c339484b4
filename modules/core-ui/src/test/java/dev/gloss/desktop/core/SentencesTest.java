package dev.gloss.desktop.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.LibraryException;
import dev.gloss.pdf.PdfException;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Problem;
import dev.gloss.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.openide.util.NbBundle;

/** The desktop's sentences: the modules' own, with a few of its own words where a menu helps more than a command. */
class SentencesTest {
    @Test
    void reasonsBecomeTheModulesSentences() {
        assertEquals("bad.pdf is not a PDF file.", Sentences.of(new PdfException(PdfException.Reason.NOT_A_PDF, "bad.pdf")));
        assertEquals("This file is damaged: page 1200 could not be drawn.",
                Sentences.of(new PdfException(PdfException.Reason.PAGE_NOT_DRAWN, 1200)), "no grouping in a page number");
        assertEquals("No paper with id \"ab\" in this workspace.", Sentences.of(new LibraryException(LibraryException.Reason.NO_SUCH_PAPER, "ab")),
                "the desktop does not point to a CLI command");
        assertEquals("x.pdf needs a password.", Sentences.of(new LibraryException(LibraryException.Reason.PDF,
                new PdfException(PdfException.Reason.PASSWORD_REQUIRED, "x.pdf"))));
        assertEquals("No queue entry with id q1.", Sentences.of(new WorkspaceException(WorkspaceException.Reason.NO_SUCH_OBJECT, Kind.QUEUE, "q1")));
        assertEquals("papers/a/paper.json could not be read (not valid JSON: Unexpected end at line 3); it was skipped and left untouched",
                Sentences.phrase(new Problem(Path.of("/ws/papers/a/paper.json"), Path.of("papers/a/paper.json"),
                        new FileFailure(FileFailure.Reason.NOT_JSON_AT_LINE, List.of("Unexpected end", 3)))));
    }

    @Test
    void theDesktopNamesItsMenusWhereTheCliNamesCommands() {
        assertEquals("The account of this entry (a1) no longer exists; add it again in Accounts\u2026",
                Sentences.of(new PublishException(PublishException.Reason.ACCOUNT_GONE, "a1")));
        assertEquals("No weekly slots are set yet; add one with Slots\u2026 first.",
                Sentences.of(new PublishSetupException(PublishSetupException.Reason.NO_SLOTS)));
        assertEquals("This entry failed; choose Retry to schedule it again.",
                Sentences.phrase(new Outcome.Skipped(Outcome.Skipped.Reason.FAILED)));
    }

    /** Each of the desktop's own sentences replaces one of a module's: none is left over. */
    @Test
    void everyDesktopSentenceOverridesAModuleSentence() throws Exception {
        ResourceBundle own = NbBundle.getBundle(Sentences.class);
        List<Class<?>> owners = List.of(PublishException.class, PublishSetupException.class, Outcome.Skipped.class);
        int checked = 0;
        for (String key : Collections.list(own.getKeys())) {
            if (!key.matches("[A-Z][A-Za-z]*\\.[A-Z][A-Z_]*")) {
                continue;   // the package's other words (LBL_..., MSG_...)
            }
            String type = key.substring(0, key.indexOf('.'));
            Class<?> owner = owners.stream().filter(c -> c.getSimpleName().equals(type)).findFirst()
                    .orElseThrow(() -> new AssertionError("the desktop's " + key + " overrides no module sentence"));
            String module = Phrasebook.moduleBundle(owner).orElseThrow().getString(key);
            assertNotEquals(module, own.getString(key), key + " says the same as the module: remove it");
            checked++;
        }
        assertTrue(checked >= 5, "the desktop's own sentences: " + checked);
    }

    @Test
    void aFileOfAListIsNamedOnce() {
        assertEquals("bad.pdf is not a PDF file.", Sentences.aboutFile("bad.pdf", new LibraryException(LibraryException.Reason.PDF,
                new PdfException(PdfException.Reason.NOT_A_PDF, "bad.pdf"))));
        assertEquals("bad.pdf: This file is damaged: it is empty.", Sentences.aboutFile("bad.pdf",
                new PdfException(PdfException.Reason.EMPTY)));
    }
}
