package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The status line's page: the printed label, and the page's number beside it when the two differ. */
class ReaderStatusTest {
    @Test
    void aLabelledPageShowsItsNumberAndTheCountBeside() {
        ReaderStatus.show(3, "3", 14, 125.2);
        assertEquals("Page 3 of 14 \u00b7 125 %", ReaderStatus.text());
        // a paper from proceedings, printed from page 1650: not "Page 1650 of 20"
        ReaderStatus.show(1, "1650", 20, 98.6);
        assertEquals("Page 1650 (1 of 20) \u00b7 99 %", ReaderStatus.text());
        ReaderStatus.show(2, "ii", 20, 100);
        assertEquals("Page ii (2 of 20) \u00b7 100 %", ReaderStatus.text());
        ReaderStatus.clear();
    }
}
