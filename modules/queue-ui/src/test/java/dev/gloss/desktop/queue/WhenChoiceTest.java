package dev.gloss.desktop.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.When;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When a thread goes out: the three choices, a picked time in the past refused while it is in the past. */
class WhenChoiceTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T09:20:00Z"), ZoneId.of("Europe/Berlin"));
    @RegisterExtension
    final FormatLocale locale = new FormatLocale(Locale.UK);

    @Test
    void startsAtTheNextFullHourInTheNamedZone() {
        locale.set(Locale.UK);
        WhenChoice when = new WhenChoice(NOW, null);
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), when.picked().toInstant());
        assertEquals("At a date and time in Europe/Berlin (CET):", when.at.getText());
        when.at.setSelected(true);
        assertEquals(new When(When.Type.AT, when.picked()), when.when());
        assertNull(when.problem());
    }

    @Test
    void aTimeInThePastIsAProblemUntilItIsChanged() {
        WhenChoice when = new WhenChoice(NOW, Instant.parse("2026-12-03T08:00:00Z"));
        int[] changes = {0};
        when.onChange(() -> changes[0]++);
        when.at.setSelected(true);
        assertTrue(when.problem() != null && when.problem().contains("has passed"), when.problem());
        when.time.setValue(Date.from(Instant.parse("2026-12-03T12:00:00Z")));
        assertNull(when.problem(), "fixed");
        assertTrue(changes[0] > 0, "a change of the time is reported, for the message line");
        when.now.setSelected(true);
        assertEquals(When.now(), when.when());
    }

    @Test
    void theNextSlotChoiceIsOffOnlyWithoutSlots() {
        WhenChoice when = new WhenChoice(NOW, null);
        when.setSlots(null, false);
        assertFalse(when.next.isEnabled());
        when.setSlots("Monday 7 December, 09:00", true);
        assertTrue(when.next.isEnabled());
        assertEquals("Next free slot (Monday 7 December, 09:00)", when.next.getText());
        when.next.setSelected(true);
        assertEquals(When.nextSlot(), when.when());
        when.setSlots(null, false);
        assertTrue(when.at.isSelected(), "no slots left: at a date and time");
    }
}
