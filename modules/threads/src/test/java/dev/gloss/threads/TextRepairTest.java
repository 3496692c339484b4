package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.threads.TextRepair.Change;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextRepairTest {

    /** {@code s} encoded in UTF-8 and read back in {@code charset}, as a careless importer does. */
    private static String mojibake(String s, String charset) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        Charset cs = Charset.forName(charset);
        Charset latin1 = StandardCharsets.ISO_8859_1;
        for (byte b : utf8) {
            String c = new String(new byte[] {b}, cs);
            // bytes the code page leaves undefined come out as their C1 control, as Windows' best fit does
            out.append(c.equals("\uFFFD") ? new String(new byte[] {b}, latin1) : c);
        }
        return out.toString();
    }

    @Test
    void theSeriesArchivedOpenerIsRepairedExactly() {
        // as archived: Windows-1253 for the lead byte, Windows-1252 for the rest, the ” later straightened
        String archived = "\u03C0\u0178\"\u00AC This week's #ResearchMonday";
        TextRepair.Result r = TextRepair.check(archived);
        assertEquals("🔬 This week's #ResearchMonday", r.text());
        assertEquals(Set.of(Change.ENCODING), r.changes());
        assertEquals("πŸ\"¬ This week's #ResearchMonday", archived, "the line as the issue quotes it");
    }

    @Test
    void theSeriesEmojiInEachCodePageAndTwiceOver() {
        String line = "🔬 This week's #ResearchMonday features 🧵 and 🛡️🤖 by 👨‍👩‍👧 from 🇩🇪 👍🏽 1️⃣";
        for (String cs : new String[] {"windows-1252", "windows-1253", "ISO-8859-1"}) {
            String once = mojibake(line, cs);
            assertFalse(once.equals(line));
            assertEquals(line, TextRepair.repair(once), cs);
            assertEquals(line, TextRepair.repair(mojibake(once, cs)), cs + " twice");
        }
        assertEquals("🔬 This week's #ResearchMonday", TextRepair.repair("ðŸ”¬ This week's #ResearchMonday"));
    }

    @Test
    void accentsAndPunctuationOfEuropeanText() {
        String text = "Café, naïve, Straße, Ελληνικά, Привет — “quoted” … 10 €";
        String repaired = TextRepair.check(mojibake(text, "windows-1252")).text();
        assertEquals("Café, naïve, Straße, Ελληνικά, Привет — \"quoted\" … 10 €", repaired,
                "the encoding is fixed and then the curly quotes straightened like any other");
    }

    @Test
    void correctTextIsLeftAlone() {
        for (String ok : new String[] {
            "Plain ASCII with \"quotes\" and it's fine.",
            "🔬 This week's #ResearchMonday",
            "Πόλη, Ελληνικά, ΑΘΗΝΑ", "Москва", "עברית", "NÃO é assim", "ÉTÉ… À bientôt", "Ångström",
            "日本語のテキスト", "naïve café", "© 2024 ™ ®", "x² + y²", "C'è un problema",
        }) {
            TextRepair.Result r = TextRepair.check(ok);
            assertTrue(r.changes().isEmpty() || !r.changes().contains(Change.ENCODING), ok + " -> " + r.text());
            if (!ok.contains("“")) {
                assertEquals(ok, r.text(), ok);
                assertFalse(r.changed(), ok);
            }
        }
        // ß then a curly quote is German (bytes DF 93 would be an NKo letter): only the quote is straightened
        assertEquals(Set.of(Change.QUOTES), TextRepair.check("Die „Straße“ ist").changes());
        assertEquals("Die \"Straße\" ist", TextRepair.repair("Die „Straße“ ist"));
    }

    @Test
    void pdfSpacesLigaturesAndHyphenation() {
        TextRepair.Result r = TextRepair.check("The ﬁrst exam-\nple of a well-\nknown\u00A0effect\u200B is well-known.");
        assertEquals("The first example of a well-known effect is well-known.", r.text());
        assertEquals(Set.of(Change.LIGATURES, Change.HYPHENATION, Change.SPACES), r.changes());
        assertEquals("Covid-Nineteen", TextRepair.repair("Covid-\nNineteen"), "a capital after the break keeps the hyphen");
        assertEquals("a soft hyphen", TextRepair.repair("a so\u00ADft hy\u00AD\nphen"));
        assertEquals("kept\u200D joiners \u200C", TextRepair.repair("kept\u200D joiners \u200C"));
        assertEquals("line one\nline two", TextRepair.repair("line one\nline two"), "line breaks stay");
    }

    @Test
    void quotesAndNothing() {
        TextRepair.Result r = TextRepair.check("‘single’ and “double”");
        assertEquals("'single' and \"double\"", r.text());
        assertEquals(Set.of(Change.QUOTES), r.changes());
        assertFalse(TextRepair.check("").changed());
        assertEquals("", TextRepair.check(null).text());
    }
}
