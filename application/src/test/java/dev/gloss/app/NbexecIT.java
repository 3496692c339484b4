package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gloss's nbexec ({@code src/launcher/nbexec}, which {@code ./gloss} installs in the place of the
 * platform's) starts Java with exactly the command line the platform's own nbexec does, option by
 * option, in the cases a start meets; and hands the unusual ones to the platform's. Both run here
 * side by side in one installation against a stand-in for Java that writes down its arguments.
 */
class NbexecIT {
    private static final Path PLATFORM_LIB = Path.of("target/gloss/platform/lib");
    private static final Path OURS = Path.of("src/launcher/nbexec");
    @TempDir
    Path dir;
    private Path lib;
    private Path jdk;
    private Path user;

    @BeforeEach
    void installation() throws IOException {
        lib = Files.createDirectories(dir.resolve("app/platform/lib"));
        try (Stream<Path> files = Files.list(PLATFORM_LIB)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, lib.resolve(f.getFileName()));
                }
            }
        }
        Files.move(lib.resolve("nbexec"), lib.resolve("nbexec.platform"));
        Files.copy(OURS, lib.resolve("nbexec"), StandardCopyOption.REPLACE_EXISTING);
        jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = jdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$GLOSS_TEST_ARGS\"\n");
        java.toFile().setExecutable(true);
        jdk = jdk.getParent();
        user = Files.createDirectories(dir.resolve("user"));
    }

    /** The arguments Java was started with by {@code nbexec} ({@code lib/nbexec} or the platform's). */
    private List<String> javaArgs(String nbexec, Map<String, String> env, String... args) throws Exception {
        Path out = dir.resolve(nbexec + ".args");
        Files.deleteIfExists(out);
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", lib.resolve(nbexec).toString()));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("KDE_FULL_SESSION");
        pb.environment().remove("GNOME_DESKTOP_SESSION_ID");
        pb.environment().put("DISPLAY", ":99");
        pb.environment().put("GLOSS_TEST_ARGS", out.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), said);
        assertTrue(Files.exists(out), "Java was started: " + said);
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private void assertSameStart(Map<String, String> env, String... args) throws Exception {
        List<String> platform = javaArgs("nbexec.platform", env, args);
        List<String> ours = javaArgs("nbexec", env, args);
        assertEquals(platform, ours);
    }

    @Test
    void aStartAsTheLauncherMakesItGetsThePlatformsCommandLine() throws Exception {
        Path file = Files.writeString(dir.resolve("a paper.pdf"), "%PDF-1.4");
        // as bin/gloss calls it: Java given, the clusters, the folders, the configuration's options, the files
        assertSameStart(Map.of(), "--jdkhome", jdk.toString(), "--clusters", dir + "/app/etc:" + dir + "/app/platform:" + dir + "/app/gloss:",
                "--userdir", user.toString(), "--cachedir", dir.resolve("cache").toString(), "--branding", "gloss",
                "-J-Dnetbeans.default_userdir_root=" + dir.resolve("root"), "-J-Xms256m", "-J-Xmx2g",
                "-J--add-opens=java.base/java.net=ALL-UNNAMED", "-J-Dgloss.workspace=" + dir.resolve("my workspace"),
                "--nosplash", "-J-splash:" + dir.resolve("splash.png"), file.toString());
    }

    @Test
    void javaFromTheEnvironmentTheCacheInTheUserDirectoryAndThePlatformsSplash() throws Exception {
        // no Java given (JAVA_HOME), no cache folder (the user directory's), the platform's splash there
        Files.createDirectories(user.resolve("var/cache"));
        Files.writeString(user.resolve("var/cache/splash.png"), "");
        assertSameStart(Map.of("JAVA_HOME", jdk.toString()), "--jdkhome", "", "--clusters", dir + "/app/platform:",
                "--userdir", user.toString(), "--branding", "gloss", "-J-Xmx1g");
        // a heap dump of last time is kept aside, as the platform's does; one given is not replaced
        Files.createDirectories(user.resolve("var/log"));
        Files.writeString(user.resolve("var/log/heapdump.hprof"), "dump");
        List<String> ours = javaArgs("nbexec", Map.of(), "--jdkhome", jdk.toString(), "--userdir", user.toString(),
                "-J-XX:HeapDumpPath=" + dir.resolve("dumps"));
        assertTrue(Files.exists(user.resolve("var/log/heapdump.hprof.old")));
        assertEquals(1, ours.stream().filter(a -> a.startsWith("-XX:HeapDumpPath=")).count(), ours.toString());
    }

    @Test
    void theUnusualIsLeftToThePlatformsNbexec() throws Exception {
        // updates waiting in the user directory: the platform's nbexec (which would run its updater)
        Files.createDirectories(user.resolve("update/deactivate"));
        Path platformSays = dir.resolve("platform-ran");
        Files.writeString(lib.resolve("nbexec.platform"), "#!/bin/sh\necho \"$@\" > \"" + platformSays + "\"\n");
        Path out = dir.resolve("nbexec.args");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", lib.resolve("nbexec").toString(), "--jdkhome", jdk.toString(),
                "--userdir", user.toString(), "--branding", "gloss").redirectErrorStream(true);
        pb.environment().put("GLOSS_TEST_ARGS", out.toString());
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("--jdkhome " + jdk + " --userdir " + user + " --branding gloss", Files.readString(platformSays).strip());
        assertTrue(!Files.exists(out), "Java not started by ours");
    }
}
