/**
 * The annotation view: a window listing the highlights, notes and clips of the current paper or
 * of all papers, with filters, live updates, drag to the composer and export. The filtering
 * model ({@link dev.gloss.desktop.annotations.AnnotationListModel},
 * {@link dev.gloss.desktop.annotations.AnnotationFilter}) is free of Swing.
 */
package dev.gloss.desktop.annotations;
