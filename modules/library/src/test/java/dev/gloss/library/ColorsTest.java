package dev.gloss.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorsTest {
    @Test
    void everyNamedColourComesBackWithItsName() {
        for (String name : Colors.NAMES) {
            float[] c = Colors.rgb(name);
            assertEquals(name, Colors.nearest(c[0], c[1], c[2]));
        }
    }

    @Test
    void readersColoursAreNamedByHue() {
        assertEquals("yellow", Colors.nearest(1, 1, 0));          // Acrobat's yellow
        assertEquals("yellow", Colors.nearest(1, 1, 0.6f));       // pdf.js light yellow
        assertEquals("blue", Colors.nearest(0.5f, 0.92f, 1));     // pdf.js ink highlight
        assertEquals("blue", Colors.nearest(0, 0, 1));
        assertEquals("green", Colors.nearest(0, 1, 0));
        assertEquals("red", Colors.nearest(1, 0, 0));
        assertEquals("orange", Colors.nearest(1, 0.5f, 0));
        assertEquals("magenta", Colors.nearest(1, 0, 1));
        assertEquals("purple", Colors.nearest(0.5f, 0, 1));
        assertEquals("gray", Colors.nearest(0.5f));
        assertEquals("yellow", Colors.nearest(0, 0, 1, 0));       // CMYK yellow
    }

    @Test
    void blackAndWhiteKeepTheirHex() {
        assertEquals("#000000", Colors.nearest(0, 0, 0));
        assertEquals("#ffffff", Colors.nearest(1, 1, 1));
    }

    @Test
    void userInputIsCheckedAndNormalised() {
        assertEquals("gray", Colors.parse("Grey"));
        assertEquals("yellow", Colors.parse("#FFD400"));
        assertEquals("#112233", Colors.parse("#123"));
        assertEquals("#00ff00", Colors.parse("#00FF00"));
        LibraryException e = assertThrows(LibraryException.class, () -> Colors.parse("chartreuse"));
        assertEquals(LibraryException.Reason.NOT_A_COLOUR, e.reason());
        assertTrue(e.args().get(1).toString().startsWith("yellow, red, green"), e.getMessage());
        assertThrows(LibraryException.class, () -> Colors.parse("abc"));
    }
}
