package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived cache under {@code .gloss/cache}: used for files that did not change, and never
 * for one that did, whoever changed it (an editor saving in place and putting the time back,
 * another Gloss process, a git pull, a file added, removed or broken), nor when the cache itself
 * does not check out. Most tests let files count as settled at once ({@code racyMillis = 0});
 * one checks the real margin.
 */
class ObjectCacheTest {
    @TempDir
    Path dir;
    private Path ws;

    @BeforeEach
    void workspace() {
        ObjectCache.racyMillis = 0;
        ws = dir.resolve("ws");
        Workspace w = Workspace.open(ws);
        w.save(Kind.PAPERS, WorkspaceTest.paper("p1", "First"));
        w.save(Kind.PAPERS, WorkspaceTest.paper("p2", "Second"));
        for (int i = 1; i <= 6; i++) {
            w.save(Kind.ANNOTATIONS, WorkspaceTest.highlight("a" + i, i <= 3 ? "p1" : "p2"));
        }
    }

    @AfterEach
    void margin() {
        ObjectCache.racyMillis = ObjectCache.RACY_MILLIS;
    }

    /** Opens the workspace in a new instance and reads everything, as a new process does. */
    private Workspace fresh() {
        Workspace w = Workspace.open(ws);
        w.problems();
        return w;
    }

    private Path file(String annotationId) {
        Annotation a = Workspace.open(ws).get(Kind.ANNOTATIONS, annotationId).orElseThrow();
        return ws.resolve(Kind.ANNOTATIONS.pathOf(a));
    }

    private static String colors(Workspace w) {
        return String.join(" ", w.annotations().stream().map(Annotation::color).toList());
    }

    @Test
    void unchangedFilesComeFromTheCacheWhichIsDerivedOnly() throws Exception {
        Workspace first = fresh();
        assertEquals(new ObjectCache.Use(0, 6), first.cacheUse(Kind.ANNOTATIONS), "the first read makes the cache");
        assertTrue(Files.isRegularFile(ws.resolve(".gloss/cache/annotation.bin")));
        Workspace second = fresh();
        assertEquals(new ObjectCache.Use(6, 0), second.cacheUse(Kind.ANNOTATIONS));
        assertEquals(new ObjectCache.Use(2, 0), second.cacheUse(Kind.PAPERS));
        assertEquals(first.annotations(), second.annotations());
        assertEquals(first.papers(), second.papers());

        deleteTree(ws.resolve(".gloss"));
        Workspace without = fresh();
        assertEquals(first.annotations(), without.annotations(), "the files are the truth");
        assertEquals(new ObjectCache.Use(0, 6), without.cacheUse(Kind.ANNOTATIONS));
    }

    @Test
    void anEditorSavingInPlaceAndPuttingTheTimeBackIsSeen() throws Exception {
        fresh();
        Path a2 = file("a2");
        long sizeBefore = Files.size(a2);
        var timeBefore = Files.getLastModifiedTime(a2);
        runOutside("inplace", a2.toString(), "\"yellow\"", "\"purple\"");
        assertEquals(sizeBefore, Files.size(a2), "same size");
        assertEquals(timeBefore, Files.getLastModifiedTime(a2), "same modification time");
        assertEquals("yellow purple yellow yellow yellow yellow", colors(fresh()));
    }

    @Test
    void anotherGlossProcessSavingIsSeenByANewOpenAndByAReload() throws Exception {
        Workspace app = fresh();
        runOutside("note", ws.toString(), "a4", "written by the other process");
        app.reload();
        assertEquals("written by the other process", app.get(Kind.ANNOTATIONS, "a4").orElseThrow().note());
        assertEquals(new ObjectCache.Use(5, 1), app.cacheUse(Kind.ANNOTATIONS), "only the changed file is read");
        assertEquals("written by the other process", fresh().get(Kind.ANNOTATIONS, "a4").orElseThrow().note());
    }

    @Test
    void addedRemovedReplacedAndBrokenFilesAreSeen() throws Exception {
        fresh();
        Path a1 = file("a1");
        Path a3 = file("a3");
        Path a5 = file("a5");
        Path dirA = ws.resolve("papers/p1/annotations");
        Files.write(dirA.resolve("a7.json"), Json.pretty(WorkspaceTest.highlight("a7", "p1")));
        Files.delete(a1);
        // replaced by another file (a rename over it: another inode, same size and time)
        Path other = dirA.resolve(".other");
        Files.writeString(other, Files.readString(a3).replace("\"yellow\"", "\"maroon\""));
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(a3));
        Files.move(other, a3, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(a5, "{ \"id\" : \"a5\", ");

        Workspace w = fresh();
        assertEquals(List.of("a2", "a3", "a4", "a6", "a7"), w.annotations().stream().map(Annotation::id).sorted().toList());
        assertEquals("maroon", w.get(Kind.ANNOTATIONS, "a3").orElseThrow().color());
        assertEquals(List.of(a5), w.problems().stream().map(Problem::file).toList(), "broken: a problem, not a cached copy");
        assertEquals(new ObjectCache.Use(3, 3), w.cacheUse(Kind.ANNOTATIONS));
        assertEquals(List.of(a5), fresh().problems().stream().map(Problem::file).toList(), "and still next time");
    }

    @Test
    void aGitPullIsSeen() throws Exception {
        Assumptions.assumeTrue(git(dir, "--version") == 0, "git is not installed");
        Path origin = dir.resolve("origin.git");
        Path other = dir.resolve("other");
        assertEquals(0, git(ws, "init", "-q"));
        assertEquals(0, git(ws, "add", "-A"));
        assertEquals(0, git(ws, "commit", "-q", "-m", "workspace"));
        assertEquals(0, git(dir, "clone", "-q", "--bare", ws.toString(), origin.toString()));
        assertEquals(0, git(ws, "remote", "add", "origin", origin.toString()));
        assertEquals(0, git(ws, "fetch", "-q", "origin"));
        assertEquals(0, git(ws, "branch", "-q", "-u", "origin/" + branch(ws)));
        assertEquals(0, git(dir, "clone", "-q", origin.toString(), other.toString()));
        Workspace before = fresh();
        assertEquals(6, fresh().cacheUse(Kind.ANNOTATIONS).cached(), "cached before the pull");

        // a teammate recolours one (same size), notes another, removes a third and adds one
        Workspace mate = Workspace.open(other);
        mate.update(Kind.ANNOTATIONS, "a1", a -> a.withColor("purple", a.modified()));
        mate.update(Kind.ANNOTATIONS, "a2", a -> a.withNote("from a teammate", List.of("team"), Instant.now()));
        mate.delete(Kind.ANNOTATIONS, mate.get(Kind.ANNOTATIONS, "a6").orElseThrow());
        mate.save(Kind.ANNOTATIONS, WorkspaceTest.highlight("a8", "p2"));
        assertEquals(0, git(other, "add", "-A"));
        assertEquals(0, git(other, "commit", "-q", "-m", "teammate"));
        assertEquals(0, git(other, "push", "-q"));
        assertEquals(0, git(ws, "pull", "-q", "--ff-only"));

        Workspace after = fresh();
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a8"), after.annotations().stream().map(Annotation::id).toList());
        assertEquals("purple", after.get(Kind.ANNOTATIONS, "a1").orElseThrow().color());
        assertEquals("from a teammate", after.get(Kind.ANNOTATIONS, "a2").orElseThrow().note());
        before.reload();
        assertEquals(after.annotations(), before.annotations(), "a reload sees the same");
    }

    @Test
    void aCacheThatDoesNotCheckOutIsNotUsed() throws Exception {
        List<Annotation> truth = fresh().annotations();
        Path cache = ws.resolve(".gloss/cache/annotation.bin");
        byte[] good = Files.readAllBytes(cache);
        List<byte[]> bad = new ArrayList<>();
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x20;
        bad.add(flipped);
        bad.add(java.util.Arrays.copyOf(good, good.length / 2));
        bad.add(new byte[0]);
        bad.add("not a cache at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] b : bad) {
            Files.write(cache, b);
            Workspace w = fresh();
            assertEquals(truth, w.annotations());
            assertEquals(new ObjectCache.Use(0, 6), w.cacheUse(Kind.ANNOTATIONS));
            assertTrue(w.problems().isEmpty(), "a bad cache is not the user's problem");
        }
        assertEquals(new ObjectCache.Use(6, 0), fresh().cacheUse(Kind.ANNOTATIONS), "and it was written anew");
    }

    @Test
    void aCacheThatCannotBeWrittenIsOnlyLogged() throws Exception {
        Files.createDirectories(ws.resolve(".gloss"));
        Files.writeString(ws.resolve(".gloss/cache"), "a file where the folder should be");
        List<Annotation> truth = Workspace.open(ws).annotations();
        assertEquals(6, truth.size());
        assertEquals(truth, fresh().annotations());
        assertEquals(new ObjectCache.Use(0, 6), fresh().cacheUse(Kind.ANNOTATIONS));
    }

    @Test
    void filesChangedJustBeforeTheCacheWasWrittenAreReadAgain() throws Exception {
        ObjectCache.racyMillis = ObjectCache.RACY_MILLIS;
        fresh();
        assertEquals(new ObjectCache.Use(0, 6), fresh().cacheUse(Kind.ANNOTATIONS),
                "written less than 2 s before the scan: their times may not have ticked since");
        Thread.sleep(ObjectCache.RACY_MILLIS + 100);
        fresh();
        assertEquals(new ObjectCache.Use(6, 0), fresh().cacheUse(Kind.ANNOTATIONS), "settled files come from the cache");
    }

    private static void runOutside(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                OutsideEditor.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
    }

    private static int git(Path in, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Gloss Test", "-c", "user.email=test@gloss.invalid",
                "-c", "init.defaultBranch=main", "-c", "pull.rebase=false"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(in.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String branch(Path repo) throws IOException {
        return Files.readString(repo.resolve(".git/HEAD")).strip().replace("ref: refs/heads/", "");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aRemovedPaperFolderTakesItsCachedObjectsWithIt() throws Exception {
        fresh();
        deleteTree(ws.resolve("papers/p2"));
        Workspace w = fresh();
        assertEquals(List.of("p1"), w.papers().stream().map(Paper::id).toList());
        assertEquals(List.of("a1", "a2", "a3"), w.annotations().stream().map(Annotation::id).toList());
        assertFalse(w.paper("p2").isPresent());
    }
}
