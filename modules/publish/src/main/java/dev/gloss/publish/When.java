package dev.gloss.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * When to publish, as the user says it: {@code now}, {@code next-slot} (the next free slot of
 * the weekly {@link SlotPlan}), or an ISO date-time: {@code 2025-03-31T09:00} in the user's zone
 * (the clock's), or with an offset or zone ({@code 2025-03-31T09:00+02:00},
 * {@code 2025-03-31T09:00[Europe/Berlin]}).
 *
 * @param at the date-time, or null for {@code now} and {@code next-slot}
 */
public record When(Type type, ZonedDateTime at) {
    /** The three ways to say when. */
    public enum Type { NOW, NEXT_SLOT, AT }

    /** How far in the past a date-time may be and still be taken (typing takes time). */
    static final Duration GRACE = Duration.ofMinutes(5);

    public static When now() {
        return new When(Type.NOW, null);
    }

    public static When nextSlot() {
        return new When(Type.NEXT_SLOT, null);
    }

    public static When at(ZonedDateTime at) {
        return new When(Type.AT, at);
    }

    /**
     * Reads what the user typed; a local date-time is in the clock's zone.
     *
     * @throws PublishSetupException when it cannot be read, does not exist in that zone (inside
     *                               a daylight-saving gap) or lies in the past
     */
    public static When parse(String text, Clock clock) {
        String s = text == null ? "" : text.strip();
        if (s.equalsIgnoreCase("now")) {
            return now();
        }
        if (s.equalsIgnoreCase("next-slot") || s.equalsIgnoreCase("next")) {
            return nextSlot();
        }
        ZonedDateTime at = dateTime(s, clock.getZone()).orElseThrow(() -> new PublishSetupException(PublishSetupException.Reason.NOT_A_TIME, text));
        if (at.toInstant().isBefore(clock.instant().minus(GRACE))) {
            throw new PublishSetupException(PublishSetupException.Reason.IN_THE_PAST, at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        return at(at);
    }

    private static Optional<ZonedDateTime> dateTime(String s, ZoneId zone) {
        String iso = s.matches("\\d{4}-\\d{2}-\\d{2} .*") ? s.replaceFirst(" ", "T") : s;
        try {
            return Optional.of(ZonedDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            // not zoned: try a local date-time below
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new PublishSetupException(PublishSetupException.Reason.SKIPPED_BY_DST, local, zone.getId());
        }
        return Optional.of(ZonedDateTime.of(local, zone));
    }

    @Override
    public String toString() {
        return switch (type) {
            case NOW -> "now";
            case NEXT_SLOT -> "next-slot";
            case AT -> at.format(DateTimeFormatter.ISO_ZONED_DATE_TIME.withLocale(Locale.ROOT));
        };
    }
}
