package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.demo.DemoPaper;
import dev.gloss.testing.Corpus;
import dev.gloss.testing.PdfMutator;
import dev.gloss.testing.RawPdf;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing, kept in {@code ./test} (issue 23, item 9), with a fixed seed so a failure is found
 * again: PDFs of the shared corpus (and generated ones) damaged by {@link PdfMutator} through
 * {@code info}, {@code text} and {@code render}; random search queries; workspace files with
 * random bytes, wrong types and deep nesting. Every case ends with exit 0 or 2, stderr holds only
 * {@code gloss:} lines (no stack trace, no class name), no case is over its time budget, and a
 * workspace file Gloss could not read is left exactly as it was.
 * <p>
 * {@code -Dgloss.fuzz.cases=N} runs N damaged PDFs instead of 100 (the sweep behind the README's
 * reliability numbers), {@code -Dgloss.fuzz.seed=S} another seed.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("gloss.fuzz.seed", 23);
    private static final int PDF_CASES = Integer.getInteger("gloss.fuzz.cases", 100);
    /** Per command: well past the opener's own bound (set to 5 s here), far below a hang. */
    private static final long BUDGET_MS = 20_000;
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|org|com|dev)\\.[a-z]\\w*\\.[\\w.$]*[A-Z]\\w*");
    private static String openTimeout;

    @TempDir
    Path dir;

    @BeforeAll
    static void quickerOpenBound() {
        openTimeout = System.getProperty("gloss.pdf.openTimeoutSeconds");
        System.setProperty("gloss.pdf.openTimeoutSeconds", "5");
    }

    @AfterAll
    static void restoreOpenBound() {
        if (openTimeout == null) {
            System.clearProperty("gloss.pdf.openTimeoutSeconds");
        } else {
            System.setProperty("gloss.pdf.openTimeoutSeconds", openTimeout);
        }
    }

    /** Runs one case: exit 0 or 2, only gloss: lines on stderr, within the budget. */
    private static CliRun check(String what, String stdin, String... argv) {
        long start = System.nanoTime();
        CliRun r = CliRun.withStdin(stdin, argv);
        long ms = (System.nanoTime() - start) / 1_000_000;
        String where = what + " " + String.join(" ", argv) + "\n" + r.err();
        assertTrue(r.code() == 0 || r.code() == 2, "exit " + r.code() + ": " + where);
        for (String line : r.err().lines().toList()) {
            assertTrue(line.startsWith("gloss: "), "a line that is not Gloss's: " + where);
            assertTrue(!line.contains("\tat ") && !CLASS_NAME.matcher(line).find(), "a stack trace or class name: " + where);
        }
        assertTrue(ms < BUDGET_MS, "over its budget (" + ms + " ms): " + where);
        return r;
    }

    /** The PDFs to damage: the corpus when present, and always a few generated ones. */
    private List<Path> seeds() throws IOException {
        List<Path> out = new ArrayList<>();
        Path demo = dir.resolve(DemoPaper.FILE_NAME);
        DemoPaper.write(demo);
        out.add(demo);
        out.add(new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>")
                .object(2, "<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 2 >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> /Annots [8 0 R] >>")
                .stream(4, "", "BT /F1 12 Tf 20 100 Td (Generated page one) Tj ET")
                .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
                .object(6, "<< /Type /Outlines /First 9 0 R /Last 9 0 R /Count 1 >>")
                .object(7, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources 3 0 R >>")
                .object(8, "<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /Dest [7 0 R /Fit] >>")
                .object(9, "<< /Title (One) /Parent 6 0 R /Dest [3 0 R /Fit] >>")
                .write(dir.resolve("generated.pdf"), 1));
        if (Corpus.present()) {
            try (Stream<Path> s = Files.walk(Corpus.root())) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void damagedPdfsThroughInfoTextAndRender() throws Exception {
        Random random = new Random(SEED);
        PdfMutator mutator = new PdfMutator(random);
        List<Path> seeds = seeds();
        Map<String, Integer> outcomes = new TreeMap<>();
        Path out = dir.resolve("page.png");
        for (int i = 0; i < PDF_CASES; i++) {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            PdfMutator.Mutant m = mutator.mutate(Files.readAllBytes(seed));
            Path file = dir.resolve("case-" + i + ".pdf");
            Files.write(file, m.bytes());
            String what = "case " + i + " (" + m.kind() + " of " + seed.getFileName() + ", seed " + SEED + ")";
            CliRun info = check(what, "", "info", file.toString(), "--json");
            check(what, "", "text", file.toString(), "--pages", "1-2");
            check(what, "", "render", file.toString(), "--page", "1", "--dpi", "20", "--out", out.toString());
            outcomes.merge(info.code() == 0 ? "opened" : "refused: " + info.err().strip(), 1, Integer::sum);
            Files.delete(file);
        }
        System.out.println("fuzz: " + PDF_CASES + " damaged PDFs (seed " + SEED + "), 3 commands each:");
        outcomes.forEach((k, v) -> System.out.println("  " + v + "  " + k));
        assertEquals(PDF_CASES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void randomSearchQueries() throws Exception {
        String ws = dir.resolve("ws").toString();
        Random random = new Random(SEED);
        String[] pieces = {"\"", "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "^", "\\", "/", "AND", "OR", "NOT", "+", "-",
            "!", "&&", "||", "author:", "tag:", "color:", "type:", "paper:", "page:", "year:", "title:", "attention", "gloss",
            "2017", "1-", "..", "\u00e9t\u00e9", "\u65e5\u672c", "\ud83d\ude00", " ", " ", " ", "\t", "%", "$", "#", "'", ","};
        int cases = 120;
        for (int i = 0; i < cases; i++) {
            StringBuilder q = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                q.append(pieces[random.nextInt(pieces.length)]);
            }
            if (i % 20 == 7) {
                q.append("x".repeat(10_000 + random.nextInt(50_000)));
            }
            if (i % 20 == 13) {
                q.append("(".repeat(2_000));
            }
            String query = q.toString().isBlank() ? "\"" : q.toString();
            check("query " + i + " (seed " + SEED + ")", "", "--workspace", ws, "search", query, "--limit", "5");
        }
    }

    @Test
    void damagedWorkspaceFiles() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, CliRun.of("--workspace", ws.toString(), "papers").code());
        Path thread = dir.resolve("thread.txt");
        Files.writeString(thread, "A post about the paper.\n---\nA second post.");
        assertEquals(0, CliRun.of("--workspace", ws.toString(), "thread", "new", "--platform", "bluesky", "--file", thread.toString()).code());
        assertEquals(0, CliRun.of("--workspace", ws.toString(), "accounts", "add", "x", "--handle", "gloss_dev").code());
        List<Path> files;
        try (Stream<Path> s = Files.walk(ws)) {
            files = s.filter(p -> p.toString().endsWith(".json") && !ws.relativize(p).startsWith(".gloss")).sorted().toList();
        }
        assertTrue(files.size() >= 4, files.toString());
        Random random = new Random(SEED);
        List<List<String>> commands = List.of(List.of("papers"), List.of("papers", "--json"), List.of("thread", "list"),
                List.of("queue", "list"), List.of("accounts", "list"), List.of("annotations", "list"), List.of("search", "paper"),
                List.of("index"));
        int cases = 80;
        for (int i = 0; i < cases; i++) {
            Path file = files.get(random.nextInt(files.size()));
            byte[] original = Files.readAllBytes(file);
            byte[] damaged = damage(original, random);
            Files.write(file, damaged);
            List<String> argv = new ArrayList<>(List.of("--workspace", ws.toString()));
            argv.addAll(commands.get(random.nextInt(commands.size())));
            check("workspace case " + i + " (" + ws.relativize(file) + ", seed " + SEED + ")", "", argv.toArray(String[]::new));
            assertTrue(Arrays.equals(damaged, Files.readAllBytes(file)), "Gloss wrote over a file it could not read: " + file);
            Files.write(file, original);
        }
        assertTrue(Workspace.open(ws).problems().isEmpty(), "every file reads again once restored");
    }

    /** Random bytes, wrong types, deep nesting, a truncation, an empty file, or JSON of another shape. */
    private static byte[] damage(byte[] json, Random random) {
        String s = new String(json, StandardCharsets.UTF_8);
        return switch (random.nextInt(8)) {
            case 0 -> {
                byte[] b = new byte[random.nextInt(2_000)];
                random.nextBytes(b);
                yield b;
            }
            case 1 -> s.replaceFirst(":\\s*\"[^\"]*\"", ": 42").getBytes(StandardCharsets.UTF_8);
            case 2 -> s.replaceFirst(":\\s*\\[", ": \"not a list\", \"x\": [").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
            case 5 -> Arrays.copyOf(json, random.nextInt(Math.max(1, json.length)));
            case 6 -> new byte[0];
            default -> (random.nextBoolean() ? "null" : "[1, 2, {\"id\": null}]").getBytes(StandardCharsets.UTF_8);
        };
    }
}
