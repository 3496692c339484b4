package dev.gloss.threads;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParser;

/**
 * X's weighted length by twitter-text 3.1.0. Its emoji regular expression costs milliseconds per
 * post, so a text holding no code point that can be part of an emoji is parsed with emoji parsing
 * off, which gives the same length (the test checks every code point of planes 0 and 1).
 */
final class XCount {

    private static final TwitterTextConfiguration DEFAULT = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
    private static final TwitterTextConfiguration NO_EMOJI = new TwitterTextConfiguration.Builder()
            .setVersion(DEFAULT.getVersion())
            .setMaxWeightedTweetLength(DEFAULT.getMaxWeightedTweetLength())
            .setScale(DEFAULT.getScale())
            .setDefaultWeight(DEFAULT.getDefaultWeight())
            .setTransformedURLLength(DEFAULT.getTransformedURLLength())
            .setRanges(DEFAULT.getRanges())
            .setEmojiParsingEnabled(false)
            .build();

    private XCount() {
    }

    static int count(String text) {
        return TwitterTextParser.parseTweet(text, mayHoldEmoji(text) ? DEFAULT : NO_EMOJI).weightedLength;
    }

    /** Whether the text has a code point that can belong to an emoji sequence (ASCII alone cannot). */
    static boolean mayHoldEmoji(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x80 && emojiPart(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean emojiPart(int cp) {
        return cp == 0x200D || cp == 0x20E3 || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE007F)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT)
                || UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR);
    }
}
