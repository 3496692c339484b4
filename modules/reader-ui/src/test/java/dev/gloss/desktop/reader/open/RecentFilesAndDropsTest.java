package dev.gloss.desktop.reader.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.MemoryPreferences;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesAndDropsTest {
    @TempDir
    Path dir;

    private Path file(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "%PDF-1.4");
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesOrMissingFiles() throws Exception {
        RecentFiles recent = new RecentFiles(new MemoryPreferences());
        Path a = file("a.pdf");
        Path b = file("b.pdf");
        Path c = file("c.pdf");
        recent.add(a);
        recent.add(b);
        recent.add(c);
        recent.add(a);
        assertEquals(List.of(a, c, b), recent.list());
        Files.delete(c);
        assertEquals(List.of(a, b), recent.list(), "a file that is gone is not offered");
        for (int i = 0; i < 15; i++) {
            recent.add(file("n" + i + ".pdf"));
        }
        assertEquals(RecentFiles.LIMIT, recent.list().size());
        recent.clear();
        assertTrue(recent.list().isEmpty());
    }

    /** What a file manager on X11 drops: a uri-list. */
    private static Transferable uriList(String text) {
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DroppedFiles.URI_LIST};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor f) {
                return DroppedFiles.URI_LIST.equals(f);
            }

            @Override
            public Object getTransferData(DataFlavor f) {
                return text;
            }
        };
    }

    private static Transferable fileList(List<File> files) {
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor f) {
                return DataFlavor.javaFileListFlavor.equals(f);
            }

            @Override
            public Object getTransferData(DataFlavor f) {
                return files;
            }
        };
    }

    @Test
    void droppedPdfsAreFoundInFileListsAndUriLists() throws Exception {
        Path a = file("paper one.pdf");
        Path b = file("B.PDF");
        Path txt = file("notes.txt");
        assertEquals(List.of(a.toFile(), b.toFile()),
                DroppedFiles.pdfs(fileList(List.of(a.toFile(), txt.toFile(), b.toFile()))));
        String uris = "# dropped\r\n" + a.toUri() + "\r\n" + txt.toUri() + "\r\nhttp://example.org/x.pdf\r\n";
        assertEquals(List.of(a.toFile()), DroppedFiles.pdfs(uriList(uris)));
        assertTrue(DroppedFiles.mayHoldFiles(new DataFlavor[] {DroppedFiles.URI_LIST}));
        assertFalse(DroppedFiles.mayHoldFiles(new StringSelection("x").getTransferDataFlavors()));
        assertTrue(DroppedFiles.pdfs(new StringSelection("/tmp/a.pdf")).isEmpty());
    }

    @Test
    void aBrowsersLinkIsReadAsTextAndAFileDropIsNot() throws Exception {
        assertEquals("https://arxiv.org/abs/1706.03762", DroppedFiles.text(uriList("# dragged from a browser\r\nhttps://arxiv.org/abs/1706.03762\r\n")));
        assertEquals("10.1038/nature12373", DroppedFiles.text(new StringSelection(" 10.1038/nature12373 ")));
        assertEquals(null, DroppedFiles.text(uriList("file:///tmp/a.pdf\r\n")), "a file is opened, not added from a link");
        assertTrue(DroppedFiles.mayHoldFilesOrLinks(new StringSelection("x").getTransferDataFlavors()));
    }
}
