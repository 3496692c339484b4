package dev.gloss.desktop.reader.navigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gloss.desktop.reader.MemoryPreferences;
import dev.gloss.desktop.reader.navigate.NavigationHistory.Place;
import dev.gloss.desktop.reader.render.ReadingPosition;
import dev.gloss.desktop.reader.render.Zoom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Back and Forward kept across a restart, by the document's hash. */
class HistoryMemoryTest {
    private static Place<Spot> at(int page, double offset, Zoom zoom, double left) {
        return new Place<>(new Spot(new ReadingPosition(page, offset, zoom), left), "page " + page);
    }

    @Test
    void aDocumentsBackAndForwardComeBackExactly() {
        MemoryPreferences prefs = new MemoryPreferences();
        HistoryMemory memory = new HistoryMemory(prefs);
        NavigationHistory<Spot> h = new NavigationHistory<>();
        h.record(at(1, 120.5, Zoom.FIT_WIDTH, 0));
        h.record(at(12, 33.0, Zoom.percent(150), 41.5));
        h.back(at(30, 0, Zoom.FIT_PAGE, 0));
        memory.remember("abc", h);

        NavigationHistory<Spot> again = new NavigationHistory<>();
        new HistoryMemory(prefs).recall("abc", again);
        assertEquals(List.of(at(1, 120.5, Zoom.FIT_WIDTH, 0)), again.backPlaces());
        assertEquals(List.of(at(30, 0, Zoom.FIT_PAGE, 0)), again.forwardPlaces());
        // Back from there goes to page 1 exactly as it was: offset, zoom and sideways scroll
        assertEquals(at(1, 120.5, Zoom.FIT_WIDTH, 0), again.back(at(12, 33.0, Zoom.percent(150), 41.5)).orElseThrow());

        NavigationHistory<Spot> other = new NavigationHistory<>();
        memory.recall("another document", other);
        assertFalse(other.canGoBack());
    }

    @Test
    void aMalformedPlaceIsSkippedAndAnEmptyHistoryForgotten() {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.put("abc", "1\n3;10.0;fit-width;0.0;page 3|x;y|0;1;fit-width;0;page 0\n");
        NavigationHistory<Spot> h = new NavigationHistory<>();
        HistoryMemory memory = new HistoryMemory(prefs);
        memory.recall("abc", h);
        assertEquals(List.of(at(3, 10.0, Zoom.FIT_WIDTH, 0)), h.backPlaces());
        memory.remember("abc", new NavigationHistory<>());
        assertNull(prefs.get("abc", null));
    }
}
