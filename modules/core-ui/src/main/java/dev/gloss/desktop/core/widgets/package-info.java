/**
 * Widgets and dialogs every window uses alike: the dialogs' form layout ({@link Forms}), the Note
 * and Tags dialog, the PDF file chooser, focus and mnemonic fixes, icons and the Options page base.
 */
package dev.gloss.desktop.core.widgets;
