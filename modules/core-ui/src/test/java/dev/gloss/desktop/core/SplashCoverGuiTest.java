package dev.gloss.desktop.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.GuiTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept page stays on the screen while the main window takes over from the JVM's splash: a
 * JVM started with a real {@code -splash:} picture (transparent but for a "page" block at its
 * place on the screen) shows the main frame; the frame has the block at the same place on the
 * screen, painted within the call that showed it (the probe looks before its event thread is
 * free to paint), and the block goes once the reader has painted ({@link FirstPage#painted()}).
 * Before that first paint, the splash itself is still on the screen under the mapped frame.
 */
@GuiTest
class SplashCoverGuiTest {
    private static final Color PAGE = new Color(120, 20, 30);
    private static final Rectangle BLOCK = new Rectangle(300, 200, 240, 160);
    private static final int CX = BLOCK.x + BLOCK.width / 2;
    private static final int CY = BLOCK.y + BLOCK.height / 2;

    @Test
    void theFramesFirstPaintHasTheSplashsPageUntilTheReaderPaints(@TempDir Path dir) throws Exception {
        Process p = probe(dir, false);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            assertEquals("shown", out.readLine());
            assertEquals("splash closed", out.readLine(), "the splash goes once the frame has painted");
            Robot robot = new Robot();
            // the probe's event thread is still held: what is on the screen was painted by show()
            assertTrue(near(robot.getPixelColor(CX, CY), PAGE), "the page block, painted by the main frame as it showed: "
                    + robot.getPixelColor(CX, CY));
            assertTrue(near(robot.getPixelColor(BLOCK.x + BLOCK.width + 40, CY), Color.LIGHT_GRAY),
                    "around the page, the frame's own content");
            in.println("release");
            assertEquals("released", out.readLine());
            in.println("painted");
            assertEquals("done", out.readLine());
            waitFor(() -> near(robot.getPixelColor(CX, CY), Color.LIGHT_GRAY), "the cover to go once the reader painted");
            in.println("exit");
        } finally {
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    /** Between the frame's mapping and its first paint, the splash's page, not an empty grey window. */
    @Test
    void theSplashStaysUnderTheFrameUntilTheFrameHasPainted(@TempDir Path dir) throws Exception {
        Process p = probe(dir, true);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            pageThroughTheFramesFirstPaint(out, in, new Robot());
        } finally {
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    /**
     * A file seen for the first time: the launcher's small picture of Gloss as the splash, then the
     * page drawn early shown through the splash before any window, and kept through the window's
     * arrival until the frame has painted it.
     */
    @Test
    void aPageDrawnEarlyShowsThroughTheSplashBeforeTheWindow(@TempDir Path dir) throws Exception {
        BufferedImage brand = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = brand.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 200, 100);
        g.dispose();
        Path brandGif = dir.resolve("brand.gif"); // as the launcher's
        ImageIO.write(brand, "gif", brandGif.toFile());
        Path early = pagePicture(dir.resolve("early.png"));
        Process p = start(brandGif, "early", early.toString(), String.valueOf(BLOCK.x), String.valueOf(BLOCK.y),
                String.valueOf(BLOCK.width), String.valueOf(BLOCK.height), Integer.toHexString(PAGE.getRGB() & 0xFFFFFF));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            assertEquals("splash up", out.readLine());
            assertEquals("early", out.readLine());
            Robot robot = new Robot();
            waitFor(() -> near(robot.getPixelColor(CX, CY), PAGE), "the early page through the splash, no window yet");
            in.println("go");
            pageThroughTheFramesFirstPaint(out, in, robot);
        } finally {
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    /**
     * A file seen for the first time, with the launcher's first look: another JVM shows the page on
     * its splash (here a stand-in with the page's picture), this one has none. The main frame maps
     * over that splash without a background, paints the page first, and then ends the first look.
     */
    @Test
    void theFirstLooksSplashIsTakenOverAndEnded(@TempDir Path dir) throws Exception {
        Path picture = pagePicture(dir.resolve("first-look.png"));
        Process standIn = start(picture, "standIn", "dev.gloss.desktop.reader.open.FirstLook");
        Process p = null;
        try (BufferedReader standInOut = new BufferedReader(new InputStreamReader(standIn.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("up", standInOut.readLine());
            Robot robot = new Robot();
            waitFor(() -> near(robot.getPixelColor(CX, CY), PAGE), "the first look's page on its splash");
            p = start(null, List.of("-D" + FirstLookSplash.PICTURE + "=" + picture, "-D" + FirstLookSplash.PID + "=" + standIn.pid()),
                    "firstLook");
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
                assertEquals("ready", out.readLine());
                assertTrue(standIn.isAlive(), "the first look stays until the frame has painted");
                pageThroughTheFramesFirstPaint(out, in, robot);
                assertTrue(standIn.waitFor(10, TimeUnit.SECONDS), "the first look ended once the frame had painted");
            }
        } finally {
            if (p != null) {
                p.waitFor(10, TimeUnit.SECONDS);
                p.destroyForcibly();
            }
            standIn.destroyForcibly();
        }
    }

    /**
     * With the probe's frame mapped and its first paint held: the splash's page on the screen, then,
     * once painted, the frame's, and the splash closed.
     */
    private static void pageThroughTheFramesFirstPaint(BufferedReader out, PrintWriter in, Robot robot) throws Exception {
        assertEquals("painting", out.readLine());
        assertTrue(near(robot.getPixelColor(CX, CY), PAGE), "the splash's page while the mapped frame has not painted: "
                + robot.getPixelColor(CX, CY));
        in.println("paint");
        assertEquals("shown", out.readLine());
        assertEquals("splash closed", out.readLine());
        assertTrue(near(robot.getPixelColor(CX, CY), PAGE), "the page, now painted by the frame");
        // the frame's own content around it (once the X server has it: a full run was once quicker)
        waitFor(() -> near(robot.getPixelColor(BLOCK.x + BLOCK.width + 40, CY), Color.LIGHT_GRAY),
                "the frame's own content around the page");
        in.println("release");
        assertEquals("released", out.readLine());
        in.println("exit");
    }

    /**
     * A picture transparent but for the page block, as the reader keeps one: the smallest centred
     * on the screen that the splash screen, which centres it, shows with the block at its place.
     */
    private static Path pagePicture(Path png) throws IOException {
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        int left = Math.min(BLOCK.x, screen.width - BLOCK.x - BLOCK.width);
        int top = Math.min(BLOCK.y, screen.height - BLOCK.y - BLOCK.height);
        BufferedImage picture = new BufferedImage(screen.width - 2 * left, screen.height - 2 * top, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(PAGE);
        g.fillRect(BLOCK.x - left, BLOCK.y - top, BLOCK.width, BLOCK.height);
        g.dispose();
        ImageIO.write(picture, "png", png.toFile());
        return png;
    }

    /** {@link SplashCoverProbe} in a JVM of its own, started with the kept page's splash and the options of gloss.conf. */
    private static Process probe(Path dir, boolean holdFirstPaint) throws IOException {
        Path png = pagePicture(dir.resolve("splash.png"));
        return holdFirstPaint ? start(png, "holdFirstPaint") : start(png);
    }

    private static Process start(Path splash, String... args) throws IOException {
        return start(splash, List.of(), args);
    }

    /** The probe with {@code splash} (none when null) and system properties {@code options}. */
    private static Process start(Path splash, List<String> options, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        if (splash != null) {
            cmd.add("-splash:" + splash);
        }
        cmd.addAll(options);
        for (String open : List.of("java.desktop/java.awt", "java.desktop/sun.awt", "java.desktop/sun.awt.X11")) {
            cmd.add("--add-opens=" + open + "=ALL-UNNAMED");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SplashCoverProbe.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private interface Check {
        boolean ok() throws IOException;
    }

    private static void waitFor(Check check, String what) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 24;
    }
}
