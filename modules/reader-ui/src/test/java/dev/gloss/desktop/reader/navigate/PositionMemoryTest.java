package dev.gloss.desktop.reader.navigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.MemoryPreferences;
import dev.gloss.desktop.reader.render.ReadingPosition;
import dev.gloss.desktop.reader.render.Zoom;
import java.util.prefs.BackingStoreException;
import org.junit.jupiter.api.Test;

class PositionMemoryTest {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void remembersPageOffsetAndZoomPerDocument() {
        PositionMemory m = new PositionMemory(new MemoryPreferences());
        assertFalse(m.recall(SHA).isPresent());
        m.remember(SHA, new ReadingPosition(7, 123.4, Zoom.percent(150)));
        m.remember("other", new ReadingPosition(2, 0, Zoom.FIT_PAGE));
        ReadingPosition p = m.recall(SHA).orElseThrow();
        assertEquals(7, p.page());
        assertEquals(123.4, p.offset(), 1e-9);
        assertEquals(Zoom.percent(150), p.zoom());
        assertEquals(Zoom.FIT_PAGE, m.recall("other").orElseThrow().zoom());
    }

    @Test
    void ignoresMalformedValues() {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.put("a", "x;y");
        prefs.put("b", "0;10;100");
        prefs.put("c", "3");
        PositionMemory m = new PositionMemory(prefs);
        assertFalse(m.recall("a").isPresent());
        assertFalse(m.recall("b").isPresent(), "page 0 does not exist");
        assertFalse(m.recall("c").isPresent());
    }

    @Test
    void keepsOnlyTheMostRecentDocuments() throws BackingStoreException {
        MemoryPreferences prefs = new MemoryPreferences();
        // older entries carry older time stamps
        for (int i = 0; i < PositionMemory.LIMIT; i++) {
            prefs.put("old" + i, "1;0;fit-width;" + (1000 + i));
        }
        PositionMemory m = new PositionMemory(prefs);
        m.remember(SHA, new ReadingPosition(4, 0, Zoom.FIT_WIDTH));
        assertEquals(PositionMemory.LIMIT, prefs.keys().length);
        assertTrue(m.recall(SHA).isPresent());
        assertFalse(m.recall("old0").isPresent(), "the oldest is forgotten");
        assertTrue(m.recall("old1").isPresent());
    }
}
