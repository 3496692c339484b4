/**
 * Emoji as text (pure: no windowing dependency): {@link dev.gloss.threads.emoji.EmojiIndex} knows
 * every emoji Gloss can draw (sequence, short names, name, category, cell in the shipped Twemoji
 * sprite sheet), {@link dev.gloss.threads.emoji.EmojiRuns} finds where a text holds them (ZWJ
 * sequences, skin tones, flags and keycaps as one), and {@link dev.gloss.threads.emoji.Shortcodes}
 * completes {@code :short_name:}. The desktop draws the runs as images; the text stays the text.
 */
package dev.gloss.threads.emoji;
