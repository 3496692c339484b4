package dev.gloss.desktop.annotations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Problem;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits from the view go through the workspace's update: a file that went bad is never written over. */
class AnnotationEditsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void clear() {
        RecordingDialogs.clear();
    }

    @Test
    void aColourChangeOnAFileBrokenBehindTheViewsBackIsRefusedAndSaid() throws Exception {
        Workspace ws = DemoAnnotations.create(dir.resolve("ws"));
        List<Annotation> shown = ws.annotations();
        Annotation broken = shown.get(1);
        Annotation fine = shown.get(2);
        Path file = ws.paperFolder(broken.paperId()).resolve("annotations").resolve(broken.id() + ".json");
        // a merge left its markers in the file after the view had loaded it
        Files.writeString(file, "<<<<<<< HEAD\n" + Files.readString(file) + "=======\n>>>>>>> theirs\n");
        byte[] before = Files.readAllBytes(file);

        AnnotationEdits edits = new AnnotationEdits(ws, new AnnotationEdits.Undo());
        edits.change(List.of(fine, broken), a -> a.withColor("red", Instant.now()), "Colour", null);
        AnnotationEdits.flush();
        SwingUtilities.invokeAndWait(() -> { });

        assertArrayEquals(before, Files.readAllBytes(file), "the unreadable file is left as it was");
        assertEquals("red", Workspace.open(ws.root()).get(Kind.ANNOTATIONS, fine.id()).orElseThrow().color(),
                "the readable one before it was saved");
        String shownToUser = String.join("\n", RecordingDialogs.messages());
        assertTrue(shownToUser.startsWith("The change could not be saved: papers/" + broken.paperId() + "/annotations/"
                + broken.id() + ".json could not be read (not valid JSON"), shownToUser);
        assertTrue(shownToUser.endsWith("the annotation was not changed and its file was left untouched."), shownToUser);
        assertEquals(List.of(file), ws.newProblems().stream().map(Problem::file).toList(),
                "and it is one of the workspace's problems, which the window reports by name");
    }
}
