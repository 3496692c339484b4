package dev.gloss.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link ScreenWatch} reads a start from its photographs: a reader's window with a splash
 * first, then its chrome, an empty page, the page blurred (a low-resolution pass), the page sharp.
 */
class ScreenWatchTest {
    private static final int W = 400;
    private static final int H = 300;
    private static final Rectangle PAGE = new Rectangle(100, 20, 200, 260);

    private static BufferedImage screen() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        return img; // black, as Xvfb's root is
    }

    private static BufferedImage chrome(boolean page, boolean text, boolean blurred) {
        BufferedImage img = screen();
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xf2f2f2));
        g.fillRect(0, 0, W, H);
        if (page) {
            g.setColor(Color.WHITE);
            g.fill(PAGE);
        }
        if (text) {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 11));
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            for (int line = 0; line < 20; line++) {
                g.drawString(line % 3 == 0 ? "Results and discussion of the method" : "the quick brown fox jumps over it",
                        PAGE.x + 10, PAGE.y + 20 + line * 12);
            }
        }
        g.dispose();
        if (blurred) {
            float[] k = new float[25];
            java.util.Arrays.fill(k, 1f / 25);
            BufferedImage out = screen();
            new ConvolveOp(new Kernel(5, 5, k), ConvolveOp.EDGE_NO_OP, null).filter(img, out);
            return out;
        }
        return img;
    }

    private static byte[] luma(BufferedImage img) {
        return (byte[]) img.getRaster().getDataElements(0, 0, W, H, null);
    }

    @Test
    void theWindowThePageBlurredAndThePageSharpAreToldApart() {
        List<ScreenWatch.Frame> frames = new ArrayList<>();
        frames.add(new ScreenWatch.Frame(0, luma(screen())));
        BufferedImage splash = screen();
        Graphics2D g = splash.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(150, 120, 100, 60);
        g.dispose();
        frames.add(new ScreenWatch.Frame(500, luma(splash)));
        frames.add(new ScreenWatch.Frame(1000, luma(chrome(false, false, false))));
        frames.add(new ScreenWatch.Frame(1500, luma(chrome(true, false, false))));
        frames.add(new ScreenWatch.Frame(2000, luma(chrome(true, true, true))));
        frames.add(new ScreenWatch.Frame(2500, luma(chrome(true, true, false))));
        frames.add(new ScreenWatch.Frame(3000, luma(chrome(true, true, false))));
        ScreenWatch.Result r = ScreenWatch.analyse(frames, W, H);
        assertEquals(500, r.windowMs());
        assertEquals(2000, r.usefulMs(), "the blurred page is the page, an empty one is not");
        assertEquals(2500, r.sharpMs());
        assertEquals(PAGE, r.page());
    }

    @Test
    void aPageThatFlickersAwayCountsFromWhenItStays() {
        List<ScreenWatch.Frame> frames = new ArrayList<>();
        frames.add(new ScreenWatch.Frame(0, luma(screen())));
        frames.add(new ScreenWatch.Frame(1000, luma(chrome(true, true, false))));
        frames.add(new ScreenWatch.Frame(1500, luma(chrome(true, false, false))));
        frames.add(new ScreenWatch.Frame(2000, luma(chrome(true, true, false))));
        ScreenWatch.Result r = ScreenWatch.analyse(frames, W, H);
        assertEquals(2000, r.sharpMs());
        assertEquals(2000, r.usefulMs());
    }

    @Test
    void noPageNoTimes() {
        List<ScreenWatch.Frame> frames = List.of(new ScreenWatch.Frame(0, luma(screen())),
                new ScreenWatch.Frame(800, luma(chrome(false, false, false))));
        ScreenWatch.Result r = ScreenWatch.analyse(frames, W, H);
        assertEquals(800, r.windowMs());
        assertEquals(-1, r.sharpMs());
    }
}
