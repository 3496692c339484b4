package dev.gloss.desktop.reader.navigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.navigate.NavigationHistory.Place;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Back and Forward as a browser has them. */
class NavigationHistoryTest {
    private static Place<Integer> at(int page) {
        return new Place<>(page, "page " + page);
    }

    @Test
    void backReturnsWhereTheJumpStartedAndForwardGoesAgain() {
        NavigationHistory<Integer> h = new NavigationHistory<>();
        AtomicInteger changes = new AtomicInteger();
        h.addChangeListener(e -> changes.incrementAndGet());
        assertFalse(h.canGoBack());
        h.record(at(2)); // jumped from page 2 to page 12
        h.record(at(12)); // then from 12 to 30
        assertEquals("page 12", h.peekBack().orElseThrow().label());
        assertEquals(12, h.back(at(30)).orElseThrow().position());
        assertEquals(2, h.back(at(12)).orElseThrow().position());
        assertFalse(h.canGoBack());
        assertTrue(h.back(at(2)).isEmpty());
        assertEquals(12, h.forward(at(2)).orElseThrow().position());
        assertEquals(30, h.forward(at(12)).orElseThrow().position());
        assertFalse(h.canGoForward());
        assertEquals(6, changes.get());
    }

    @Test
    void aNewJumpForgetsForwardAndTheSameStartIsKeptOnce() {
        NavigationHistory<Integer> h = new NavigationHistory<>();
        h.record(at(1));
        h.record(at(5));
        h.back(at(9));
        assertTrue(h.canGoForward());
        h.record(at(1)); // from page 1 (where Back left it), again: one entry, Forward gone
        assertFalse(h.canGoForward());
        assertEquals(List.of(at(1)), h.backPlaces());
    }

    @Test
    void keepsTheLatestHundredAndRestoresAnEarlierSession() {
        NavigationHistory<Integer> h = new NavigationHistory<>();
        for (int i = 1; i <= 150; i++) {
            h.record(at(i));
        }
        assertEquals(NavigationHistory.LIMIT, h.backPlaces().size());
        assertEquals(51, h.backPlaces().get(0).position());
        NavigationHistory<Integer> next = new NavigationHistory<>();
        next.restore(h.backPlaces(), List.of(at(200)));
        assertEquals(150, next.peekBack().orElseThrow().position());
        assertEquals(200, next.peekForward().orElseThrow().position());
    }
}
