package dev.gloss.threads.emoji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiRunsTest {

    private static List<String> runs(String text) {
        return EmojiRuns.find(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void theSeriesOpenerHasEachEmojiAsOneRun() {
        String text = "🔬 This week's #ResearchMonday 🧵 🛡️🤖 👨‍👩‍👧 🇩🇪 👍🏽 1️⃣ #️⃣";
        assertEquals(List.of("🔬", "🧵", "🛡️", "🤖", "👨‍👩‍👧", "🇩🇪", "👍🏽", "1️⃣", "#️⃣"), runs(text));
        for (EmojiRuns.Run r : EmojiRuns.find(text)) {
            assertTrue(r.emoji().column() >= 0 && r.emoji().row() >= 0);
        }
        EmojiRuns.Run family = EmojiRuns.find("👨‍👩‍👧").get(0);
        assertEquals("family: man, woman, girl", family.emoji().name());
        assertEquals("👍🏽", EmojiRuns.find("👍🏽").get(0).emoji().text());
        assertEquals("👍", EmojiRuns.find("👍🏽").get(0).emoji().base());
    }

    @Test
    void textPresentationStaysText() {
        assertEquals(List.of(), runs("© 2024 ™ ® 1 # * ☺ 🛡 plain"), "text by default, no selector");
        assertEquals(List.of("☺️", "©️"), runs("☺️ ©️"));
        assertEquals(List.of(), runs("🔬\uFE0E"), "selector 15 asks for text");
        assertEquals(List.of("1⃣"), runs("1⃣"), "a keycap without its selector");
        assertEquals(List.of("🛡"), runs("🛡\uFE0F").stream().map(s -> s.substring(0, 2)).toList());
    }

    @Test
    void unknownZwjSequencesAndLoneParts() {
        // a ZWJ sequence no vendor draws: its parts side by side, the joiner left as text
        String odd = "🔬\u200D🦖";
        List<EmojiRuns.Run> r = EmojiRuns.find(odd);
        assertEquals(2, r.size());
        assertEquals(0, r.get(0).start());
        assertEquals(2, r.get(0).end());
        assertEquals(3, r.get(1).start());
        assertEquals(List.of("🇩🇪", "🇫🇷"), runs("🇩🇪🇫🇷"), "flags pair up in order");
        assertEquals(List.of("🇩🇪"), runs("🇩🇪🇫"), "a lone regional indicator stays text");
        assertEquals(List.of(), runs("\uD83D"), "a lone surrogate");
        assertEquals(List.of(), runs("plain ASCII text, nothing to find"));
        assertFalse(EmojiRuns.mayHold("ascii"));
    }

    @Test
    void everyEmojiOfTheIndexIsFoundAsItself() {
        EmojiIndex index = EmojiIndex.get();
        assertTrue(index.all().size() > 3700, "about 3,800 emoji: " + index.all().size());
        for (Emoji e : index.all()) {
            List<EmojiRuns.Run> r = EmojiRuns.find(e.text());
            if (e.category().isEmpty() && e.base() == null) {
                continue; // components (a lone skin tone, hair) are no emoji of their own in text
            }
            assertEquals(1, r.size(), e.name() + " " + e.text());
            assertEquals(e.text().length(), r.get(0).end(), e.name());
            assertEquals(e, r.get(0).emoji(), e.name());
        }
    }

    @Test
    void theSheetAndLicenceShipBesideTheIndex() throws Exception {
        for (String name : new String[] {EmojiIndex.SHEET, "LICENSE.txt"}) {
            try (InputStream in = EmojiIndex.class.getResourceAsStream(name)) {
                assertTrue(in != null && in.read() >= 0, name);
            }
        }
        try (InputStream in = EmojiIndex.class.getResourceAsStream("LICENSE.txt")) {
            String licence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(licence.contains("CC-BY 4.0") && licence.contains("MIT License"), "both licences");
        }
    }
}
