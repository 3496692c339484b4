package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gloss's bin/gloss ({@code src/launcher/gloss}, which {@code ./gloss} installs in the place of the
 * platform's) calls nbexec with exactly the arguments and screen scale the platform's launcher
 * script does, reading the same configuration, for the starts a user makes. Both run here side by
 * side in one installation whose nbexec writes down what it was given.
 */
class LauncherScriptIT {
    private static final Path APP = Path.of("target/gloss");
    private static final Path OURS = Path.of("src/launcher/gloss");
    @TempDir
    Path dir;
    private Path app;
    private Path tools;

    @BeforeEach
    void installation() throws IOException {
        app = dir.resolve("app");
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("platform/lib"));
        Files.createDirectories(app.resolve("gloss"));
        Files.writeString(app.resolve("platform/.lastModified"), "");
        Files.writeString(app.resolve("gloss/.lastModified"), "");
        Files.createDirectories(app.resolve("etc"));
        try (Stream<Path> etc = Files.list(APP.resolve("etc"))) {
            for (Path f : etc.toList()) {
                Files.copy(f, app.resolve("etc").resolve(f.getFileName()));
            }
        }
        Files.copy(APP.resolve("bin/gloss"), app.resolve("bin/gloss.platform"));
        Files.copy(OURS, app.resolve("bin/gloss"));
        app.resolve("bin/gloss").toFile().setExecutable(true);
        Path nbexec = app.resolve("platform/lib/nbexec");
        Files.writeString(nbexec, "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$GLOSS_TEST_ARGS\"\n"
                + "echo \"GDK_SCALE=$GDK_SCALE\" >> \"$GLOSS_TEST_ARGS\"\n");
        tools = Files.createDirectories(dir.resolve("tools"));
    }

    /** A JDK as the configuration looks at it (its version, its base archive). */
    private Path jdk() throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk 17".replace(' ', '-')));
        Files.createDirectories(home.resolve("lib/server"));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        Files.writeString(home.resolve("lib/modules"), "");
        Files.writeString(home.resolve("lib/server/classes.jsa"), "");
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        home.resolve("bin/java").toFile().setExecutable(true);
        return home;
    }

    /** What nbexec was given (and the screen scale it was given), started the platform's way or ours. */
    private List<String> nbexecArgs(boolean platform, Map<String, String> env, String... args) throws Exception {
        Path out = dir.resolve((platform ? "platform" : "ours") + ".args");
        Files.deleteIfExists(out);
        String launcher = app.resolve("bin/gloss").toString();
        List<String> cmd = new ArrayList<>(platform
                ? List.of("/bin/sh", "-c", ". \"$0.platform\"", launcher) // as it runs: its own name in $0
                : List.of(launcher));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("KDE_FULL_SESSION");
        pb.environment().remove("GDK_SCALE");
        pb.environment().put("HOME", dir.resolve("home").toString());
        pb.environment().put("PATH", tools + ":/usr/bin:/bin");
        pb.environment().put("GLOSS_TEST_ARGS", out.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), said);
        List<String> got = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        got.add("said: " + said.strip());
        return got;
    }

    private void assertSame(Map<String, String> env, String... args) throws Exception {
        assertEquals(nbexecArgs(true, env, args), nbexecArgs(false, env, args));
    }

    @Test
    void aStartAsTheLauncherMakesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a paper.pdf"), "%PDF-1.4");
        assertSame(Map.of(), "--jdkhome", jdk().toString(), "--userdir", dir.resolve("user").toString(),
                "--cachedir", dir.resolve("cache").toString(), "-J-Dgloss.workspace=" + dir.resolve("ws"),
                "--nosplash", "-J-splash:" + dir.resolve("splash.png"), file.toString());
    }

    @Test
    void theDefaultFoldersAndJavaFromThePath() throws Exception {
        Path java = jdk().resolve("bin/java");
        Files.createSymbolicLink(tools.resolve("java"), java);
        assertSame(Map.of());
        assertSame(Map.of(), "--userdir", dir.resolve("elsewhere").toString());
    }

    @Test
    void aScreenAt192DotsPerInchIsScaledTwiceAsTheyAreElsewhere() throws Exception {
        Path xdpyinfo = tools.resolve("xdpyinfo");
        Files.writeString(xdpyinfo, "#!/bin/sh\necho 'screen #0:'\necho '  resolution:    192x192 dots per inch'\n"
                + "echo 'screen #1:'\necho '  resolution:    192x192 dots per inch'\n");
        xdpyinfo.toFile().setExecutable(true);
        List<String> ours = nbexecArgs(false, Map.of(), "--jdkhome", jdk().toString());
        assertTrue(ours.contains("GDK_SCALE=2"), ours.toString());
        assertSame(Map.of(), "--jdkhome", jdk().toString());
        // one screen at 96: no scale
        Files.writeString(xdpyinfo, "#!/bin/sh\necho '  resolution:    192x192 dots per inch'\necho '  resolution:    96x96 dots per inch'\n");
        assertSame(Map.of(), "--jdkhome", jdk().toString());
        assertTrue(nbexecArgs(false, Map.of(), "--jdkhome", jdk().toString()).contains("GDK_SCALE="));
    }
}
