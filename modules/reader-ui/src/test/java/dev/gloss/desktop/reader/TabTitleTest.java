package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The reader tab's title: short titles as they are, long ones cut at a word. */
class TabTitleTest {
    @Test
    void shortTitlesStayWhole() {
        assertEquals("Attention Is All You Need", TabTitle.shorten("Attention Is All You Need", 40));
        assertEquals("A title on two lines", TabTitle.shorten("  A title\n on   two lines ", 40));
    }

    @Test
    void longTitlesAreCutAfterAWholeWord() {
        String t = "Trace-based Just-in-Time Type Specialization for Dynamic Languages";
        String s = TabTitle.shorten(t, 40);
        assertEquals("Trace-based Just-in-Time Type\u2026", s);
        assertTrue(s.length() <= 40);
        assertEquals("BERT\u2026", TabTitle.shorten("BERT: Pre-training of Deep Bidirectional Transformers", 12));
        // a single very long word is cut inside it
        assertEquals("Supercalif\u2026", TabTitle.shorten("Supercalifragilisticexpialidocious", 11));
    }

    @Test
    void theTooltipEscapesTheTitle() {
        assertEquals("<html><b>Q&amp;A &lt;draft&gt;</b><br>/tmp/a.pdf</html>", TabTitle.tooltip("Q&A <draft>", "/tmp/a.pdf"));
    }
}
