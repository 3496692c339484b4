package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TwitterTextParser;
import org.junit.jupiter.api.Test;

/** The emoji-free fast path of X counting gives exactly twitter-text's default result. */
class XCountTest {

    @Test
    void fastPathAgreesWithTwitterTextOnEveryNonEmojiCodePointOfPlanesZeroAndOne() {
        StringBuilder chunk = new StringBuilder();
        int checked = 0;
        for (int cp = 0x80; cp < 0x20000; cp++) {
            if (Character.getType(cp) == Character.SURROGATE || XCount.emojiPart(cp)) {
                continue;
            }
            chunk.appendCodePoint(cp).append(checked % 7 == 0 ? " https://example.com/x " : "a");
            checked++;
            if (chunk.length() > 1500 || cp == 0x1FFFF) {
                String text = chunk.toString();
                assertFalse(XCount.mayHoldEmoji(text));
                assertEquals(TwitterTextParser.parseTweet(text).weightedLength, XCount.count(text),
                        () -> "chunk ending at U+" + Integer.toHexString(text.codePointBefore(text.length() - 1)));
                chunk.setLength(0);
            }
        }
        assertTrue(checked > 100_000, "checked " + checked);
    }

    @Test
    void emojiTakeTheOfficialPath() {
        for (String s : new String[] {"😀", "👨‍👩‍👧‍👦", "1️⃣", "🇫🇷", "©", "❤", "a\u200Db"}) {
            assertTrue(XCount.mayHoldEmoji("x " + s), s);
            assertEquals(TwitterTextParser.parseTweet("x " + s).weightedLength, XCount.count("x " + s), s);
        }
        assertFalse(XCount.mayHoldEmoji("plain ASCII 123 #tag *bold*"));
    }
}
