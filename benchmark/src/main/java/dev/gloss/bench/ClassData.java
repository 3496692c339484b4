package dev.gloss.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A class-data archive for a probe's JVM, as the application's launcher keeps one for the
 * application (see {@code application/src/main/resources/gloss.conf}): one run of the probe
 * writes it at its exit ({@link #writing}), the measured runs map their classes from it
 * ({@link #using}). The probes run on Java 17, which makes archives only this way.
 */
final class ClassData {
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private ClassData() {
    }

    /** JVM options of the run that writes {@code archive} when it exits. */
    static List<String> writing(Path archive) throws java.io.IOException {
        Files.deleteIfExists(archive);
        return List.of("-XX:ArchiveClassesAtExit=" + archive, QUIET.get(0), QUIET.get(1));
    }

    /** JVM options of a run that uses {@code archive} (none if it was not written). */
    static List<String> using(Path archive) {
        return Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, QUIET.get(0), QUIET.get(1)) : List.of();
    }
}
