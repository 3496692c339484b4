package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.bluesky.Tid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record keys: valid TID syntax, time-ordered, never repeated within a process. */
class TidTest {
    @Test
    void tidsHaveTheSyntaxAndCarryTheirTime() {
        Instant t = Instant.parse("2024-05-01T12:34:56.789012Z");
        String tid = Tid.next(Clock.fixed(t, ZoneOffset.UTC));
        assertEquals(13, tid.length());
        assertTrue(Tid.isValid(tid), tid);
        assertTrue(Tid.instantOf(tid).compareTo(t) >= 0);
        assertTrue(Tid.isValid("3kabcdefghij2"));
        assertFalse(Tid.isValid("notatid"));
        assertFalse(Tid.isValid("zzzzzzzzzzzzz"), "the top bit must be 0");
    }

    @Test
    void tidsFromAStoppedClockStillIncrease() {
        Clock stopped = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        List<String> tids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            tids.add(Tid.next(stopped));
        }
        for (int i = 1; i < tids.size(); i++) {
            assertTrue(tids.get(i).compareTo(tids.get(i - 1)) > 0, "sorted as strings too");
        }
    }
}
