/**
 * The paper's annotations in the reader: the tab's {@link dev.gloss.desktop.reader.annotate.AnnotationModel}
 * (in its lookup, with the undo/redo manager), drawn by the annotation layer, made and changed
 * (with undo) by the editor and its menus and keys, saved in the background, and the figure clip tool.
 */
package dev.gloss.desktop.reader.annotate;
