package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.impl.bluesky.Tid;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Record keys: valid TID syntax, derived from the entry, carrying the post's time. */
class TidTest {
    @Test
    void tidsHaveTheSyntaxAndCarryTheirTime() {
        Instant at = Instant.parse("2024-05-01T12:34:00Z");
        Tid.PostTime t = Tid.forPost("01hzzentry", at, 3);
        assertEquals(13, t.rkey().length());
        assertTrue(Tid.isValid(t.rkey()), t.rkey());
        assertEquals(t.createdAt(), Tid.instantOf(t.rkey()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertTrue(Tid.isValid("3kabcdefghij2"));
        assertFalse(Tid.isValid("notatid"));
        assertFalse(Tid.isValid("zzzzzzzzzzzzz"), "the top bit must be 0");
    }

    @Test
    void entriesDueAtTheSameMinuteRarelyShareAKey() {
        Instant at = Instant.parse("2025-01-06T09:00:00Z");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            keys.add(Tid.forPost("entry-" + i, at, 0).rkey());
        }
        // 0.5 s of microseconds and a 10-bit clock id from the entry's hash: about 5e8 keys, no clash among 2000
        assertEquals(2000, keys.size());
    }
}
