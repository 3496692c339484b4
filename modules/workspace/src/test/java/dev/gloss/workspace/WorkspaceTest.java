package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    static Paper paper(String id, String title) {
        return new Paper(id, title, List.of("Ada Lovelace", "Alan Turing"), 2026, null, "2611.04217v1", null,
                "An abstract.", List.of("llm"), "paper.pdf", 12, "ab".repeat(32), Instant.parse("2026-11-26T09:00:00Z"));
    }

    static Annotation highlight(String id, String paperId) {
        return new Annotation(id, paperId, AnnotationType.HIGHLIGHT, 3, "yellow",
                new TextQuoteSelector("fine-tuning shifts", "We find that ", " the representations"),
                new TextPositionSelector(120, 138), List.of(Quad.ofRect(72, 700, 300, 712)), null, null,
                "key claim", List.of("claim"), "me", null, Instant.parse("2026-11-26T09:00:00Z"),
                Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void newWorkspaceHasManifestAndIgnoresDerivedFolder() throws Exception {
        Workspace ws = Workspace.open(dir);
        assertTrue(Files.isRegularFile(dir.resolve("gloss.json")));
        assertEquals(".gloss/\n", Files.readString(dir.resolve(".gitignore")));
        assertEquals(Workspace.SCHEMA, Json.MAPPER.readTree(dir.resolve("gloss.json").toFile()).get("schema").asInt());
        assertTrue(ws.papers().isEmpty());
    }

    @Test
    void objectsRoundTripAsPrettyJsonWithStableKeyOrder() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.save(Kind.PAPERS, paper("p1", "Fine-tuning"));
        ws.save(Kind.ANNOTATIONS, highlight("a1", "p1"));
        Path paperFile = dir.resolve("papers/p1/paper.json");
        String text = Files.readString(paperFile, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"id\" : \"p1\",\n  \"title\" : \"Fine-tuning\","), text);
        assertTrue(text.endsWith("}\n"));
        assertTrue(Files.isRegularFile(dir.resolve("papers/p1/annotations/a1.json")));

        Workspace again = Workspace.open(dir);
        assertEquals(paper("p1", "Fine-tuning"), again.paper("p1").orElseThrow());
        assertEquals(highlight("a1", "p1"), again.annotations("p1").get(0));
        ws.save(Kind.PAPERS, paper("p1", "Fine-tuning"));
        assertEquals(text, Files.readString(paperFile, StandardCharsets.UTF_8), "same object, same bytes");
    }

    @Test
    void corruptFileIsReportedOnceByNameAndTheRestLoads() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.save(Kind.PAPERS, paper("good", "Good"));
        ws.save(Kind.PAPERS, paper("bad", "Bad"));
        Path bad = dir.resolve("papers/bad/paper.json");
        Files.writeString(bad, "{ \"id\": \"bad\", \"title\": ");
        byte[] before = Files.readAllBytes(bad);

        Workspace fresh = Workspace.open(dir);
        assertEquals(List.of("good"), fresh.papers().stream().map(Paper::id).toList());
        List<Problem> first = fresh.newProblems();
        assertEquals(1, first.size());
        assertEquals(Problem.Reason.SKIPPED, first.get(0).reason());
        assertEquals(Path.of("papers/bad/paper.json"), first.get(0).args().get(0));
        assertEquals(FileFailure.Reason.NOT_JSON_AT_LINE, first.get(0).cause().reason());
        assertTrue(fresh.newProblems().isEmpty(), "reported once");
        fresh.reload();
        fresh.papers();
        assertTrue(fresh.newProblems().isEmpty(), "still once after a reload");
        assertEquals(1, fresh.problems().size());
        assertArrayEquals(before, Files.readAllBytes(bad));
    }

    private static void assertArrayEquals(byte[] a, byte[] b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, "the unreadable file is left untouched");
    }

    @Test
    void newerSchemaIsRefusedWithASentence() throws Exception {
        Files.writeString(dir.resolve("gloss.json"), "{\"schema\": 7, \"settings\": {}}");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertEquals(WorkspaceException.Reason.NEWER_SCHEMA, e.reason());
        assertEquals(List.of(7, Workspace.SCHEMA), e.args());
    }

    @Test
    void manifestThatIsNotJsonIsNamed() throws Exception {
        Files.writeString(dir.resolve("gloss.json"), "schema=1");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertEquals(WorkspaceException.Reason.MANIFEST_NOT_JSON, e.reason());
        assertEquals(dir.resolve("gloss.json").toAbsolutePath().normalize(), e.args().get(0));
    }

    @Test
    void inkStrokesAreStoredAndOldFilesWithoutThemStillRead() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.save(Kind.ANNOTATIONS, highlight("a1", "p1"));
        String plain = Files.readString(dir.resolve("papers/p1/annotations/a1.json"));
        assertFalse(plain.contains("\"ink\""), "marks without strokes are written as before: " + plain);

        Instant t = Instant.parse("2026-11-26T09:00:00Z");
        List<InkStroke> strokes = List.of(InkStroke.of(40, 410, 60, 450.5, 110, 470), InkStroke.of(50, 420, 51, 421));
        Annotation ink = new Annotation("a2", "p1", AnnotationType.INK, 2, "red", null, null, List.of(),
                new Rect(38, 408, 112, 472), null, null, List.of(), null, null, t, t, strokes);
        ws.save(Kind.ANNOTATIONS, ink);
        String text = Files.readString(dir.resolve("papers/p1/annotations/a2.json"));
        assertTrue(text.contains("\"ink\" : [ [ 40.0, 410.0, 60.0, 450.5, 110.0, 470.0 ], [ 50.0, 420.0, 51.0, 421.0 ] ]"),
                text);
        Annotation back = Workspace.open(dir).get(Kind.ANNOTATIONS, "a2").orElseThrow();
        assertEquals(ink, back);
        assertEquals(3, back.ink().get(0).size());
        assertEquals(450.5, back.ink().get(0).y(1));
        assertEquals(new Rect(40, 410, 110, 470), InkStroke.bounds(back.ink()));
        assertEquals(strokes, back.withNote("n", List.of(), t).withColor("blue", t).ink(), "edits keep the strokes");

        // a file written before strokes were kept: the ink mark has only its area
        Files.writeString(dir.resolve("papers/p1/annotations/a3.json"), """
                {"id": "a3", "paperId": "p1", "type": "INK", "page": 1, "color": "red", "quads": [],
                 "area": {"left": 1, "bottom": 2, "right": 3, "top": 4}, "tags": [],
                 "created": "2026-11-26T09:00:00Z", "modified": "2026-11-26T09:00:00Z"}
                """);
        Annotation old = Workspace.open(dir).get(Kind.ANNOTATIONS, "a3").orElseThrow();
        assertEquals(List.of(), old.ink());
        assertEquals(new Rect(1, 2, 3, 4), old.area());
        assertThrows(IllegalArgumentException.class, () -> InkStroke.of(1, 2, 3));
    }

    @Test
    void listenersHearAddsChangesAndRemovals() {
        Workspace ws = Workspace.open(dir);
        List<WorkspaceEvent.Change> seen = new ArrayList<>();
        ws.addListener(e -> seen.add(e.change()));
        Annotation a = highlight("a1", "p1");
        ws.save(Kind.ANNOTATIONS, a);
        ws.save(Kind.ANNOTATIONS, a.withNote("changed", List.of(), Instant.now()));
        ws.delete(Kind.ANNOTATIONS, a);
        assertEquals(List.of(WorkspaceEvent.Change.ADDED, WorkspaceEvent.Change.CHANGED, WorkspaceEvent.Change.REMOVED), seen);
        assertTrue(ws.annotations().isEmpty());
        assertFalse(Files.exists(dir.resolve("papers/p1/annotations/a1.json")));
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        Workspace ws = Workspace.open(dir);
        List<String> heard = new ArrayList<>();
        ws.addListener(e -> {
            throw new IllegalStateException("broken listener");
        });
        WorkspaceListener second = e -> heard.add(e.id());
        ws.addListener(second);
        ws.save(Kind.PAPERS, paper("p1", "T"));
        ws.removeListener(second);
        ws.save(Kind.PAPERS, paper("p2", "T"));
        assertEquals(List.of("p1"), heard);
    }

    @Test
    void updateReadsTheFileWrittenByAnotherInstance() {
        Workspace one = Workspace.open(dir);
        Workspace two = Workspace.open(dir);
        one.save(Kind.PAPERS, paper("p1", "First"));
        two.papers();
        one.save(Kind.PAPERS, paper("p1", "Second"));
        Paper updated = two.update(Kind.PAPERS, "p1", p -> p.withTitle(p.title() + "!"));
        assertEquals("Second!", updated.title());
    }

    @Test
    void updateNeverWritesOverAFileThatBecameUnreadableAfterLoading() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.save(Kind.ANNOTATIONS, highlight("a1", "p1"));
        ws.save(Kind.ANNOTATIONS, highlight("a2", "p1"));
        ws.save(Kind.ANNOTATIONS, highlight("a3", "p1"));
        Workspace app = Workspace.open(dir);
        assertEquals(3, app.annotations().size(), "loaded while every file was good");

        // behind its back: a torn merge, a file that no longer parses as an annotation, and a
        // folder where the file was (unreadable even for root, which ignores permissions)
        Path torn = dir.resolve("papers/p1/annotations/a1.json");
        Files.writeString(torn, "<<<<<<< HEAD\n{ \"id\" : \"a1\",\n=======\n");
        Path other = dir.resolve("papers/p1/annotations/a2.json");
        Files.writeString(other, Files.readString(other).replace("\"a2\"", "\"a9\""));
        Path folder = dir.resolve("papers/p1/annotations/a3.json");
        Files.delete(folder);
        Files.createDirectory(folder);
        byte[] tornBytes = Files.readAllBytes(torn);
        byte[] otherBytes = Files.readAllBytes(other);
        List<String> heard = new ArrayList<>();
        app.addListener(e -> heard.add(e.id()));

        List<FileFailure.Reason> why = new ArrayList<>();
        for (String id : List.of("a1", "a2", "a3")) {
            WorkspaceException e = assertThrows(WorkspaceException.class,
                    () -> app.update(Kind.ANNOTATIONS, id, a -> a.withColor("red", Instant.now())));
            assertEquals(WorkspaceException.Reason.UNREADABLE, e.reason());
            assertEquals(Kind.ANNOTATIONS, e.args().get(0));
            assertEquals(Path.of("papers/p1/annotations/" + id + ".json"), e.args().get(1), "the file, by name");
            why.add(((FileFailure) e.args().get(2)).reason());
        }
        assertEquals(List.of(FileFailure.Reason.NOT_JSON_AT_LINE, FileFailure.Reason.OTHER_OBJECT,
                FileFailure.Reason.IS_A_FOLDER), why, "torn, another object, a folder");
        org.junit.jupiter.api.Assertions.assertArrayEquals(tornBytes, Files.readAllBytes(torn), "bytes unchanged");
        org.junit.jupiter.api.Assertions.assertArrayEquals(otherBytes, Files.readAllBytes(other), "bytes unchanged");
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(), heard, "nothing was saved, so nothing was announced");
        assertEquals(List.of(torn, other, folder), app.newProblems().stream().map(Problem::file).toList(),
                "reported through the workspace's problems, once");
        assertTrue(app.newProblems().isEmpty());
        assertEquals(List.of("a1", "a2", "a3"), app.annotations().stream().map(Annotation::id).toList(),
                "the copies already shown stay (a reload skips the files)");
    }

    @Test
    void saveNeverReplacesAFileThatCannotBeRead() throws Exception {
        Workspace ws = Workspace.open(dir);
        PostThread draft = new PostThread("t1", "Draft", List.of("bluesky"), null, List.of(Post.of("first")),
                Instant.parse("2026-11-26T09:00:00Z"), Instant.parse("2026-11-26T09:00:00Z"));
        ws.save(Kind.THREADS, draft);
        Path file = dir.resolve("threads/t1.json");
        Files.writeString(file, Files.readString(file) + ">>>>>>> theirs\n"); // a merge left this behind
        byte[] before = Files.readAllBytes(file);
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> ws.save(Kind.THREADS, draft.withTitle("Autosaved", Instant.now())));
        assertEquals(WorkspaceException.Reason.UNREADABLE, e.reason());
        assertEquals(Path.of("threads/t1.json"), e.args().get(1));
        assertEquals(FileFailure.Reason.NOT_JSON_AT_LINE, ((FileFailure) e.args().get(2)).reason());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), ws.newProblems().stream().map(Problem::file).toList());

        Files.writeString(file, new String(before).replace(">>>>>>> theirs\n", "")); // the user resolved it
        ws.save(Kind.THREADS, draft.withTitle("Autosaved", Instant.now()));
        assertEquals("Autosaved", Workspace.open(dir).threads().get(0).title());
        assertTrue(ws.problems().isEmpty(), "saved: no longer a problem");
    }

    @Test
    void updateOfAnObjectWhoseFileWasRemovedDoesNotBringItBack() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.save(Kind.ANNOTATIONS, highlight("a1", "p1"));
        Workspace app = Workspace.open(dir);
        app.annotations();
        Files.delete(dir.resolve("papers/p1/annotations/a1.json"));
        List<WorkspaceEvent.Change> heard = new ArrayList<>();
        app.addListener(ev -> heard.add(ev.change()));
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> app.update(Kind.ANNOTATIONS, "a1", a -> a.withColor("red", Instant.now())));
        assertEquals(WorkspaceException.Reason.NO_SUCH_OBJECT, e.reason());
        assertEquals(List.of(Kind.ANNOTATIONS, "a1"), e.args());
        assertEquals(List.of(WorkspaceEvent.Change.REMOVED), heard, "the windows that show it are told");
        assertFalse(Files.exists(dir.resolve("papers/p1/annotations/a1.json")));
        assertTrue(app.annotations().isEmpty());
        assertTrue(app.problems().isEmpty(), "a removed file is not a problem");
    }

    @Test
    void unsafeIdsAreRejected() {
        Workspace ws = Workspace.open(dir);
        assertThrows(WorkspaceException.class, () -> ws.save(Kind.PAPERS, paper("../escape", "x")));
        assertThrows(WorkspaceException.class, () -> ws.paperFolder("a/b"));
    }

    @Test
    void trashAndRestoreAPaperWithItsAnnotations() {
        Workspace ws = Workspace.open(dir);
        ws.save(Kind.PAPERS, paper("p1", "T"));
        ws.save(Kind.ANNOTATIONS, highlight("a1", "p1"));
        List<String> heard = new ArrayList<>();
        ws.addListener(e -> heard.add(e.kind() + " " + e.change()));
        Path trashed = ws.trash().movePaper("p1");
        assertTrue(trashed.startsWith(ws.trash().folder()), trashed.toString());
        assertTrue(Files.isRegularFile(trashed.resolve("annotations/a1.json")), "with its annotations");
        assertTrue(ws.papers().isEmpty());
        assertTrue(ws.annotations().isEmpty());
        assertEquals(List.of("paper REMOVED"), heard);
        ws.trash().restore(trashed);
        assertEquals(1, ws.papers().size());
        assertEquals(1, ws.annotations().size());
        assertTrue(heard.contains("annotation RELOADED"), heard.toString());
    }

    @Test
    void idsSortByCreationTime() {
        String a = Ids.newId(Instant.parse("2026-01-01T00:00:00Z"));
        String b = Ids.newId(Instant.parse("2026-01-01T00:00:01Z"));
        assertTrue(a.compareTo(b) < 0);
        assertTrue(Ids.isSafe(a));
        assertEquals("0123456789abcdef", Ids.paperId("0123456789abcdef" + "0".repeat(48)));
    }
}
