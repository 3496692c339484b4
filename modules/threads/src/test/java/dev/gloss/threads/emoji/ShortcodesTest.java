package dev.gloss.threads.emoji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortcodesTest {

    @Test
    void aColonAndTwoCharactersOpenTheCompletion() {
        String text = "New paper :micro";
        Shortcodes.Token t = Shortcodes.tokenBefore(text, text.length()).orElseThrow();
        assertEquals(10, t.start());
        assertEquals("micro", t.query());
        assertTrue(Shortcodes.complete(t.query(), 5).stream().anyMatch(e -> e.text().equals("🔬")));
        assertEquals("🔬", Shortcodes.complete("microscope", 5).get(0).text());
        assertEquals(Optional.empty(), Shortcodes.tokenBefore(":m", 2), "one character is not enough");
        assertEquals(Optional.empty(), Shortcodes.tokenBefore("at 12:30", 8), "a time");
        assertEquals(Optional.empty(), Shortcodes.tokenBefore("see https://x", 10), "a URL");
        assertEquals(Optional.empty(), Shortcodes.tokenBefore("re:ab", 5), "inside a word");
        assertTrue(Shortcodes.tokenBefore("(:th", 4).isPresent());
    }

    @Test
    void aClosedNameIsReplacedByItsEmoji() {
        String text = "Read this :thread:";
        Shortcodes.Token t = Shortcodes.tokenBefore(text, text.length()).orElseThrow();
        assertTrue(t.closed());
        assertEquals("🧵", Shortcodes.exact(t).orElseThrow().text());
        assertEquals(Optional.empty(), Shortcodes.exact(Shortcodes.tokenBefore(":nosuchname:", 12).orElseThrow()));
        assertEquals("👍", Shortcodes.exact(Shortcodes.tokenBefore(":+1:", 4).orElseThrow()).orElseThrow().text());
    }

    @Test
    void searchRanksShortNamesThenNames() {
        EmojiIndex index = EmojiIndex.get();
        List<Emoji> thumbs = index.search("thumbs", 10);
        assertEquals("👍", thumbs.get(0).text(), thumbs.toString());
        assertEquals("🇩🇪", index.search("flag germany", 3).get(0).text());
        assertEquals("🇩🇪", index.byShortName("de").orElseThrow().text());
        assertEquals("🛡️", index.byShortName("shield").orElseThrow().text());
        assertEquals("🤖", index.search("robot", 3).get(0).text());
        assertTrue(index.search("zzzzqqq", 5).isEmpty());
        assertEquals(5, index.skinTones(index.byShortName("+1").orElseThrow()).size());
        assertTrue(index.categories().contains("Flags"));
        assertTrue(index.search("family", 50).stream().noneMatch(Emoji::isSkinToneVariant));
    }
}
