package dev.gloss.desktop.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueRowsTest {
    private static QueueEntry entry(String id, String at) {
        return Entries.one(id, "a", Instant.parse(at), "Europe/Berlin", QueueState.SCHEDULED, null);
    }

    @Test
    void groupsByLocalDayWithOneHeadingEach() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 23:30 UTC on Sunday is already Monday in Berlin
        List<QueueRows.Line> lines = QueueRows.group(List.of(entry("b", "2026-11-30T08:00:00Z"),
                entry("a", "2026-11-29T23:30:00Z"), entry("c", "2026-12-01T08:00:00Z")), Map.of(), Map.of(), berlin);
        assertEquals(5, lines.size());
        assertEquals(LocalDate.of(2026, 11, 30), lines.get(0).day());
        assertEquals("a", lines.get(1).entry().id());
        assertEquals("b", lines.get(2).entry().id());
        assertTrue(lines.get(3).isHeading());
        assertEquals(LocalDate.of(2026, 12, 1), lines.get(3).day());
    }

    @Test
    void weekViewPutsEntriesOnTheirDay() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<List<QueueEntry>> week = QueueRows.week(List.of(entry("mon", "2026-11-30T08:00:00Z"),
                entry("sun", "2026-12-06T20:00:00Z"), entry("next", "2026-12-07T08:00:00Z")),
                LocalDate.of(2026, 11, 30), berlin);
        assertEquals(List.of("mon"), week.get(0).stream().map(QueueEntry::id).toList());
        assertEquals(List.of("sun"), week.get(6).stream().map(QueueEntry::id).toList());
        assertEquals(2, week.stream().mapToInt(List::size).sum(), "next week's entry is not shown");
    }
}
