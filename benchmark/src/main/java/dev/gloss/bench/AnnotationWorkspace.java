package dev.gloss.bench;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.TextPositionSelector;
import dev.gloss.workspace.TextQuoteSelector;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated workspace of many annotations across many papers, written in the workspace's own
 * layout ({@code papers/<id>/paper.json}, {@code papers/<id>/annotations/<id>.json}) so that
 * {@link Workspace#open} reads it as it reads a user's. The files are written plainly (not through
 * {@code Workspace.save}, which forces every file to disk): making the input is not measured.
 * <p>
 * The mix looks like a year of reading: quotes of 3 to 60 words (a third wrap to two lines in
 * a side window), a note on a quarter, zero to three tags out of 40, yellow most common, pages
 * in reading order.
 */
final class AnnotationWorkspace {
    private static final String[] WORDS = ("fine-tuning layers probe gradient weights attention loss transfer "
            + "representation rank update behaviour model training data the of a in to and that we show results "
            + "baseline pretrained network parameters low-rank adapter evaluation benchmark accuracy tokens "
            + "corpus objective scaling emergent calibration retrieval sparse dense embedding alignment").split(" ");
    private static final String[] COLORS = {"yellow", "yellow", "yellow", "green", "blue", "red", "purple", "magenta",
        "orange", "gray"};

    private AnnotationWorkspace() {
    }

    /** Writes the workspace into {@code dir} (which must not hold one yet) and returns it. */
    static Path write(Path dir, int annotations, int paperCount, long seed) throws IOException {
        Workspace.open(dir); // the manifest, as a real workspace has
        Random random = new Random(seed);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < paperCount; i++) {
            String sha = String.format(Locale.ROOT, "%016x", 0x5eed000000000000L + i) + "0".repeat(48);
            Paper p = new Paper(sha.substring(0, 16), title(random, i), List.of("A. Author", "B. Author"),
                    2015 + random.nextInt(12), null, null, null, null, List.of(), "paper.pdf", 8 + random.nextInt(30),
                    sha, Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofHours(i)));
            papers.add(p);
            Path folder = dir.resolve("papers").resolve(p.id());
            Files.createDirectories(folder.resolve("annotations"));
            Files.write(folder.resolve("paper.json"), Json.pretty(p));
        }
        Instant start = Instant.parse("2025-02-01T09:00:00Z");
        for (int i = 0; i < annotations; i++) {
            Paper p = papers.get(random.nextInt(paperCount));
            int page = 1 + random.nextInt(p.pages());
            String quote = words(random, 3 + random.nextInt(random.nextInt(4) == 0 ? 58 : 22));
            String note = random.nextInt(4) == 0 ? words(random, 4 + random.nextInt(16)) : null;
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                String tag = "tag" + random.nextInt(40);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            int start0 = page * 4000 + random.nextInt(3800);
            double top = 720 - random.nextInt(600);
            Instant created = start.plus(Duration.ofMinutes(47L * i));
            String id = String.format(Locale.ROOT, "%010d%010d", created.toEpochMilli() / 1000, i);
            Annotation a = new Annotation(id, p.id(), AnnotationType.HIGHLIGHT, page, COLORS[random.nextInt(COLORS.length)],
                    new TextQuoteSelector(quote, "", ""), new TextPositionSelector(start0, start0 + quote.length()),
                    List.of(Quad.ofRect(72, top - 12, 300, top)), null, null, note, tags, "me", null, created,
                    random.nextInt(5) == 0 ? created.plus(Duration.ofDays(3)) : null);
            Files.write(dir.resolve("papers").resolve(p.id()).resolve("annotations").resolve(id + ".json"), Json.pretty(a));
        }
        return dir;
    }

    /**
     * Writes the workspace, waits until its files count as settled, and opens it once, so that
     * its derived cache is there as after any earlier start of the application.
     */
    static Path writeAndCache(Path dir, int annotations, int paperCount, long seed) throws IOException, InterruptedException {
        write(dir, annotations, paperCount, seed);
        settleAndCache(dir);
        return dir;
    }

    /** Waits until the workspace's files count as settled, then opens it once to leave its derived cache. */
    static void settleAndCache(Path dir) throws InterruptedException {
        Thread.sleep(2_100); // files changed less than 2 s before an open are read again by the next one
        cache(dir);
    }

    /** Opens the workspace and reads everything, which leaves its derived cache in {@code .gloss/cache}. */
    static void cache(Path dir) {
        Workspace.open(dir).problems();
    }

    /** Removes the derived cache, as before the first open after the files changed. */
    static void dropCache(Path dir) throws IOException {
        Path cache = dir.resolve(".gloss").resolve("cache");
        if (Files.isDirectory(cache)) {
            try (java.util.stream.Stream<Path> s = Files.list(cache)) {
                for (Path f : s.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static String title(Random random, int i) {
        String w = words(random, 3 + random.nextInt(9));
        return "Paper " + i + ": " + Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
