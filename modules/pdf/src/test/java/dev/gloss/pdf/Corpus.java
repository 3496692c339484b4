package dev.gloss.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The entries of the shared corpus's MANIFEST.tsv ({@link dev.gloss.testing.Corpus}) and the poppler tools. */
final class Corpus {
    /** One line of MANIFEST.tsv. */
    record Entry(String file, Integer pages, String password) {
        Path path() {
            return root().resolve(file);
        }

        boolean malformed() {
            return file.startsWith("malformed/") && pages == null;
        }
    }

    private Corpus() {
    }

    static Path root() {
        return dev.gloss.testing.Corpus.root();
    }

    /** The corpus entries; skips the calling test when the corpus is absent. */
    static List<Entry> entries() throws IOException {
        Path manifest = root().resolve("MANIFEST.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(manifest), "corpus not present at " + root());
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 7 || f[0].equals("file")) {
                continue;
            }
            Integer pages = f[5].matches("\\d+") ? Integer.valueOf(f[5]) : null;
            out.add(new Entry(f[0], pages, f[6]));
        }
        return out;
    }

    static Path file(String name) {
        return dev.gloss.testing.Corpus.file(name);
    }

    /** Runs a poppler tool; skips the test when it is not installed. */
    static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            Assumptions.abort(command[0] + " is not installed: " + e.getMessage());
            throw e;
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command[0] + " did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
