/**
 * Text as people write it, for every editor and view of the desktop: colour emoji on any machine,
 * with or without an emoji font (Java2D on Linux draws none, JDK-8269806), drawn inline from the
 * shipped Twemoji images as chat apps do, the text staying the text (caret, selection,
 * counting); an emoji picker and {@code :short_name:} completion to write them; and pasted text
 * that arrives garbled offered repaired in one click.
 * {@link dev.gloss.desktop.core.text.EmojiEditorKit} draws emoji in editors and panes,
 * {@link dev.gloss.desktop.core.text.EmojiText} in labels and renderers that paint text themselves,
 * {@link dev.gloss.desktop.core.text.TextEditing} gives an editor all of it in one call.
 */
package dev.gloss.desktop.core.text;
