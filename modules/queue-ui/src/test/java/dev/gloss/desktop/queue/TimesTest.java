package dev.gloss.desktop.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.publish.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One way to write times: the user's locale, zones named by id and abbreviation. */
class TimesTest {
    @RegisterExtension
    final FormatLocale locale = new FormatLocale(Locale.UK);

    @Test
    void theTimeOfDayIsWrittenAsTheLocaleWritesIt() {
        locale.set(Locale.US);
        assertEquals("9:00\u202fAM", Times.time(LocalTime.of(9, 0)).replace(' ', '\u202f'));
        assertEquals("h:mm\u202fa", Times.timePattern().replace(' ', '\u202f'));
        locale.set(Locale.GERMANY);
        assertEquals("09:00", Times.time(LocalTime.of(9, 0)));
        assertEquals("HH:mm", Times.timePattern());
    }

    @Test
    void aZoneIsNamedByItsIdAndTheAbbreviationItGoesByThen() {
        locale.set(Locale.UK);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals("Europe/Berlin (CET)", Times.zone(berlin, Instant.parse("2026-12-03T09:00:00Z")));
        assertEquals("Europe/Berlin (CEST)", Times.zone(berlin, Instant.parse("2026-07-01T09:00:00Z")));
        assertEquals("UTC", Times.zone(ZoneId.of("Etc/UTC"), Instant.EPOCH));
        assertEquals("UTC", Times.zone(ZoneId.of("UTC"), Instant.EPOCH));
    }

    @Test
    void slotsAndDatesReadTheSameWayAsTheQueue() {
        locale.set(Locale.US);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WeeklySlot monday = new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), berlin);
        assertEquals("Monday 9:00 AM, Europe/Berlin (CET)", Times.slot(monday, Instant.parse("2026-12-03T09:00:00Z"))
                .replace('\u202f', ' '));
        ZonedDateTime at = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, berlin);
        assertEquals("Monday, December 7 at 9:00 AM", Times.dayAndTime(at, berlin).replace('\u202f', ' '), "the user's zone goes unsaid");
        assertEquals("Monday, December 7 at 9:00 AM Europe/Berlin (CET)",
                Times.dayAndTime(at, ZoneId.of("America/New_York")).replace('\u202f', ' '), "another zone is named");
        assertEquals("Monday, December 7 at 9:00 AM, Europe/Berlin (CET)", Times.dayAndTimeInZone(at).replace('\u202f', ' '));
    }

    @Test
    void datesFollowTheLocalesOrderAndWords() {
        java.time.LocalDate d = java.time.LocalDate.of(2026, 12, 7);
        locale.set(Locale.US);
        assertEquals("Monday, December 7, 2026", Times.date(d));
        assertEquals("Mon, Dec 7", Times.shortDate(d));
        assertEquals("Nov 30 \u2013 Dec 6, 2026", Times.range(d.minusDays(7), d.minusDays(1)).replace('\u2009', ' '));
        locale.set(Locale.UK);
        assertEquals("Monday, 7 December 2026", Times.date(d), "as CLDR writes en-GB");
        assertEquals("Mon 7 Dec", Times.shortDate(d));
        locale.set(Locale.GERMANY);
        assertEquals("Montag, 7. Dezember 2026", Times.date(d));
        assertEquals("Montag, 7. Dezember um 09:00", Times.dayAndTime(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")),
                ZoneId.of("Europe/Berlin")));
    }
}
