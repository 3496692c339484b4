package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gloss.workspace.Workspace;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreTest {
    @TempDir
    Path dir;

    @Test
    void imagesAreCopiedIntoTheThreadsMediaFolderOnce() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Path png = Fixtures.png(dir.resolve("in/My Chart (final).png"), 40, 30, Color.RED);
        String rel = MediaStore.importImage(ws, "thread1", png);
        assertEquals("threads/media/thread1/my-chart-final.png", rel);
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(MediaStore.resolve(ws.root(), rel)));
        assertEquals(rel, MediaStore.importImage(ws, "thread1", png), "the same bytes are stored once");

        Path other = Fixtures.png(dir.resolve("in2/My Chart (final).png"), 40, 30, Color.GREEN);
        assertEquals("threads/media/thread1/my-chart-final-2.png", MediaStore.importImage(ws, "thread1", other));

        Path jpeg = Fixtures.jpeg(dir.resolve("in/photo.jpeg"), 20, 20);
        assertEquals("threads/media/thread1/photo.jpg", MediaStore.importImage(ws, "thread1", jpeg));
        assertEquals(ws.root().resolve("threads/media/thread1/photo.jpg"), MediaStore.resolve(ws.root(), "threads/media/thread1/photo.jpg"));
        assertEquals(jpeg, MediaStore.resolve(ws.root(), jpeg.toString()), "absolute paths stay as they are");
    }

    @Test
    void otherFilesAreRefusedWithOneSentence() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Path text = Files.writeString(dir.resolve("notes.png"), "not really a picture");
        ComposerException e = assertThrows(ComposerException.class, () -> MediaStore.importImage(ws, "t", text));
        assertEquals("notes.png is not a PNG or JPEG image.", e.getMessage());
        ComposerException missing = assertThrows(ComposerException.class,
                () -> MediaStore.importImage(ws, "t", dir.resolve("gone.png")));
        assertEquals("gone.png does not exist.", missing.getMessage());
    }
}
