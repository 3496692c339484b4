/**
 * The thread composer window: a thread as a column of post cards with live per-platform counts,
 * images with alt text, a platform preview, undo and autosave; highlights dropped on it become
 * quote posts. Implements {@code ThreadComposerService}.
 */
package dev.gloss.desktop.composer;
