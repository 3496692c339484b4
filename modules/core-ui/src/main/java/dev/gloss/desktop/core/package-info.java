/**
 * The application itself, shared by every window: the open workspace ({@link GlossWorkspace}),
 * start-up and theme, the Appearance options, Help ▸ Keyboard Shortcuts and the files given on the
 * command line. Contracts between windows are in {@code spi}, shared widgets in {@code widgets}.
 */
package dev.gloss.desktop.core;
