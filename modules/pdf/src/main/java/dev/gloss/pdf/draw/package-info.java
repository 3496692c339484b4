/**
 * New PDFs drawn from code (the demo paper every workspace starts with): pages of text in the
 * standard 14 fonts and lines, an outline, the Info dictionary and a fixed document id, so that
 * the same drawing gives the same bytes everywhere. Start at {@link dev.gloss.pdf.draw.NewPdf}.
 */
package dev.gloss.pdf.draw;
