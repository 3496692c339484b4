/**
 * Shared services of the desktop modules: the open workspace ({@link GlossWorkspace}), opening
 * papers in the reader ({@link PaperOpener}), small helpers for background work, and what the
 * dialogs share: their form layout ({@link Forms}), the Note and Tags dialog
 * ({@link NoteAndTagsDialog}) and the keyboard given back when one closes ({@link FocusAfterDialogs}).
 */
package dev.gloss.desktop.core;
