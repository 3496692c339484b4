package dev.gloss.threads.emoji;

import java.util.List;

/**
 * One emoji Gloss can draw.
 *
 * @param text       the fully-qualified sequence as text (with its variation selectors)
 * @param column     the cell's column in the sprite sheet ({@link EmojiIndex#SHEET})
 * @param row        the cell's row
 * @param category   the picker's group ("Smileys & Emotion" ...); empty for skin-tone variants and components
 * @param shortNames the names for {@code :short_name:}, the first is the main one; empty for skin-tone variants
 * @param name       the Unicode name in lower case ("thumbs up sign: medium skin tone")
 * @param base       for a skin-tone variant the base emoji's text, else null
 */
public record Emoji(String text, int column, int row, String category, List<String> shortNames, String name,
        String base) {

    public Emoji {
        shortNames = List.copyOf(shortNames);
    }

    /** The main short name ("+1"), or the base's for a variant. */
    public String shortName() {
        return shortNames.isEmpty() ? "" : shortNames.get(0);
    }

    public boolean isSkinToneVariant() {
        return base != null;
    }
}
