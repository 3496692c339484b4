package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenPapersTest {
    @TempDir
    Path dir;

    @Test
    void theTabsOfLastTimeInOrderWithTheFrontOneAndWithoutFilesThatAreGone() throws Exception {
        Path a = Files.writeString(dir.resolve("a paper.pdf"), "%PDF-1.4");
        Path b = Files.writeString(dir.resolve("b.pdf"), "%PDF-1.4");
        Path c = Files.writeString(dir.resolve("c.pdf"), "%PDF-1.4");
        MemoryPreferences prefs = new MemoryPreferences();
        new OpenPapers(prefs).remember(List.of(a, b, c), b);
        Files.delete(c);
        OpenPapers next = new OpenPapers(prefs);
        assertEquals(List.of(a, b), next.files(), "in tab order; a file deleted since is not opened");
        assertEquals(b, next.active());
    }

    @Test
    void nothingOpenNothingToReopen() {
        MemoryPreferences prefs = new MemoryPreferences();
        OpenPapers none = new OpenPapers(prefs);
        assertEquals(List.of(), none.files());
        assertNull(none.active());
        none.remember(List.of(), null);
        assertEquals(List.of(), new OpenPapers(prefs).files());
        assertNull(new OpenPapers(prefs).active());
    }
}
