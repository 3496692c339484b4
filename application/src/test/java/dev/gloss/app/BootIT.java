package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the real application through its launcher under Xvfb on a fresh user directory and a
 * fresh workspace, waits for the main window and the demo paper in the library, and fails on
 * any SEVERE or WARNING line in messages.log (the SNAP practice).
 */
class BootIT {
    private static final Pattern LIBRARY = Pattern.compile("Library shows (\\d+) papers");

    @TempDir
    Path temp;
    private final Xvfb xvfb = new Xvfb();
    private Process app;

    @BeforeEach
    void startDisplay() throws Exception {
        xvfb.start();
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
    void startsWithTheDemoPaperAndNoWarnings() throws Exception {
        Path userdir = temp.resolve("userdir");
        Path workspace = temp.resolve("workspace");
        app = launch(userdir, workspace);

        Path log = userdir.resolve("var/log/messages.log");
        long deadline = System.currentTimeMillis() + 180_000;
        int papers = -1;
        boolean window = false;
        while (System.currentTimeMillis() < deadline && (papers < 0 || !window)) {
            Thread.sleep(500);
            assertTrue(app.isAlive() || !app.descendants().findAny().isEmpty(),
                    "the launcher exited early: " + read(temp.resolve("launcher.log")));
            String text = read(log);
            Matcher m = LIBRARY.matcher(text);
            while (m.find()) {
                papers = Integer.parseInt(m.group(1));
            }
            window = window || !xvfb.windowsNamed("^Gloss$").isEmpty();
        }
        assertTrue(window, "no main window titled Gloss appeared");
        assertEquals(1, papers, "the library of a new workspace shows the demo paper");
        Thread.sleep(2_000); // let late start-up work log what it has to say
        xvfb.screenshot(Path.of(System.getProperty("gloss.screenshots", temp.toString()), "boot.png"));

        List<String> bad = read(log).lines()
                .filter(l -> l.startsWith("SEVERE") || l.startsWith("WARNING"))
                // The platform's own stopwatch on building toolbars measures how busy the machine
                // is (CI shares two cores), not a fault of the application.
                .filter(l -> !l.contains("[org.openide.awt.Toolbar]: Too long AWTTask"))
                .toList();
        if (!bad.isEmpty()) {
            fail("messages.log has warnings:\n" + String.join("\n", bad) + "\n---\n" + read(log));
        }
        assertTrue(Files.isRegularFile(workspace.resolve("gloss.json")), "the workspace was created");
        assertTrue(read(log).contains("New workspace: the demo paper opens in the reader"), read(log));
    }

    /**
     * A new user's first start with a file of their own ({@code ./gloss FILE.pdf}): that file is
     * the paper shown, and the demo paper waits in the Library instead of opening over it.
     */
    @Test
    void aNewUsersOwnFileIsShownInsteadOfTheDemoPaper() throws Exception {
        Path userdir = temp.resolve("userdir");
        Path file = temp.resolve("mine.pdf");
        dev.gloss.library.demo.DemoPaper.write(file);
        app = launch(userdir, temp.resolve("workspace"), file.toString());

        Path log = userdir.resolve("var/log/messages.log");
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline && !read(log).contains("New workspace:")) {
            Thread.sleep(500);
            assertTrue(app.isAlive() || !app.descendants().findAny().isEmpty(),
                    "the launcher exited early: " + read(temp.resolve("launcher.log")));
        }
        String text = read(log);
        assertTrue(text.contains("Command line: opening " + file), text);
        assertTrue(text.contains("New workspace: the start opens a paper; the demo paper stays in the Library"), text);
        assertTrue(!text.contains("the demo paper opens in the reader"), text);
    }

    /** The application through its launcher on the display, with {@code files} to open. */
    private Process launch(Path userdir, Path workspace, String... files) throws IOException {
        Path appDir = Path.of(System.getProperty("gloss.app.dir"));
        List<String> cmd = new java.util.ArrayList<>(List.of(appDir.resolve("bin/gloss").toString(),
                "--userdir", userdir.toString(), "-J-Dgloss.workspace=" + workspace));
        cmd.addAll(List.of(files));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(temp.resolve("launcher.log").toFile());
        pb.environment().put("DISPLAY", xvfb.display());
        return pb.start();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
