package dev.gloss.publish;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A weekly publishing slot, e.g. Monday 09:00 in Europe/Berlin. Occurrences are computed as
 * local date-times in the slot's own zone, so the slot stays at 09:00 local time across
 * daylight-saving changes (its UTC instant moves by the hour instead). A time that does not
 * exist on a given day (inside a spring-forward gap) moves forward by the gap's length.
 */
public record WeeklySlot(DayOfWeek day, LocalTime time, ZoneId zone) {

    public WeeklySlot {
        if (day == null || time == null || zone == null) {
            throw new IllegalArgumentException("a slot needs a day, a time and a zone");
        }
    }

    /**
     * Reads "MONDAY" or "mon", "09:00", and a zone id.
     *
     * @throws PublishSetupException naming what is wrong
     */
    public static WeeklySlot parse(String day, String time, String zone) {
        return new WeeklySlot(parseDay(day), parseTime(time), parseZone(zone));
    }

    static DayOfWeek parseDay(String s) {
        String d = s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek w : DayOfWeek.values()) {
            if (!d.isEmpty() && d.length() >= 2 && w.name().startsWith(d)) {
                return w;
            }
        }
        throw new PublishSetupException(PublishSetupException.Reason.NOT_A_DAY, s);
    }

    static LocalTime parseTime(String s) {
        try {
            return LocalTime.parse(s.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_A_TIME_OF_DAY, s);
        }
    }

    static ZoneId parseZone(String s) {
        try {
            return ZoneId.of(s.strip());
        } catch (RuntimeException e) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_A_ZONE, s);
        }
    }

    /** The first occurrence strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        LocalDate date = after.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        Instant at = occurrence(date);
        while (!at.isAfter(after)) {
            date = date.plusWeeks(1);
            at = occurrence(date);
        }
        return at;
    }

    /** The slot on a given date (which should fall on {@link #day}). */
    public Instant occurrence(LocalDate date) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** "Monday 09:00 Europe/Berlin". */
    public String describe() {
        String d = day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
        return d + " " + time + " " + zone.getId();
    }
}
