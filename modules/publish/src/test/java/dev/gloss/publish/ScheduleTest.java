package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weekly slots across daylight-saving changes, and reading "when" as users type it. */
class ScheduleTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final WeeklySlot monday9 = WeeklySlot.parse("MONDAY", "09:00", "Europe/Berlin");

    @TempDir
    Path tmp;

    @Test
    void aMondayNineOClockSlotStaysAtNineAcrossTheSpringChange() {
        // Berlin moves from CET (+01) to CEST (+02) on Sunday 30 March 2025
        Instant before = monday9.nextAfter(ZonedDateTime.of(2025, 3, 20, 12, 0, 0, 0, BERLIN).toInstant());
        Instant after = monday9.nextAfter(before);

        assertEquals(LocalDateTime.of(2025, 3, 24, 9, 0), before.atZone(BERLIN).toLocalDateTime());
        assertEquals(LocalDateTime.of(2025, 3, 31, 9, 0), after.atZone(BERLIN).toLocalDateTime());
        assertEquals(Instant.parse("2025-03-24T08:00:00Z"), before);
        assertEquals(Instant.parse("2025-03-31T07:00:00Z"), after, "one hour earlier in UTC");
    }

    @Test
    void aMondayNineOClockSlotStaysAtNineAcrossTheAutumnChange() {
        // Berlin moves from CEST back to CET on Sunday 26 October 2025
        Instant before = monday9.nextAfter(ZonedDateTime.of(2025, 10, 14, 0, 0, 0, 0, BERLIN).toInstant());
        Instant after = monday9.nextAfter(before);

        assertEquals(Instant.parse("2025-10-20T07:00:00Z"), before);
        assertEquals(Instant.parse("2025-10-27T08:00:00Z"), after, "one hour later in UTC");
        assertEquals(LocalTime.of(9, 0), after.atZone(BERLIN).toLocalTime());
    }

    @Test
    void aSlotInsideTheSpringGapMovesForwardByTheGap() {
        WeeklySlot sunday0230 = WeeklySlot.parse("sun", "02:30", "Europe/Berlin");
        Instant at = sunday0230.nextAfter(Instant.parse("2025-03-29T00:00:00Z"));
        assertEquals(LocalDateTime.of(2025, 3, 30, 3, 30), at.atZone(BERLIN).toLocalDateTime());
    }

    @Test
    void theNextFreeSlotSkipsTakenOnesAndMixesSlots() {
        SlotPlan plan = new SlotPlan(List.of(monday9, WeeklySlot.parse("THURSDAY", "17:30", "Europe/Berlin")));
        Instant now = Instant.parse("2025-03-25T10:00:00Z"); // a Tuesday
        Instant thu = Instant.parse("2025-03-27T16:30:00Z");
        Instant mon = Instant.parse("2025-03-31T07:00:00Z");

        assertEquals(thu, plan.nextFree(now, t -> false).orElseThrow().at());
        assertEquals(mon, plan.nextFree(now, Set.of(thu)::contains).orElseThrow().at());
        assertEquals(monday9, plan.nextFree(now, Set.of(thu)::contains).orElseThrow().slot());
        assertTrue(new SlotPlan(List.of()).nextFree(now, t -> false).isEmpty());
    }

    @Test
    void slotsAreSavedInTheWorkspaceSettings() {
        Workspace ws = Workspace.open(tmp);
        new SlotPlan(List.of(monday9)).with(WeeklySlot.parse("fri", "12:00", "UTC")).save(ws);

        SlotPlan again = SlotPlan.load(Workspace.open(tmp));

        assertEquals(List.of(monday9, new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.NOON, ZoneId.of("UTC"))), again.slots());
        assertEquals("MONDAY", ws.settings().path("publish").path("slots").get(0).path("day").asText());
        assertEquals("09:00", ws.settings().path("publish").path("slots").get(0).path("time").asText());
        assertEquals(List.of(monday9), again.without(new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.NOON, ZoneId.of("UTC"))).slots());
    }

    @Test
    void badSlotsAreRefusedWithTheirReason() {
        assertEquals("NOT_A_DAY [someday]",
                assertThrows(PublishSetupException.class, () -> WeeklySlot.parse("someday", "09:00", "UTC")).getMessage());
        assertEquals("NOT_A_TIME_OF_DAY [9 am]",
                assertThrows(PublishSetupException.class, () -> WeeklySlot.parse("mon", "9 am", "UTC")).getMessage());
        assertEquals("NOT_A_ZONE [Mars/Olympus]",
                assertThrows(PublishSetupException.class, () -> WeeklySlot.parse("mon", "09:00", "Mars/Olympus")).getMessage());
    }

    @Test
    void whenReadsNowNextSlotAndDateTimesInTheUsersZone() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-25T10:00:00Z"), BERLIN);

        assertEquals(When.Type.NOW, When.parse("now", clock).type());
        assertEquals(When.Type.NEXT_SLOT, When.parse("next-slot", clock).type());
        assertEquals(Instant.parse("2025-03-31T07:00:00Z"), When.parse("2025-03-31T09:00", clock).at().toInstant());
        assertEquals(Instant.parse("2025-03-31T07:00:00Z"), When.parse("2025-03-31 09:00", clock).at().toInstant());
        assertEquals(Instant.parse("2025-03-31T09:00:00Z"), When.parse("2025-03-31T09:00Z", clock).at().toInstant());
        assertEquals(Instant.parse("2025-03-31T13:00:00Z"), When.parse("2025-03-31T09:00-04:00", clock).at().toInstant());
        assertEquals(ZoneId.of("America/New_York"), When.parse("2025-03-31T09:00-04:00[America/New_York]", clock).at().getZone());
    }

    @Test
    void whenRefusesTheUnreadableTheNonexistentAndThePast() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-25T10:00:00Z"), BERLIN);

        assertEquals("NOT_A_TIME [tomorrow]",
                assertThrows(PublishSetupException.class, () -> When.parse("tomorrow", clock)).getMessage());
        assertEquals("SKIPPED_BY_DST [2025-03-30T02:30, Europe/Berlin]",
                assertThrows(PublishSetupException.class, () -> When.parse("2025-03-30T02:30", clock)).getMessage());
        assertEquals("IN_THE_PAST [2025-03-24T09:00:00+01:00]",
                assertThrows(PublishSetupException.class, () -> When.parse("2025-03-24T09:00", clock)).getMessage());
    }
}
