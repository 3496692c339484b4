package dev.gloss.desktop.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.publish.SlotPlan;
import dev.gloss.publish.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slots…'s form, without showing it: adding, refusing a zone that is not one, and the error going once fixed. */
class SlotsDialogTest {
    @Test
    void addsMondayAtNineInTheUsersZoneByDefaultAndOnlyOnce() {
        SlotsDialog.Form form = new SlotsDialog.Form(new SlotPlan(List.of()));
        form.add();
        form.add();
        assertEquals(List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.systemDefault())),
                Collections.list(form.model.elements()));
        assertTrue(form.error.getText().isBlank());
    }

    @Test
    void aZoneThatIsNotOneIsRefusedAndTheErrorGoesWhenItIsFixed() {
        SlotsDialog.Form form = new SlotsDialog.Form(new SlotPlan(List.of()));
        form.day.setSelectedItem(DayOfWeek.WEDNESDAY);
        form.zone.editorField().setText("Atlantis/Capital");
        form.add();
        assertTrue(form.model.isEmpty());
        assertEquals("\u201cAtlantis/Capital\u201d is not a time zone: type part of a city and pick it from the list.",
                form.error.getText());
        form.zone.editorField().setText("Europe/");
        assertEquals("\u201cAtlantis/Capital\u201d is not a time zone: type part of a city and pick it from the list.",
                form.error.getText(), "many zones match, still not one: the error stays");
        form.zone.editorField().setText("Europe/Berlin");
        assertTrue(form.error.getText().isBlank(), "fixed: the error goes at once, before Add");
        form.add();
        assertEquals(List.of(new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"))),
                Collections.list(form.model.elements()));
    }

    @Test
    void keepsTheSlotsItWasGiven() {
        WeeklySlot friday = new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.of(17, 30), ZoneId.of("Asia/Tokyo"));
        SlotsDialog.Form form = new SlotsDialog.Form(new SlotPlan(List.of(friday)));
        assertEquals(List.of(friday), Collections.list(form.model.elements()));
    }
}
