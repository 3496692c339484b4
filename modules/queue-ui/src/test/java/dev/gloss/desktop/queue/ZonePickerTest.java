package dev.gloss.desktop.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The zone picker's search: any part of an id, words in any case, underscores as spaces. */
class ZonePickerTest {
    @Test
    void findsZonesByAnyPartOfTheirName() {
        assertEquals(java.util.List.of("Europe/Berlin"), ZonePicker.matching("berl"));
        assertEquals(java.util.List.of("America/New_York"), ZonePicker.matching("new york"));
        assertEquals(java.util.List.of("America/New_York"), ZonePicker.matching("America/new_y"));
        assertTrue(ZonePicker.matching("america").size() > 50);
        assertTrue(ZonePicker.matching("atlantis").isEmpty());
        assertFalse(ZonePicker.ZONES.contains("US/Pacific"), "legacy aliases are left out");
        assertTrue(ZonePicker.ZONES.contains(ZoneId.systemDefault().getId()), "this computer's zone is offered");
    }

    @Test
    void whatIsTypedIsAZoneWhenItNamesOneOrMatchesOnlyOne() {
        ZonePicker picker = new ZonePicker(ZoneId.of("Europe/Berlin"));
        assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), picker.zone(), "the zone it starts with");
        picker.editorField().setText("asia/tokyo");
        assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), picker.zone(), "case aside");
        picker.editorField().setText("tokyo");
        assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), picker.zone(), "the only match");
        picker.editorField().setText("america");
        assertTrue(picker.zone().isEmpty(), "many matches: not one zone yet");
        picker.editorField().setText("");
        assertTrue(picker.zone().isEmpty());
    }
}
