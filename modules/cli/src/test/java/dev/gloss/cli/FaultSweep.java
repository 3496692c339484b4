package dev.gloss.cli;

import dev.gloss.testing.PdfMutator;
import dev.gloss.testing.RawPdf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The fault sweep whose numbers are in the README's reliability section (issue 23): every PDF of
 * the shared corpus, a few crafted pdf.js-like files (a page tree of 200,000 pages, a tree that
 * contains itself, a kid that is not a page, an empty file, HTML named .pdf) and
 * {@code MUTANTS} damaged copies of each corpus file under 2 MB ({@link PdfMutator}, seed 23),
 * each through {@code info}, {@code text --pages 1-3} and {@code render --page 1}, in-process with
 * a 60 s budget a command. It prints the exit codes, the refusals by sentence, the slowest case
 * and every defect (a stack trace or class name on stderr, exit 1, a case over its budget). Not a
 * test: {@link FuzzTest} keeps a smaller, faster part of it in {@code ./test}. Run after
 * {@code mvn -o -q -pl modules/cli -am package -DskipTests}:
 * <pre>
 * java -Djava.awt.headless=true -cp modules/cli/target/test-classes:modules/cli/target/gloss-cli-1.0-SNAPSHOT.jar:$(cat modules/cli/target/classpath.txt):modules/testing/target/gloss-testing-1.0-SNAPSHOT.jar \
 *     dev.gloss.cli.FaultSweep /tmp/sweep 8
 * </pre>
 */
public final class FaultSweep {
    private FaultSweep() {
    }

    public static void main(String[] a) throws Exception {
        Path corpus = dev.gloss.testing.Corpus.root();
        Path work = Path.of(a[0]);
        int mutantsPerFile = Integer.parseInt(a[1]);
        Files.createDirectories(work);
        List<Path> originals;
        try (Stream<Path> s = Files.walk(corpus)) {
            originals = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        List<Path> files = new ArrayList<>(originals);
        // pdf.js-like crafted files: a huge page tree of one page, a tree that contains itself, a kid that is not a page
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < 200000; i++) kids.append("3 0 R ");
        files.add(new RawPdf().object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [" + kids + "] /Count 200000 >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
                .stream(4, "", "BT /F1 12 Tf 20 100 Td (the same page again) Tj ET")
                .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>").write(work.resolve("gen-200000-pages.pdf"), 1));
        files.add(new RawPdf().object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >>").write(work.resolve("gen-tree-contains-itself.pdf"), 1));
        files.add(new RawPdf().object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>").write(work.resolve("gen-kid-not-a-page.pdf"), 1));
        files.add(Files.write(work.resolve("gen-empty.pdf"), new byte[0]));
        files.add(Files.writeString(work.resolve("gen-html.pdf"), "<html><body>404 Not Found</body></html>"));
        PdfMutator m = new PdfMutator(new Random(23));
        Map<String, Integer> kinds = new TreeMap<>();
        for (Path o : originals) {
            if (Files.size(o) > 2_000_000) continue;
            byte[] b = Files.readAllBytes(o);
            for (int i = 0; i < mutantsPerFile; i++) {
                PdfMutator.Mutant mu = m.mutate(b);
                kinds.merge(mu.kind(), 1, Integer::sum);
                files.add(Files.write(work.resolve("mut-" + i + "-" + mu.kind() + "-" + o.getFileName()), mu.bytes()));
            }
        }
        System.out.println("files: " + originals.size() + " corpus, " + (files.size() - originals.size()) + " generated; mutants " + kinds);
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> { Thread t = new Thread(r); t.setDaemon(true); return t; });
        Map<String, Integer> rc = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        int filesRefused = 0;
        long maxMs = 0;
        String maxCase = "";
        for (Path f : files) {
            boolean refused = false;
            for (String cmd : List.of("info", "text", "render")) {
                List<String> argv = switch (cmd) {
                    case "info" -> List.of("info", f.toString());
                    case "text" -> List.of("text", f.toString(), "--pages", "1-3");
                    default -> List.of("render", f.toString(), "--page", "1", "--dpi", "40", "--out", work.resolve("out.png").toString());
                };
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                long t0 = System.nanoTime();
                Future<Integer> fut = ex.submit(() -> Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0])));
                int code;
                try {
                    code = fut.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    bad.add("over 60 s: " + argv);
                    fut.cancel(true);
                    ex.shutdownNow();
                    ex = Executors.newSingleThreadExecutor(r -> { Thread t = new Thread(r); t.setDaemon(true); return t; });
                    code = -1;
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (ms > maxMs) { maxMs = ms; maxCase = argv.toString(); }
                rc.merge(cmd + " rc " + code, 1, Integer::sum);
                String e = err.toString(StandardCharsets.UTF_8);
                if (e.contains("\tat ") || e.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+(Exception|Error).*")) bad.add("trace: " + argv + " " + e);
                if (code == 1) bad.add("rc 1: " + argv + " " + e);
                if (code == 2 && cmd.equals("info")) {
                    refused = true;
                    String first = e.lines().findFirst().orElse("");
                    String name = f.getFileName().toString();
                    reasons.merge(first.replace(name, "FILE").replaceAll("\\d+", "N"), 1, Integer::sum);
                }
            }
            if (refused) filesRefused++;
        }
        System.out.println("files tried: " + files.size() + ", refused by info: " + filesRefused);
        rc.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.println("refusals (info), by sentence:");
        reasons.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
        System.out.println("slowest case: " + maxMs + " ms " + maxCase);
        System.out.println("defects: " + bad.size());
        bad.forEach(b -> System.out.println("  " + b.substring(0, Math.min(400, b.length()))));
        System.exit(0);
    }
}
