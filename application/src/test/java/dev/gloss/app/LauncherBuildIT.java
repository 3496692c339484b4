package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./gloss} when the sources changed (issue 23, item 7): two launches at
 * once build once, one after the other never at the same time, and an application already
 * running keeps the installation it started from while a new build is installed beside it.
 * <p>
 * The real script runs on a copy of the repository's layout; the build it calls is a stand-in
 * for Maven on the PATH that takes two seconds and writes what the real build writes (the
 * assembled application, in place, and the command line's jars), so that a build and a launch
 * can overlap as they did on the developer's machine.
 */
class LauncherBuildIT {
    private static final Path SCRIPT = Path.of("../gloss").toAbsolutePath().normalize();
    @TempDir
    Path dir;
    private Path repo;
    private Path builds;
    private Path runs;
    private Path stop;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void repository() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        Files.copy(SCRIPT, repo.resolve("gloss"));
        repo.resolve("gloss").toFile().setExecutable(true);
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("modules/m/src/main/java"));
        Files.createDirectories(repo.resolve("branding/src"));
        Files.createDirectories(repo.resolve("application/src"));
        Files.writeString(repo.resolve("modules/m/src/main/java/A.java"), "class A {}");
        Files.writeString(repo.resolve("paper.pdf"), "%PDF-1.4");
        builds = dir.resolve("builds.log");
        runs = dir.resolve("runs.log");
        stop = dir.resolve("stop");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // Maven's stand-in: the build number, the application rewritten in place (as nbm does), the
        // CLI's jar and class path; it logs its start and end to see whether two builds overlap
        String mvn = """
                #!/bin/sh
                set -e
                echo "start $(date +%s%N)" >> "$GLOSS_TEST_BUILDS"
                n=$(( $(cat target-count 2>/dev/null || echo 0) + 1 )); echo $n > target-count
                mkdir -p application/target/gloss/bin modules/cli/target
                cat > application/target/gloss/bin/gloss <<'APP'
                #!/bin/sh
                # the application: says where it runs from and what it is, then runs until told to stop
                home="$(cd "$(dirname "$0")/.." && pwd)"
                echo "$home $(cat "$home/version.txt")" >> "$GLOSS_TEST_RUNS"
                [ -z "$GLOSS_TEST_ARGS" ] || printf '%s\n' "$@" > "$GLOSS_TEST_ARGS"
                while [ ! -e "$GLOSS_TEST_STOP" ] && [ -d "${GLOSS_TEST_STOP%/*}" ]; do sleep 0.1; done
                APP
                chmod +x application/target/gloss/bin/gloss
                sleep 1
                echo "build $n" > application/target/gloss/version.txt
                echo "cli $n" > modules/cli/target/gloss-cli-1.0-SNAPSHOT.jar
                echo "dep $n" > modules/cli/target/dep.jar
                printf '%s' "$PWD/modules/cli/target/dep.jar" > modules/cli/target/classpath.txt
                sleep 1
                echo "end $(date +%s%N)" >> "$GLOSS_TEST_BUILDS"
                """;
        Files.writeString(bin.resolve("mvn"), mvn);
        Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        // Java's stand-in (GLOSS_JAVA_HOME): the first look's JVM, which says how it was started.
        // Both stand-ins end with the test's folder too: the first look, which no test process
        // waits for, could miss the stop file before the folder went, and sleep on for good.
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                printf '%s\n' "$@" > "$GLOSS_TEST_FIRST_LOOK.part"
                echo $$ > "$GLOSS_TEST_FIRST_LOOK.pid"
                mv "$GLOSS_TEST_FIRST_LOOK.part" "$GLOSS_TEST_FIRST_LOOK"
                echo shown
                while [ ! -e "$GLOSS_TEST_STOP" ] && [ -d "${GLOSS_TEST_STOP%/*}" ]; do sleep 0.1; done
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path brand = repo.resolve("branding/src/main/nbm-branding/core/core.jar/org/netbeans/core/startup/splash.gif");
        Files.createDirectories(brand.getParent());
        Files.writeString(brand, "GIF89a");
    }

    @AfterEach
    void stopAll() throws Exception {
        Files.writeString(stop, "");
        for (Process p : started) {
            p.waitFor(30, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    private Process launch() throws IOException {
        return launch("paper.pdf");
    }

    private Process launch(String file) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(repo.resolve("gloss").toString(), file).directory(repo.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("launcher.log").toFile()));
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("GLOSS_TEST_BUILDS", builds.toString());
        pb.environment().put("GLOSS_TEST_RUNS", runs.toString());
        pb.environment().put("GLOSS_TEST_STOP", stop.toString());
        pb.environment().put("GLOSS_USERDIR", dir.resolve("user").toString());
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** A launch with a screen and Java's stand-in, whose arguments (and the application's) are kept. */
    private Process launchOnAScreen(String file, boolean screen) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(repo.resolve("gloss").toString(), "--workspace", dir.resolve("ws").toString(), file)
                .directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("launcher.log").toFile()));
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("GLOSS_TEST_BUILDS", builds.toString());
        pb.environment().put("GLOSS_TEST_RUNS", runs.toString());
        pb.environment().put("GLOSS_TEST_STOP", stop.toString());
        pb.environment().put("GLOSS_TEST_ARGS", dir.resolve("app-args").toString());
        pb.environment().put("GLOSS_TEST_FIRST_LOOK", dir.resolve("first-look-args").toString());
        pb.environment().put("GLOSS_USERDIR", dir.resolve("user").toString());
        pb.environment().put("GLOSS_CACHEDIR", dir.resolve("cache").toString());
        pb.environment().put("GLOSS_JAVA_HOME", dir.resolve("jdk").toString());
        if (screen) {
            pb.environment().put("DISPLAY", ":99");
        } else {
            pb.environment().remove("DISPLAY");
        }
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /**
     * A file seen for the first time, on a screen: its first view is drawn beside the
     * application's boot in a JVM of its own (FirstLook in the reader) that shows Gloss's splash
     * picture; the application gets no splash, and learns where that view will be kept and which
     * process shows it. Without a screen, or with the file's view kept, the application's own JVM
     * shows the picture, as before.
     */
    @Test
    void aFileSeenForTheFirstTimeIsDrawnBesideTheBootByAFirstLook() throws Exception {
        Path paper = repo.resolve("paper.pdf").toRealPath();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(paper)));
        Path ws = dir.resolve("ws").toAbsolutePath();
        Path brand = repo.resolve("branding/src/main/nbm-branding/core/core.jar/org/netbeans/core/startup/splash.gif");
        Path kept = ws.resolve(".gloss/pages/" + dev.gloss.pdf.raster.PageRasters.VERSION + "/" + sha + "/splash.png");
        launchOnAScreen("paper.pdf", true);
        runs(1);
        Path firstLookArgs = dir.resolve("first-look-args");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(firstLookArgs) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<String> look = Files.readAllLines(firstLookArgs);
        Path install = repo.resolve("target/gloss").toRealPath();
        assertEquals("-splash:" + brand, look.get(0));
        assertEquals(List.of("dev.gloss.desktop.reader.open.FirstLook", paper.toString(), sha, ws.toString(),
                dir.resolve("user").toAbsolutePath().toString()), look.subList(look.size() - 5, look.size()));
        assertEquals(Files.readString(install.resolve("first-look.classpath")).strip(), look.get(look.indexOf("-cp") + 1));
        assertTrue(look.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("cache"))),
                "its classes archived by its first run: " + look);
        assertTrue(look.stream().anyMatch(a -> a.startsWith("-Dgloss.firstLook.drawn=" + dir.resolve("cache"))),
                "which marks the archive once it has drawn a page: " + look);
        String pid = Files.readString(Path.of(firstLookArgs + ".pid")).strip();
        List<String> app = Files.readAllLines(dir.resolve("app-args"));
        assertTrue(app.contains("--nosplash"), app.toString());
        assertFalse(app.stream().anyMatch(a -> a.startsWith("-J-splash:")), "no splash of its own: " + app);
        assertTrue(app.contains("-J-Dgloss.firstLook=" + kept), app.toString());
        assertTrue(app.contains("-J-Dgloss.firstLook.pid=" + pid), app.toString());

        // without a screen: no first look, the application's JVM shows Gloss's picture
        Files.delete(firstLookArgs);
        launchOnAScreen("paper.pdf", false);
        runs(2);
        app = Files.readAllLines(dir.resolve("app-args"));
        assertTrue(app.contains("-J-splash:" + brand), app.toString());
        assertFalse(app.stream().anyMatch(a -> a.startsWith("-J-Dgloss.firstLook")), app.toString());

        // the file's last view kept: shown by the application's JVM at once, no first look
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, "a picture");
        launchOnAScreen("paper.pdf", true);
        runs(3);
        app = Files.readAllLines(dir.resolve("app-args"));
        assertTrue(app.contains("-J-splash:" + kept), app.toString());
        assertFalse(app.stream().anyMatch(a -> a.startsWith("-J-Dgloss.firstLook")), app.toString());
        assertFalse(Files.exists(firstLookArgs), "no first look");
    }

    /**
     * A Java of 25 or later (by its release file) keeps the first look's classes loaded and linked
     * ahead of time: its first run that draws a page makes the cache, the next ones use it. An
     * older one archives them as before.
     */
    @Test
    void aJavaOf25OrLaterKeepsTheFirstLooksClassesAheadOfTime() throws Exception {
        Path release = dir.resolve("jdk/release");
        Files.writeString(release, "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"17.0.15\"\n");
        List<String> look = firstLook(1);
        assertTrue(look.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=") && a.endsWith(".jsa")), look.toString());

        Files.writeString(release, "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"25.0.2\"\n");
        look = firstLook(2);
        String cache = look.stream().filter(a -> a.startsWith("-XX:AOTCacheOutput=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cache made: " + String.join(" ", firstLookArgs())))
                .substring("-XX:AOTCacheOutput=".length());
        assertTrue(cache.startsWith(dir.resolve("cache").toString()) && cache.endsWith(".aot"), cache);
        assertTrue(look.contains("-Dgloss.firstLook.drawn=" + cache + ".drawn"), look.toString());
        assertFalse(look.stream().anyMatch(a -> a.contains("SharedArchive") || a.contains("ArchiveClasses")), look.toString());

        Files.writeString(Path.of(cache), "a cache"); // as that first look would have made and marked it
        Files.writeString(Path.of(cache + ".drawn"), "");
        look = firstLook(3);
        assertTrue(look.contains("-XX:AOTCache=" + cache), look.toString());
        assertTrue(look.contains("-Dgloss.firstLook.archived=" + cache + ".drawn"), "unmarked if it cannot be used: " + look);
        assertFalse(look.stream().anyMatch(a -> a.startsWith("-XX:AOTCacheOutput") || a.startsWith("-Dgloss.firstLook.drawn")),
                look.toString());
    }

    private List<String> firstLookArgs() {
        try {
            return Files.readAllLines(dir.resolve("first-look-args"));
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    /** The arguments of the first look of the {@code n}th launch of the paper, on a screen. */
    private List<String> firstLook(int n) throws Exception {
        Path firstLookArgs = dir.resolve("first-look-args");
        Files.deleteIfExists(firstLookArgs);
        launchOnAScreen("paper.pdf", true);
        runs(n);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(firstLookArgs) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return Files.readAllLines(firstLookArgs);
    }

    /** The applications started so far: each one's installation and build. */
    private List<String> runs(int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<String> lines = Files.exists(runs) ? Files.readAllLines(runs) : List.of();
            if (lines.size() >= expected) {
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not " + expected + " applications started; launcher said: "
                + Files.readString(dir.resolve("launcher.log")));
    }

    private void changeSources() throws IOException {
        Files.setLastModifiedTime(repo.resolve("modules/m/src/main/java/A.java"), FileTime.from(Instant.now().plusSeconds(5)));
    }

    @Test
    void twoLaunchesWhileTheSourcesChangedBuildOnceAndOneAtATime() throws Exception {
        launch();
        Thread.sleep(300); // the first holds the lock
        launch();
        List<String> apps = runs(2);
        List<String> log = Files.readAllLines(builds);
        assertEquals(List.of("start", "end"), log.stream().map(l -> l.split(" ")[0]).toList(),
                "one build, not two at once: " + log);
        assertEquals(apps.get(0), apps.get(1), "both run the one installation built");
        assertTrue(apps.get(0).endsWith(" build 1"), apps.toString());
        assertTrue(Files.readString(dir.resolve("launcher.log")).contains("another ./gloss is building; waiting"));
        assertFalse(Files.exists(repo.resolve("target/.build.lock")) && isLockedNow(), "the lock is free once both launched");
    }

    /** Whether some process holds the build lock (flock -n fails). */
    private boolean isLockedNow() throws Exception {
        Process p = new ProcessBuilder("flock", "-n", repo.resolve("target/.build.lock").toString(), "true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.exitValue() != 0;
    }

    @Test
    void aRunningApplicationKeepsItsInstallationWhileANewBuildIsInstalledBesideIt() throws Exception {
        launch();
        String first = runs(1).get(0);
        Path firstInstall = Path.of(first.split(" ")[0]).getParent();
        assertEquals(firstInstall, repo.resolve("target/gloss").toRealPath());

        changeSources();
        launch();
        String second = runs(2).get(1);
        Path secondInstall = Path.of(second.split(" ")[0]).getParent();
        assertNotEquals(firstInstall, secondInstall);
        assertTrue(second.endsWith(" build 2"), second);
        assertEquals(secondInstall, repo.resolve("target/gloss").toRealPath(), "the launcher switched to the new build");
        // what the first application runs from was not rewritten under it
        assertEquals("build 1", Files.readString(firstInstall.resolve("app/version.txt"), StandardCharsets.UTF_8).strip());
        assertEquals("cli 1", Files.readString(firstInstall.resolve("cli/lib/gloss-cli-1.0-SNAPSHOT.jar")).strip());
        assertEquals(firstInstall.resolve("cli/lib/gloss-cli-1.0-SNAPSHOT.jar") + ":" + firstInstall.resolve("cli/lib/dep.jar"),
                Files.readString(firstInstall.resolve("cli/classpath")).strip(), "the CLI's own copies, not the build's");

        // a third build while the first still runs: its installation is kept, being in use
        changeSources();
        launch();
        runs(3);
        assertTrue(Files.isDirectory(firstInstall), "an installation in use is never removed");

        // once nothing runs from it, the next build removes it (keeping the current and the one before)
        Files.writeString(stop, "");
        for (Process p : started) {
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        Files.delete(stop);
        changeSources();
        launch();
        runs(4);
        assertFalse(Files.exists(firstInstall), "an old installation nothing runs from is removed");
        assertTrue(Files.isDirectory(secondInstall.getParent()) && Files.list(secondInstall.getParent()).count() == 2,
                "the current installation and the one before it");
    }

    /** A JVM that takes open requests in the test's user directory, started as the platform's launcher starts Gloss. */
    private Process runningGloss(boolean deaf) throws Exception {
        Path user = dir.resolve("user").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:HeapDumpPath=" + user + "/var/log/heapdump.hprof", "-cp", System.getProperty("java.class.path"),
                OpenRequestsProbe.class.getName(), user.toString()));
        if (deaf) {
            cmd.add("deaf");
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start(); // its log is not its answer
        started.add(p);
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine());
        probeOutput = out;
        return p;
    }

    private java.io.BufferedReader probeOutput;

    @Test
    void aFileIsHandedToTheRunningGlossWithinMillisecondsWithoutASecondLaunch() throws Exception {
        launch();
        runs(1); // built, and the application launched once
        Files.writeString(stop, "");
        Files.writeString(repo.resolve("other paper.pdf"), "%PDF-1.4");
        Process gloss = runningGloss(false);
        long t = System.nanoTime();
        Process second = launch("other paper.pdf");
        assertTrue(second.waitFor(30, TimeUnit.SECONDS));
        double ms = (System.nanoTime() - t) / 1e6;
        assertEquals(0, second.exitValue());
        assertEquals("open " + repo.resolve("other paper.pdf").toRealPath(), probeOutput.readLine());
        assertEquals(1, runs(1).size(), "no second application was launched");
        assertTrue(ms < 2_000, "handed over in " + ms + " ms");
        assertEquals(List.of("owner"), Files.list(dir.resolve("user").resolve(dev.gloss.desktop.core.OpenRequests.FOLDER))
                .map(f -> f.getFileName().toString()).toList(), "nothing left in the folder of requests");
        gloss.destroy();
        gloss.waitFor(10, TimeUnit.SECONDS);

        // the owner is gone (crashed): its stale file sends the launch the usual way
        Files.delete(stop);
        Process late = launch("other paper.pdf");
        assertEquals(2, runs(2).size(), "launched as usual: " + Files.readString(dir.resolve("launcher.log")));
        Files.writeString(stop, "");
        assertTrue(late.waitFor(30, TimeUnit.SECONDS));
    }

    @Test
    void aRequestNobodyTakesIsTakenBackAndTheLaunchGoesOn() throws Exception {
        launch();
        runs(1);
        runningGloss(true); // alive and named as Gloss, but it takes nothing
        launch("paper.pdf");
        assertEquals(2, runs(2).size(), "launched as usual after the wait");
        assertEquals(List.of("owner"), Files.list(dir.resolve("user").resolve(dev.gloss.desktop.core.OpenRequests.FOLDER))
                .map(f -> f.getFileName().toString()).toList(), "the request was taken back");
    }
}
