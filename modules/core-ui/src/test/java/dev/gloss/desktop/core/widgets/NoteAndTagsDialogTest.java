package dev.gloss.desktop.core.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteAndTagsDialogTest {
    @Test
    void tagsAreReadAsTheUserTypesThem() {
        assertEquals(List.of("method", "key-claim"), NoteAndTagsDialog.tags(" #Method, key-claim  method "));
        assertEquals(List.of("todo"), NoteAndTagsDialog.tags("##todo,,TODO"));
        assertTrue(NoteAndTagsDialog.tags("  ").isEmpty());
    }

    @Test
    void aLongQuoteIsCutAfterAWord() {
        String words = "Fine-tuning changes far less than its effects suggest ".repeat(20);
        String cut = NoteAndTagsDialog.cut(words);
        assertTrue(cut.length() <= NoteAndTagsDialog.QUOTE_MAX, cut.length() + " characters");
        assertTrue(cut.endsWith("\u2026"), cut);
        assertTrue(words.startsWith(cut.substring(0, cut.length() - 1) + " "), "cut at a space: " + cut);
        assertEquals("a short quote", NoteAndTagsDialog.cut(" a short\n quote "));
    }
}
