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
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.ULocale;

/**
 * How the queue's windows write times, one way everywhere, in the user's locale: the time of day
 * ("9:00 AM", or "09:00" where that is the custom), dates in the locale's order and words
 * ("Monday, December 7, 2026"; "Montag, 7. Dezember 2026"; from CLDR through ICU, as Java 17
 * has no date patterns without the year), and a zone named by its id and its abbreviation at
 * that moment ("Europe/Berlin (CET)").
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

    /** A date as the locale writes it with these fields (an ICU skeleton such as {@code yMMMMEEEEd}). */
    private static String format(String skeleton, LocalDate d) {
        return icu(skeleton, ZoneId.of("UTC")).format(d.atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli());
    }

    private static com.ibm.icu.text.DateFormat icu(String skeleton, ZoneId zone) {
        com.ibm.icu.text.DateFormat f = com.ibm.icu.text.DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(locale()));
        f.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone(zone.getId()));
        return f;
    }

    /** "Monday, November 30, 2026" (en-US), "Monday, 30 November 2026" (en-GB): the heading of a day in the queue. */
    static String date(LocalDate d) {
        return format("yMMMMEEEEd", d);
    }

    /** "Mon, Nov 30" (en-US), "Mon 30 Nov" (en-GB): a column of the week view. */
    static String shortDate(LocalDate d) {
        return format("MMMEd", d);
    }

    /** "Nov 30 – Dec 6, 2026" (en-US), "30 Nov – 6 Dec 2026" (en-GB): a week. */
    static String range(LocalDate first, LocalDate last) {
        DateIntervalFormat f = DateIntervalFormat.getInstance("yMMMd", ULocale.forLocale(locale()));
        f.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("UTC"));
        long from = first.atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli();
        long to = last.atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli();
        return f.format(new DateInterval(from, to), new StringBuffer(), new java.text.FieldPosition(0)).toString();
    }

    /** "Monday, November 30 at 9:00 AM" (en-US), with the zone named when it is not {@code home}. */
    static String dayAndTime(ZonedDateTime at, ZoneId home) {
        String text = icu("MMMMEEEEdjmm", at.getZone()).format(at.toInstant().toEpochMilli());
        return sameZone(at.getZone(), home) ? text : text + " " + zone(at.getZone(), at.toInstant());
    }

    /** "Monday, November 30 at 9:00 AM, Europe/Berlin (CET)": the zone always named (what was queued, and when). */
    static String dayAndTimeInZone(ZonedDateTime at) {
        return icu("MMMMEEEEdjmm", at.getZone()).format(at.toInstant().toEpochMilli()) + ", " + zone(at.getZone(), at.toInstant());
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
