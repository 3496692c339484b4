package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three things of issue 14 that were broken in a new user's first hour, each done in the
 * real application (its launcher, a fresh user directory and workspace, under its own Xvfb)
 * with the keyboard and the mouse as a user would: a second {@code gloss FILE.pdf} opens the
 * file in the window already running; Tools ▸ Options reaches the theme picker and the choice
 * is kept; a highlight dragged from the annotation view onto the composer, in the default
 * layout, becomes a post of the thread.
 *
 * <p>Positions assume the default layout of a fresh user directory on a 1600×1000 screen.
 */
class FirstHourIT {
    @TempDir
    Path temp;
    private final Xvfb xvfb = new Xvfb();
    private XDo x;
    private Process app;
    private Path userdir;
    private Path wsDir;

    @BeforeEach
    void start() throws Exception {
        xvfb.start();
        Path shots = Path.of(System.getProperty("gloss.screenshots", temp.resolve("shots").toString()));
        x = new XDo(xvfb.display(), shots, "first-hour");
        userdir = temp.resolve("userdir");
        wsDir = temp.resolve("workspace");
        app = launch(temp.resolve("launcher.log")).start();
        waitFor(240, () -> !xvfb.windowsNamed("^Gloss$").isEmpty() && log().contains("Library shows 1 papers")
                && log().contains("Reader opened"), "the main window with the demo paper open");
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
    }

    @Test
    void aSecondLaunchOpensTheFileInTheRunningWindow() throws Exception {
        Path pdf = temp.resolve("second launch.pdf");
        onePagePdf(pdf, "A paper opened from a second launch");
        secondLaunch(pdf);
        waitFor(60, () -> log().contains("Reader opened " + pdf + " (1 pages)"), "the file open in the running window");
        assertTrue(app.isAlive(), "the first instance still runs");
        assertEquals(1, xvfb.windowsNamed("^Gloss$").size(), "one main window");
        x.shot("second-launch");
        assertFalse(log().contains("GUI is not responsive"), "the event queue never got stuck");
        noWarnings();
    }

    @Test
    void theThemePickerIsReachableInOptions() throws Exception {
        Path laf = userdir.resolve("config/Preferences/laf.properties");
        x.key("alt+t");
        Thread.sleep(600);
        x.key("Up", "Return"); // Tools ▸ Options, the last item
        Thread.sleep(3000);
        x.shot("options");
        // Gloss's two pages, the Reader one and back: Appearance must show its own page again
        x.click(545, 219, 1, 1);
        Thread.sleep(1000);
        x.shot("options-reader");
        x.click(470, 219, 1, 1);
        Thread.sleep(1000);
        x.key("alt+d"); // Gloss's Appearance page: Dark (FlatLaf)
        Thread.sleep(500);
        x.shot("options-dark");
        x.key("Return"); // OK
        waitFor(30, () -> Files.exists(laf) && Files.readString(laf).contains("FlatDarkLaf"),
                "the dark theme chosen in Options is kept for the next start");
        noWarnings();
    }

    @Test
    void aHighlightDraggedOntoTheComposerBecomesAPost() throws Exception {
        Workspace ws = Workspace.open(wsDir);
        Paper paper = ws.papers().get(0);
        Annotation highlight = ws.annotations(paper.id()).get(0);
        PostThread before = ws.threads().get(0);
        // the demo highlight's row in the annotation view (left column, under the Library) onto
        // the composer's posts (right column)
        x.click(170, 600, 1, 1);
        x.drag(170, 600, 1400, 880);
        waitFor(30, () -> Workspace.open(wsDir).get(Kind.THREADS, before.id()).map(t -> t.posts().size() == before.posts().size() + 1)
                .orElse(false), "a post more in the thread");
        PostThread after = Workspace.open(wsDir).get(Kind.THREADS, before.id()).orElseThrow();
        long quoting = after.posts().stream().filter(p -> p.sources().contains(highlight.id())).count();
        long quotingBefore = before.posts().stream().filter(p -> p.sources().contains(highlight.id())).count();
        assertEquals(quotingBefore + 1, quoting, "the new post quotes the dragged highlight");
        x.shot("dragged-into-composer");
        noWarnings();
    }

    @Test
    void aPdfOutsideTheLibraryIsAddedFromItsBannerOpensInOneTabAndComesBackAfterARestart() throws Exception {
        Path pdf = temp.resolve("outside.pdf");
        onePagePdf(pdf, "Banner Test Paper about reading in one tab");
        secondLaunch(pdf);
        waitFor(60, () -> log().contains("Reader opened " + pdf), "the PDF open in the reader");
        Thread.sleep(1500);
        x.shot("not-in-library");
        // the banner's button, at the right end of the line over the pages
        x.click(1125, 111, 1, 1);
        waitFor(60, () -> Workspace.open(wsDir).papers().size() == 2, "the PDF added to the library");
        Paper added = Workspace.open(wsDir).papers().stream().filter(p -> p.file().startsWith("outside")).findFirst().orElseThrow();
        Path stored = wsDir.resolve("papers").resolve(added.id()).resolve(added.file());
        Thread.sleep(1000);
        x.shot("added-to-library");
        // the Library: filter to the new paper, Enter opens it: the tab that shows it already comes to the front
        x.click(150, 110, 1, 1);
        x.type("banner");
        Thread.sleep(800);
        x.key("Return");
        waitFor(60, () -> log().contains("Reader: " + stored + " is already open in the tab of " + pdf),
                "the paper from the library in the tab of the same PDF");
        assertFalse(log().contains("Reader opened " + stored), "no second tab of the paper");
        // File > Exit (the menu's last item, whatever the menu holds above it), then start again: the two tabs come back
        x.click(18, 10, 1, 1);
        Thread.sleep(800);
        x.key("Up", "Return");
        assertTrue(app.waitFor(60, TimeUnit.SECONDS), "Gloss exits");
        // the next start's log on its own (the platform would rotate this one only once it starts)
        Files.move(userdir.resolve("var/log/messages.log"), temp.resolve("messages-before-restart.log"));
        app = launch(temp.resolve("launcher-again.log")).start();
        waitFor(240, () -> log().contains("Reader opened " + pdf) && log().contains("Reader opened " + wsDir.resolve("papers")),
                "the PDF and the demo paper open again after the restart");
        Thread.sleep(1500);
        x.shot("restored");
        noWarnings();
    }

    /** {@code gloss FILE.pdf} while Gloss runs: the launcher hands the file over and exits at once. */
    private void secondLaunch(Path pdf) throws Exception {
        Path output = temp.resolve("second-launcher.log");
        Process second = launch(output, pdf.toString()).start();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second launch hands the file over and exits");
        assertEquals(0, second.exitValue(), Files.readString(output));
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

    private static void onePagePdf(Path file, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(text);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
                s.newLineAtOffset(72, 700);
                s.showText(text);
                s.endText();
            }
            doc.save(file.toFile());
        }
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
