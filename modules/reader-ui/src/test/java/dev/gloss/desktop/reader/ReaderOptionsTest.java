package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.render.PageLook;
import dev.gloss.pdf.PageColors;
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

    @Test
    void pageLookIsPrintedSinglePagesWithoutLinkBordersUntilChosen() {
        MemoryPreferences prefs = new MemoryPreferences();
        ReaderOptions.Form form = new ReaderOptions.Form(prefs);
        form.load();
        assertEquals(PageColors.PRINTED, form.pageColors().getSelectedItem());
        assertFalse(form.spread().isSelected());
        assertFalse(form.linkBorders().isSelected(), "links' own borders are hidden by default");

        form.pageColors().setSelectedItem(PageColors.SEPIA);
        form.linkBorders().setSelected(true);
        form.spread().setSelected(true);
        assertTrue(form.changed());
        form.store();
        assertEquals(PageColors.SEPIA, PageLook.colors(prefs));
        assertTrue(PageLook.linkBorders(prefs));
        assertTrue(PageLook.spread(prefs));
        assertFalse(form.changed());

        // the toolbar's toggle: back to printed, and again to sepia, the colours chosen last
        PageLook.toggleColors(prefs);
        assertEquals(PageColors.PRINTED, PageLook.colors(prefs));
        PageLook.toggleColors(prefs);
        assertEquals(PageColors.SEPIA, PageLook.colors(prefs));
        form.load();
        assertEquals(PageColors.SEPIA, form.pageColors().getSelectedItem());
    }

    @Test
    void theQuickToggleTurnsOnDarkPagesWhenNothingWasChosen() {
        MemoryPreferences prefs = new MemoryPreferences();
        PageLook.toggleColors(prefs);
        assertEquals(PageColors.DARK, PageLook.colors(prefs));
        prefs.put(PageLook.COLORS, "not a mode");
        assertEquals(PageColors.PRINTED, PageLook.colors(prefs), "an unknown value reads as printed");
    }
}
