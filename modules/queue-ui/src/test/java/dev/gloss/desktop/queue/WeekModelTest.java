package dev.gloss.desktop.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The week view's model: which week, moving between weeks, what falls into the week shown. */
class WeekModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Thursday 3 December 2026, 10:00 in Berlin. */
    private static final Clock THURSDAY = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), BERLIN);
    @RegisterExtension
    final FormatLocale locale = new FormatLocale(Locale.UK);

    static QueueEntry entry(String id, String at) {
        return Entries.one(id, "a", Instant.parse(at), "Europe/Berlin", QueueState.SCHEDULED, null);
    }

    @Test
    void startsOnThisWeeksMondayAndMovesAWeekAtATime() {
        WeekModel week = new WeekModel(THURSDAY);
        assertEquals(LocalDate.of(2026, 11, 30), week.monday());
        assertEquals(0, week.weeksFromNow());
        week.next();
        assertEquals(LocalDate.of(2026, 12, 7), week.monday());
        assertEquals(1, week.weeksFromNow());
        week.previous();
        week.previous();
        assertEquals(-1, week.weeksFromNow());
        week.next();
        week.next();
        week.next();
        week.thisWeek();
        assertEquals(LocalDate.of(2026, 11, 30), week.monday(), "this week again");
    }

    @Test
    void anEntryIsInTheWeekOfItsDayInTheUsersZone() {
        WeekModel week = new WeekModel(THURSDAY);
        QueueEntry nextMonday = entry("next", "2026-12-07T08:00:00Z");
        // 23:30 UTC on Sunday 6 December is already Monday 7 December in Berlin
        QueueEntry lateSunday = entry("late", "2026-12-06T23:30:00Z");
        QueueEntry sunday = entry("sun", "2026-12-06T20:00:00Z");
        assertFalse(week.contains(nextMonday), "next Monday is not in this week");
        assertFalse(week.contains(lateSunday));
        assertTrue(week.contains(sunday));
        week.next();
        assertTrue(week.contains(nextMonday));
        assertTrue(week.contains(lateSunday));
        assertEquals(List.of("late", "next"), week.days(List.of(nextMonday, lateSunday, sunday)).get(0).stream()
                .map(QueueEntry::id).toList(), "Monday's entries by time");
        assertFalse(week.contains(null));
    }

    @Test
    void showsTheWeekOfAnEntryAndSaysWhereTheRestIs() {
        WeekModel week = new WeekModel(THURSDAY);
        QueueEntry earlier = entry("earlier", "2026-11-20T08:00:00Z");
        QueueEntry later = entry("later", "2026-12-21T08:00:00Z");
        QueueEntry soon = entry("soon", "2026-12-08T08:00:00Z");
        List<QueueEntry> all = List.of(earlier, later, soon);
        assertEquals("soon", week.firstAfter(all).orElseThrow().id());
        assertEquals("earlier", week.lastBefore(all).orElseThrow().id());
        week.showWeekOf(later.at());
        assertEquals(LocalDate.of(2026, 12, 21), week.monday());
        assertTrue(week.firstAfter(all).isEmpty());
        assertEquals("soon", week.lastBefore(all).orElseThrow().id());
        week.showWeekOf(null);
        assertEquals(0, week.weeksFromNow(), "no entry: this week");
    }

    @Test
    void namesTheWeeksDatesWithBothYearsOnlyWhenItSpansTwo() {
        WeekModel week = new WeekModel(THURSDAY);
        assertEquals("30 Nov \u2013 6 Dec 2026", week.range().replace('\u2009', ' '));
        week.showWeekOf(Instant.parse("2026-12-30T12:00:00Z"));
        assertEquals("28 Dec 2026 \u2013 3 Jan 2027", week.range().replace('\u2009', ' '));
    }
}
