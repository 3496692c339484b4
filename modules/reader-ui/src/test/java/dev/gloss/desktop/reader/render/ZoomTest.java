package dev.gloss.desktop.reader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ZoomTest {
    private static final double A4_W = 595;
    private static final double A4_H = 842;

    @Test
    void percentIsClampedTo25To400() {
        assertEquals(25, Zoom.percent(3).percent());
        assertEquals(400, Zoom.percent(1000).percent());
        assertEquals(150, Zoom.percent(150).percent());
    }

    @Test
    void hundredPercentIs96Dpi() {
        assertEquals(96.0 / 72.0, Zoom.percent(100).scale(800, 600, A4_W, A4_W, A4_H), 1e-9);
    }

    @Test
    void fitWidthFillsTheViewportWithTheWidestPage() {
        double scale = Zoom.FIT_WIDTH.scale(1190, 500, A4_W, A4_W, A4_H);
        assertEquals(2.0, scale, 1e-9, "595 points in 1190 pixels");
    }

    @Test
    void fitPageTakesTheSmallerOfWidthAndHeight() {
        double scale = Zoom.FIT_PAGE.scale(1190, 421, A4_W, A4_W, A4_H);
        assertEquals(0.5, scale, 1e-9, "842 points in 421 pixels");
    }

    @Test
    void fitIsClampedToo() {
        assertEquals(400, Zoom.FIT_WIDTH.effectivePercent(100000, 100, 100, 100, 100), 1e-9);
        assertEquals(25, Zoom.FIT_WIDTH.effectivePercent(10, 100, 595, 595, 842), 1e-9);
    }

    @Test
    void stepsGoThroughTheTable() {
        assertEquals(110, Zoom.in(100).percent());
        assertEquals(90, Zoom.out(100).percent());
        assertEquals(125, Zoom.in(112).percent(), "from an odd fit value to the next step");
        assertEquals(110, Zoom.out(112).percent());
        assertEquals(400, Zoom.in(400).percent());
        assertEquals(25, Zoom.out(25).percent());
    }

    @Test
    void keysRoundTrip() {
        for (Zoom z : new Zoom[] {Zoom.FIT_WIDTH, Zoom.FIT_PAGE, Zoom.percent(125), Zoom.percent(33.3)}) {
            assertEquals(z.mode(), Zoom.parse(z.key()).mode());
            assertEquals(z.percent(), Zoom.parse(z.key()).percent(), 0.05);
        }
    }

    @Test
    void parsesWhatUsersType() {
        assertEquals(150, Zoom.parse(" 150 % ").percent());
        assertEquals(150, Zoom.parse("150%").percent());
        assertEquals(62.5, Zoom.parse("62,5").percent());
        assertNull(Zoom.parse("big"));
        assertNull(Zoom.parse(""));
        assertNull(Zoom.parse("-3"));
    }
}
