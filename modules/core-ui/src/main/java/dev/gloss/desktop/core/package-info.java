/**
 * Shared services of the desktop modules: the open workspace ({@link GlossWorkspace}), opening
 * papers in the reader ({@link PaperOpener}) and small helpers for background work.
 */
package dev.gloss.desktop.core;
