/**
 * Colour emoji on any machine, with or without an emoji font (Java2D on Linux draws none,
 * JDK-8269806): the shipped Noto Emoji images drawn inline where the text holds an emoji, as chat
 * apps do. The text stays the text (caret, selection, counting); only painting changes.
 * {@link dev.gloss.desktop.core.emoji.EmojiEditorKit} for editors and panes,
 * {@link dev.gloss.desktop.core.emoji.EmojiText} for labels and renderers that paint text themselves,
 * {@link dev.gloss.desktop.core.emoji.EmojiPicker} and
 * {@link dev.gloss.desktop.core.emoji.ShortcodeCompletion} to write them.
 */
package dev.gloss.desktop.core.emoji;
