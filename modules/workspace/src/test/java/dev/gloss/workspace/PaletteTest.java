package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void everyNamedColourComesBackWithItsName() {
        for (String name : Palette.NAMES) {
            float[] c = Palette.pdfRgb(name);
            assertEquals(name, Palette.nearest(c[0], c[1], c[2]));
        }
    }

    @Test
    void readersColoursAreNamedByHue() {
        assertEquals("yellow", Palette.nearest(1, 1, 0));          // Acrobat's yellow
        assertEquals("yellow", Palette.nearest(1, 1, 0.6f));       // pdf.js light yellow
        assertEquals("blue", Palette.nearest(0.5f, 0.92f, 1));     // pdf.js ink highlight
        assertEquals("blue", Palette.nearest(0, 0, 1));
        assertEquals("green", Palette.nearest(0, 1, 0));
        assertEquals("red", Palette.nearest(1, 0, 0));
        assertEquals("orange", Palette.nearest(1, 0.5f, 0));
        assertEquals("magenta", Palette.nearest(1, 0, 1));
        assertEquals("purple", Palette.nearest(0.5f, 0, 1));
        assertEquals("gray", Palette.nearest(0.5f));
        assertEquals("yellow", Palette.nearest(0, 0, 1, 0));       // CMYK yellow
    }

    @Test
    void blackAndWhiteKeepTheirHex() {
        assertEquals("#000000", Palette.nearest(0, 0, 0));
        assertEquals("#ffffff", Palette.nearest(1, 1, 1));
    }

    @Test
    void userInputIsCheckedAndNormalised() {
        assertEquals(Optional.of("gray"), Palette.parse("Grey"));
        assertEquals(Optional.of("yellow"), Palette.parse("#FFD400"));
        assertEquals(Optional.of("#112233"), Palette.parse("#123"));
        assertEquals(Optional.of("#00ff00"), Palette.parse("#00FF00"));
        assertTrue(Palette.parse("chartreuse").isEmpty());
        assertTrue(Palette.parse("abc").isEmpty());
    }

    @Test
    void eachColourHasItsScreenAndItsPdfValue() {
        assertEquals(0xFFD54A, Palette.screen("yellow"));
        assertEquals(0xFFD54A, Palette.screen("Yellow"));
        assertEquals(0xffd400, Palette.pdf("yellow"));
        assertEquals("#ffd400", Palette.pdfHex("yellow"));
        assertArrayEquals(new float[] {1, 0x66 / 255f, 0x66 / 255f}, Palette.pdfRgb("red"), 1e-6f);
        // a custom colour is the same on screen and in PDFs; an unknown one is yellow
        assertEquals(0x123456, Palette.screen("#123456"));
        assertEquals(0x123456, Palette.pdf("#123456"));
        assertEquals(0xFFD54A, Palette.screen("chartreuse"));
        assertEquals(0xffd400, Palette.pdf(null));
        assertEquals(8, Palette.SWATCHES.size());
        assertEquals("yellow", Palette.NAMES.get(0));
    }
}
