package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tools ▸ Options ▸ Reader shows the reader's settings and stores them only on OK. */
class ReaderOptionsTest {
    @Test
    void showsWhatIsInEffectAndStoresTheChoiceOnOk() {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.put(ReaderOptions.COLOR, "green"); // chosen with key 3 in the reader
        ReaderOptions.Form form = new ReaderOptions.Form(prefs);
        form.load();
        assertFalse(form.sidebar().isSelected());
        assertEquals("green", form.color().getSelectedItem());
        assertFalse(form.changed());

        form.sidebar().setSelected(true);
        form.color().setSelectedItem("blue");
        assertTrue(form.changed());
        assertEquals("green", prefs.get(ReaderOptions.COLOR, null), "nothing applied before OK");
        form.store();
        assertTrue(prefs.getBoolean(ReaderOptions.SIDEBAR, false));
        assertEquals("blue", prefs.get(ReaderOptions.COLOR, null));
        assertFalse(form.changed());
    }
}
