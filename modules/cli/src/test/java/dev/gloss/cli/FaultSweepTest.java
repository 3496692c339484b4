package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.demo.DemoPaper;
import dev.gloss.testing.RawPdf;
import dev.gloss.testing.SmallDisk;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a sweep of the CLI over damaged files and odd targets found (issue 23, items 1, 5 and 6),
 * each checked the way a user meets it: the command line, its exit code and its one line.
 */
class FaultSweepTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private Path demo() throws IOException {
        Path demo = dir.resolve(DemoPaper.FILE_NAME);
        if (!Files.exists(demo)) {
            DemoPaper.write(demo);
        }
        return demo;
    }

    private static boolean other(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    private static void assertPng(byte[] b) {
        assertTrue(b.length > PNG.length, "empty");
        assertArrayEquals(PNG, Arrays.copyOf(b, PNG.length), "a PNG");
    }

    // ---- item 1: --out onto a symlink, a pipe, a device, a full disk, standard output ----

    @Test
    void renderThroughASymbolicLinkWritesTheFileItPointsTo() throws Exception {
        Path real = Files.writeString(dir.resolve("figure.png"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.png"), real.getFileName());
        CliRun r = CliRun.of("render", demo().toString(), "--page", "1", "--dpi", "30", "--out", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertPng(Files.readAllBytes(real));
    }

    @Test
    void renderIntoANamedPipe() throws Exception {
        Path fifo = dir.resolve("pipe.png");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        CliRun r = CliRun.of("render", demo().toString(), "--page", "1", "--dpi", "30", "--out", fifo.toString());
        assertEquals(0, r.code(), r.err());
        assertPng(read.get(30, TimeUnit.SECONDS));
        assertTrue(other(fifo), "still a pipe");
    }

    @Test
    void renderOntoDevFullIsAnErrorAndTheDeviceStays() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full here");
        CliRun r = CliRun.of("render", demo().toString(), "--page", "1", "--dpi", "30", "--out", full.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("gloss: cannot write /dev/full: the disk is full\n", r.err());
        assertTrue(other(full), "/dev/full is still a device");
    }

    /** A real 16 KB tmpfs (needs root; skipped without): the old file stays whole, no temp file is left. */
    @Test
    void renderOntoAFullDiskIsAnErrorAndTheOldFileStays() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 16)) {
            Path out = Files.writeString(disk.root().resolve("page.png"), "the old picture");
            CliRun r = CliRun.of("render", demo().toString(), "--page", "1", "--dpi", "150", "--out", out.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals("gloss: cannot write " + out + ": the disk is full\n", r.err());
            assertEquals("the old picture", Files.readString(out));
            try (var files = Files.list(disk.root())) {
                assertEquals(List.of(out), files.toList());
            }
        }
    }

    @Test
    void renderToStandardOutput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("render", demo().toString(), "--page", "1", "--dpi", "30", "--out", "-"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertPng(out.toByteArray());
        assertTrue(Files.notExists(Path.of("-")), "no file named -");
    }

    @Test
    void threadExportThroughASymbolicLink() throws Exception {
        String ws = dir.resolve("ws").toString();
        String thread = CliRun.withStdin("A post.\n", "--workspace", ws, "thread", "new", "--platform", "bluesky", "--file", "-", "--json").out();
        String id = dev.gloss.workspace.Json.MAPPER.readTree(thread).get("id").asText();
        Path real = Files.writeString(dir.resolve("thread.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), real);
        CliRun r = CliRun.of("--workspace", ws, "thread", "export", id, "--out", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("A post.", Files.readString(real).strip());
    }

    // ---- item 2: a page tree of 200,000 pages, all one page object ----

    /** It imports, the first search indexes its first 5,000 pages and says so, and the next search does not read it again. */
    @Test
    void searchWithAPaperOfTwoHundredThousandPages() throws Exception {
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            kids.append("3 0 R ");
        }
        Path huge = new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [" + kids + "] /Count 200000 >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>")
                .stream(4, "", "BT /F1 12 Tf 20 100 Td (the same page again) Tj ET")
                .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
                .write(dir.resolve("huge.pdf"), 1);
        String ws = dir.resolve("ws").toString();
        assertEquals(0, CliRun.of("--workspace", ws, "import", huge.toString(), demo().toString()).code());
        CliRun first = CliRun.of("--workspace", ws, "search", "same page again", "--json");
        assertEquals(0, first.code(), first.err());
        assertEquals("gloss: warning: Only 5000 of the 200000 pages of huge.pdf are searchable: Gloss indexes at most 5000 pages"
                + " of one paper.\n", first.err());
        assertTrue(first.out().contains("\"page\":1,"), first.out());
        CliRun next = CliRun.of("--workspace", ws, "search", "same page again");
        assertEquals(0, next.code(), next.err());
        assertEquals("", next.err());
    }

    // ---- item 5: a page tree that contains itself ----

    @Test
    void aPageTreeThatContainsItselfRendersAndReads() throws Exception {
        Path file = new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 /Parent 2 0 R >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>")
                .stream(4, "", "BT /F1 12 Tf 20 100 Td (Hello) Tj ET")
                .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
                .write(dir.resolve("loop.pdf"), 1);
        for (int page = 1; page <= 2; page++) {
            CliRun r = CliRun.of("render", file.toString(), "--page", String.valueOf(page), "--out", dir.resolve("p" + page + ".png").toString());
            assertEquals(0, r.code(), r.err());
        }
        CliRun text = CliRun.of("text", file.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Hello\n"), text.out());
    }

    // ---- item 6 ----

    @Test
    void aPageRangePastTheEndIsCutThere() throws Exception {
        CliRun r = CliRun.of("text", demo().toString(), "--pages", "1-99");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("gloss: note: --pages 1-99 runs past the end of " + DemoPaper.FILE_NAME), r.err());
        CliRun all = CliRun.of("text", demo().toString());
        assertEquals(all.out(), r.out());
        CliRun outside = CliRun.of("text", demo().toString(), "--pages", "99-100");
        assertEquals(2, outside.code());
        assertTrue(outside.err().startsWith("gloss: page 99 is out of range"), outside.err());
    }

    @Test
    void aPasswordFileThatIsNotThere() throws Exception {
        Path missing = dir.resolve("pw.txt");
        CliRun r = CliRun.of("info", demo().toString(), "--password-file", missing.toString());
        assertEquals(2, r.code());
        assertEquals("gloss: the password file " + missing + " does not exist\n", r.err());
    }

    /** The launcher with {@code --workspace} and no folder says so at once instead of opening a window. */
    @Test
    void theLauncherRefusesWorkspaceWithoutAFolder() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("gloss"))) {
            root = root.getParent();
        }
        Assumptions.assumeTrue(root != null, "the launcher is not beside this checkout");
        for (List<String> argv : List.of(List.of("--workspace"), List.of("--workspace="), List.of("--workspace", ""))) {
            List<String> cmd = new ArrayList<>(List.of("bash", root.resolve("gloss").toString()));
            cmd.addAll(argv);
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the launcher did not exit");
            assertEquals(2, p.exitValue(), err);
            assertEquals("gloss: --workspace needs a folder\n", err);
        }
    }

    /** An account whose secret comes from the environment says so (a subprocess: the environment is the process's). */
    @Test
    void accountsListSaysWhereTheSecretComesFrom() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace w = Workspace.openOrCreate(ws);
        w.save(Kind.ACCOUNTS, new AccountRef("alice-pds", "bluesky", "http://127.0.0.1:9", "alice.test"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgloss.secrets=" + dir.resolve("secrets"), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--workspace", ws.toString(), "accounts", "list");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        pb.environment().put("GLOSS_SECRET_ALICE_PDS", "from-env");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(out.contains("(secret from GLOSS_SECRET_ALICE_PDS)"), out);
        assertTrue(!out.contains("from-env"), "never the secret itself");
    }
}
