package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gloss.sources.PaperPdfs;
import dev.gloss.sources.ScholarlyServer;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 in the real application (its launcher, a fresh user directory, under its own Xvfb):
 * an arXiv link copied from a post is pasted into the Library with Ctrl+V, and the paper opens in
 * the reader with arXiv's details. The workspace's settings point at the local arXiv
 * ({@link ScholarlyServer}); the link is put on the clipboard by the application itself (typed
 * into the Library's filter and cut), as xdotool cannot write the X clipboard.
 */
class AddFromLinkIT {
    @TempDir
    Path temp;
    private final Xvfb xvfb = new Xvfb();
    private XDo x;
    private Process app;
    private Path userdir;
    private Path wsDir;
    private ScholarlyServer arxiv;

    @BeforeEach
    void start() throws Exception {
        arxiv = ScholarlyServer.start();
        arxiv.pdf("1706.03762v7", PaperPdfs.attention(7));
        wsDir = temp.resolve("workspace");
        Workspace ws = Workspace.open(wsDir);
        ws.saveSettings(arxiv.settingsInto(ws.settings()));
        xvfb.start();
        Path shots = Path.of(System.getProperty("gloss.screenshots", temp.resolve("shots").toString()));
        x = new XDo(xvfb.display(), shots, "add-from-link");
        userdir = temp.resolve("userdir");
        app = launch(temp.resolve("launcher.log")).start();
        waitFor(240, () -> !xvfb.windowsNamed("^Gloss$").isEmpty() && log().contains("Library shows 0 papers"),
                "the main window with the empty library");
        String window = xvfb.windowsNamed("^Gloss$").get(0);
        x.run("windowmove", window, "0", "0");
        x.run("windowsize", window, "1600", "1000");
        Thread.sleep(2000);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
        }
        xvfb.stop();
        arxiv.close();
    }

    @Test
    void anArxivLinkPastedIntoTheLibraryOpensThePaper() throws Exception {
        x.key("ctrl+1"); // the Library, its filter focused
        Thread.sleep(800);
        x.type("https://arxiv.org/abs/1706.03762");
        Thread.sleep(800);
        x.shot("link-in-filter");
        x.key("ctrl+a");
        x.key("ctrl+x"); // onto the clipboard, as a browser's Copy Link would
        Thread.sleep(600);
        x.click(150, 260, 1, 1); // the empty library under the filter
        Thread.sleep(600);
        x.key("ctrl+v");
        waitFor(120, () -> log().contains("Reader opened " + wsDir.resolve("papers")) && log().contains("1706.03762v7.pdf"),
                "the pasted paper open in the reader");
        Thread.sleep(2000);
        x.shot("pasted-and-opened");
        List<Paper> papers = Workspace.open(wsDir).papers();
        assertEquals(1, papers.size());
        Paper p = papers.get(0);
        assertEquals("Attention Is All You Need", p.title());
        assertEquals("Ashish Vaswani", p.authors().get(0));
        assertEquals("arxiv", p.source().from());
        assertEquals("2017-06-12", p.source().published());
        assertEquals("https://arxiv.org/abs/1706.03762", p.canonicalLink());
        assertTrue(arxiv.requests("/arxiv/api/query").get(0).userAgent().startsWith("Gloss/"));
        noWarnings();
    }

    private ProcessBuilder launch(Path output, String... args) {
        Path appDir = Path.of(System.getProperty("gloss.app.dir"));
        List<String> cmd = new java.util.ArrayList<>(List.of(appDir.resolve("bin/gloss").toString(),
                "--userdir", userdir.toString(), "--cachedir", temp.resolve("cache").toString(),
                "-J-Dgloss.workspace=" + wsDir));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("DISPLAY", xvfb.display());
        return pb;
    }

    private String log() throws IOException {
        Path log = userdir.resolve("var/log/messages.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private void noWarnings() throws IOException {
        List<String> bad = log().lines().filter(l -> l.startsWith("SEVERE") || l.startsWith("WARNING"))
                .filter(l -> !l.contains("[org.openide.awt.Toolbar]: Too long AWTTask")).toList();
        if (!bad.isEmpty()) {
            fail("messages.log has warnings:\n" + String.join("\n", bad));
        }
    }

    private void waitFor(int seconds, XDo.Check check, String what) throws Exception {
        if (!XDo.waitFor(seconds, check)) {
            Path shot = x.shot("FAILED");
            List<String> all = log().lines().toList();
            fail("timed out waiting for: " + what + " (screen: " + shot + ")\n--- messages.log tail:\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size())));
        }
    }
}
