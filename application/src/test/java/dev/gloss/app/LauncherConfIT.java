package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher configuration's class-data sharing, sourced by {@code sh} as the launcher does:
 * which JVM options it picks for which JDK and archive.
 */
class LauncherConfIT {
    private static final Path CONF = Path.of("src/main/resources/gloss.conf");
    @TempDir
    Path dir;
    private Path install;
    private Path cache;

    @BeforeEach
    void installation() throws IOException {
        install = Files.createDirectories(dir.resolve("gloss-install"));
        Files.createDirectories(install.resolve("platform"));
        Files.createDirectories(install.resolve("gloss"));
        Files.writeString(install.resolve("platform/.lastModified"), "");
        Files.writeString(install.resolve("gloss/.lastModified"), "");
        cache = dir.resolve("cache");
    }

    private Path jdk(String name, String version, boolean baseArchive) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(home.resolve("lib/server"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
        Files.writeString(home.resolve("lib/modules"), "");
        if (baseArchive) {
            Files.writeString(home.resolve("lib/server/classes.jsa"), "");
        }
        return home;
    }

    /** The options the launcher would pass, with the given arguments. */
    private String options(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "BASEDIR=\"$1\"; DEFAULT_CACHEDIR_ROOT=\"$2\"; "
                + "DEFAULT_USERDIR_ROOT=\"$2\"; shift 2; . \"$0\"; printf '%s' \"$default_options\"",
                CONF.toAbsolutePath().toString(), install.toString(), dir.resolve("root").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PATH", "/usr/bin:/bin");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static String archiveOption(String options, String flag) {
        for (String o : options.split(" ")) {
            if (o.startsWith("-J-XX:" + flag + "=")) {
                return o.substring(("-J-XX:" + flag + "=").length());
            }
        }
        return null;
    }

    @Test
    void java17WritesTheArchiveOnceAndThenUsesItUntilTheJdkOrTheInstallationChanges() throws Exception {
        Path jdk = jdk("jdk17", "17.0.15", true);
        String first = options("--jdkhome", jdk.toString(), "--cachedir", cache.toString());
        String archive = archiveOption(first, "ArchiveClassesAtExit");
        assertTrue(archive != null && archive.startsWith(cache + "/cds-") && archive.endsWith(".jsa"), first);
        assertTrue(first.contains("-J-Xlog:cds=off -J-Xlog:cds+dynamic=off"), first);
        assertTrue(first.startsWith("--branding gloss "), "the options before it are kept: " + first);

        Files.writeString(Path.of(archive), "an archive"); // what the session writes at its exit
        String second = options("--jdkhome", jdk.toString(), "--cachedir", cache.toString());
        assertEquals(archive, archiveOption(second, "SharedArchiveFile"), second);
        assertEquals(null, archiveOption(second, "ArchiveClassesAtExit"));

        // the JDK was updated in place: its modules are newer than the archive, which is made again
        Files.setLastModifiedTime(jdk.resolve("lib/modules"), FileTime.from(Instant.now().plusSeconds(60)));
        String updated = options("--jdkhome", jdk.toString(), "--cachedir", cache.toString());
        assertEquals(archive, archiveOption(updated, "ArchiveClassesAtExit"), updated);
        assertFalse(Files.exists(Path.of(archive)), "the stale archive is removed");

        // and a new build of the application (its cluster's stamp) as well
        Files.writeString(Path.of(archive), "an archive");
        Files.setLastModifiedTime(jdk.resolve("lib/modules"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(install.resolve("gloss/.lastModified"), FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(archive, archiveOption(options("--jdkhome", jdk.toString(), "--cachedir", cache.toString()),
                "ArchiveClassesAtExit"));
    }

    @Test
    void eachJdkAndInstallationHasItsOwnArchive() throws Exception {
        String a = archiveOption(options("--jdkhome", jdk("jdk-a", "17.0.1", true).toString(), "--cachedir",
                cache.toString()), "ArchiveClassesAtExit");
        String b = archiveOption(options("--jdkhome", jdk("jdk-b", "17.0.2", true).toString(), "--cachedir",
                cache.toString()), "ArchiveClassesAtExit");
        assertFalse(a.equals(b), a);
    }

    @Test
    void java19AndLaterKeepTheArchiveThemselves() throws Exception {
        for (String version : new String[] {"19.0.2", "21", "25.0.1"}) {
            String o = options("--jdkhome", jdk("jdk" + version, version, true).toString(), "--cachedir", cache.toString());
            assertTrue(o.contains("-J-XX:+AutoCreateSharedArchive -J-XX:SharedArchiveFile=" + cache + "/cds-"), o);
        }
    }

    @Test
    void noArchiveWhereItCannotWork() throws Exception {
        // a JDK without its base archive (a jlink image, say) cannot write one: it would not even start
        assertFalse(options("--jdkhome", jdk("jlinked", "17.0.15", false).toString()).contains("Archive"));
        // Java 11 knows none of these options
        assertFalse(options("--jdkhome", jdk("jdk11", "11.0.20", true).toString()).contains("Archive"));
        // the options are split at spaces
        assertFalse(options("--jdkhome", jdk("jdk17", "17.0.15", true).toString(), "--cachedir",
                dir.resolve("a cache").toString()).contains("Archive"));
    }

    @Test
    void archivesNoStartReadForAWeekAreRemoved() throws Exception {
        // each build is an installation of its own (./gloss), so each leaves an archive behind
        Files.createDirectories(cache);
        Path old = Files.writeString(cache.resolve("cds-111.jsa"), "an old build's archive");
        Path recent = Files.writeString(cache.resolve("cds-222.jsa"), "another installation's, read yesterday");
        Files.setAttribute(old, "lastAccessTime", FileTime.from(Instant.now().minusSeconds(8 * 86_400)));
        Files.setAttribute(recent, "lastAccessTime", FileTime.from(Instant.now().minusSeconds(86_400)));
        options("--jdkhome", jdk("jdk17", "17.0.15", true).toString(), "--cachedir", cache.toString());
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
    }
}
