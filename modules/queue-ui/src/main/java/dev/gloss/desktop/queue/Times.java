package dev.gloss.desktop.queue;

import dev.gloss.publish.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How the queue's windows write times, one way everywhere: the time of day in the user's
 * locale ("9:00 AM", or "09:00" where that is the custom), days with their names, and a zone
 * named by its id and its abbreviation at that moment ("Europe/Berlin (CET)").
 */
final class Times {
    private Times() {
    }

    static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** "9:00 AM" (en-US), "09:00" (de-DE). */
    static String time(LocalTime t) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(t);
    }

    /** The locale's pattern for a short time, e.g. "h:mm a", for fields that edit one. */
    static String timePattern() {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale());
    }

    /** The locale's pattern for a short date and time, e.g. "M/d/yy, h:mm a". */
    static String dateTimePattern() {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, FormatStyle.SHORT, IsoChronology.INSTANCE,
                locale());
    }

    /** "Monday". */
    static String day(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, locale());
    }

    /** "Monday 30 November 2026", the heading of a day in the queue. */
    static String date(LocalDate d) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale()).format(d);
    }

    /** "Mon 30 Nov", a column of the week view. */
    static String shortDate(LocalDate d) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale()).format(d);
    }

    /** "Monday 30 November, 9:00 AM", with the zone named when it is not {@code home}. */
    static String dayAndTime(ZonedDateTime at, ZoneId home) {
        String text = DateTimeFormatter.ofPattern("EEEE d MMMM", locale()).format(at) + ", " + time(at.toLocalTime());
        return sameZone(at.getZone(), home) ? text : text + " " + zone(at.getZone(), at.toInstant());
    }

    /** "Europe/Berlin (CET)", or "(CEST)" in summer; just "UTC" for UTC and Etc/UTC. */
    static String zone(ZoneId zone, Instant when) {
        String id = zone.getId();
        String abbreviation = DateTimeFormatter.ofPattern("zzz", locale()).format(when.atZone(zone));
        return id.equals(abbreviation) || id.endsWith("/" + abbreviation) ? abbreviation : id + " (" + abbreviation + ")";
    }

    /** "Monday 9:00 AM, Europe/Berlin (CET)". */
    static String slot(WeeklySlot s, Instant when) {
        return day(s.day()) + " " + time(s.time()) + ", " + zone(s.zone(), when);
    }

    static boolean sameZone(ZoneId a, ZoneId b) {
        return a.normalized().equals(b.normalized());
    }
}
