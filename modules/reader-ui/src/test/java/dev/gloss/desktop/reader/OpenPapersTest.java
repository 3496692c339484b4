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

    @Test
    void filesThatAreGoneOrNotFilesAreToldOnceAndDroppedFromTheSavedSet() throws Exception {
        Path a = Files.writeString(dir.resolve("a.pdf"), "%PDF-1.4");
        Path b = Files.writeString(dir.resolve("b.pdf"), "%PDF-1.4");
        Path folder = Files.createDirectory(dir.resolve("now a folder.pdf"));
        MemoryPreferences prefs = new MemoryPreferences();
        new OpenPapers(prefs).remember(List.of(a, b, folder), b);
        Files.delete(b);

        OpenPapers.Restore first = new OpenPapers(prefs).restore();
        assertEquals(List.of(a), first.files());
        assertEquals(List.of(b, folder), first.gone());
        assertNull(new OpenPapers(prefs).active(), "the front one is gone: none is in front");

        Files.writeString(b, "%PDF-1.4"); // even back again, it was dropped: told once, never again
        OpenPapers.Restore second = new OpenPapers(prefs).restore();
        assertEquals(List.of(a), second.files());
        assertEquals(List.of(), second.gone());
    }

    @Test
    void aFileItsTabCouldNotOpenIsForgotten() throws Exception {
        Path a = Files.writeString(dir.resolve("a.pdf"), "%PDF-1.4");
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4 and nothing else");
        MemoryPreferences prefs = new MemoryPreferences();
        new OpenPapers(prefs).remember(List.of(a, broken), broken);
        new OpenPapers(prefs).forget(broken);
        OpenPapers next = new OpenPapers(prefs);
        assertEquals(List.of(a), next.restore().files());
        assertNull(next.active());
        new OpenPapers(prefs).forget(dir.resolve("never open.pdf"));
        assertEquals(List.of(a), new OpenPapers(prefs).files());
    }
}
