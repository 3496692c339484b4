package dev.gloss.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared PDF corpus, {@code ../shared/corpus} beside the checkout (the parent pom passes it as
 * the system property {@code gloss.corpus}). A test that needs it is skipped, not failed, when it
 * is absent.
 * <pre>{@code
 * Path paper = Corpus.file("research/tracemonkey.pdf");   // skips the test without the corpus
 * }</pre>
 */
public final class Corpus {
    private Corpus() {
    }

    /** The corpus folder (it may not exist). */
    public static Path root() {
        String property = System.getProperty("gloss.corpus");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        // run outside Maven (an IDE): look beside the checkout that holds the working directory
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        return Path.of("../shared/corpus").toAbsolutePath().normalize();
    }

    /** Whether the corpus is there. */
    public static boolean present() {
        return Files.isDirectory(root());
    }

    /** A file of the corpus, e.g. {@code "research/tracemonkey.pdf"}; skips the calling test when it is missing. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "corpus file missing: " + p);
        return p;
    }

    /** A folder of the corpus, e.g. {@code "research"}; skips the calling test when it is missing. */
    public static Path folder(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(p), "corpus folder missing: " + p);
        return p;
    }
}
