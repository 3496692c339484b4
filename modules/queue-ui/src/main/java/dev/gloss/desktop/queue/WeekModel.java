package dev.gloss.desktop.queue;

import dev.gloss.workspace.QueueEntry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which week the queue's week view shows (Monday to Sunday in the user's zone), moving a week
 * back or on or to this week, and what of the queue falls into it. No Swing: the view draws it.
 */
final class WeekModel {
    private final Clock clock;
    private LocalDate monday;

    WeekModel(Clock clock) {
        this.clock = clock;
        this.monday = mondayOf(today());
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate monday() {
        return monday;
    }

    void previous() {
        monday = monday.minusWeeks(1);
    }

    void next() {
        monday = monday.plusWeeks(1);
    }

    void thisWeek() {
        monday = mondayOf(today());
    }

    /** Shows the week of {@code at} (this week for null). */
    void showWeekOf(Instant at) {
        monday = mondayOf(at == null ? today() : at.atZone(zone()).toLocalDate());
    }

    /** 0 for this week, 1 for next week, -1 for last week. */
    long weeksFromNow() {
        return ChronoUnit.WEEKS.between(mondayOf(today()), monday);
    }

    /** Whether {@code e} is on one of the days shown. */
    boolean contains(QueueEntry e) {
        if (e == null || e.at() == null) {
            return false;
        }
        LocalDate day = e.at().atZone(zone()).toLocalDate();
        return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
    }

    /** The entries of each day shown, Monday first, by time. */
    List<List<QueueEntry>> days(List<QueueEntry> entries) {
        return QueueRows.week(entries, monday, zone());
    }

    /** The first entry after the week shown. */
    Optional<QueueEntry> firstAfter(List<QueueEntry> entries) {
        Instant end = monday.plusWeeks(1).atStartOfDay(zone()).toInstant();
        return entries.stream().filter(e -> e.at() != null && !e.at().isBefore(end)).min(Comparator.comparing(QueueEntry::at));
    }

    /** The last entry before the week shown. */
    Optional<QueueEntry> lastBefore(List<QueueEntry> entries) {
        Instant start = monday.atStartOfDay(zone()).toInstant();
        return entries.stream().filter(e -> e.at() != null && e.at().isBefore(start)).max(Comparator.comparing(QueueEntry::at));
    }

    /** "Nov 30 – Dec 6, 2026" (en-US), "30 Nov – 6 Dec 2026" (en-GB): both years when the week spans two. */
    String range() {
        return Times.range(monday, monday.plusDays(6));
    }
}
