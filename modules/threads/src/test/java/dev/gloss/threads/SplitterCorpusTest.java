package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Splitter properties over real paper text extracted with pdftotext from the shared corpus. */
class SplitterCorpusTest {


    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "pdftotext finished");
        return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : "";
    }

    private static boolean hasPdftotext() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void realPaperText() throws Exception {
        Path dir = Corpus.folder("research");
        Assumptions.assumeTrue(hasPdftotext(), "pdftotext absent");
        List<Path> pdfs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
        }
        int checked = 0;
        for (Path pdf : pdfs) {
            String text = pdftotext(pdf).replace("\f", "\n\n");
            if (text.isBlank()) {
                continue;
            }
            // The whole paper for Bluesky; the first pages for the others, whose counting goes
            // through twitter-text (about a millisecond per count) or is similar.
            String head = text.substring(0, Math.min(text.length(), 6_000));
            for (Platform p : Platform.values()) {
                String input = p == Platform.BLUESKY ? text : head;
                // Words are kept intact unless some word is longer than the limit (pdftotext can
                // glue columns into one long token) or the text is CJK.
                boolean intact = input.codePoints().noneMatch(BreakMap::spaceless)
                        && Stream.of(input.split("\\s+")).allMatch(w -> PlatformRules.of(p).fits(w + " 99/99"));
                SplitterTest.checkSplit(input, PlatformRules.of(p), true, intact);
                SplitterTest.checkSplit(input, PlatformRules.of(p), false, intact);
            }
            checked++;
        }
        assertTrue(checked > 0, "at least one paper's text was checked");
    }
}
