/**
 * Getting a PDF into a reader tab: the Open File, Open Recent and drop actions, the background
 * loader (password, PDFBox's logging), finding the file's paper and adding a plain PDF to the library.
 */
package dev.gloss.desktop.reader.open;
