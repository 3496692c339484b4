/**
 * Annotations made on a paper's text and pages, and found again: text markups with their quote and
 * position selectors ({@link dev.gloss.library.anchor.Annotator}), area clips with their PNG
 * ({@link dev.gloss.library.anchor.Clips}), the text under a PDF mark's quads
 * ({@link dev.gloss.library.anchor.TextUnder}), and re-anchoring when the text layer changes
 * ({@link dev.gloss.library.anchor.Anchoring}: exact, then by context, then fuzzy; else orphaned).
 */
package dev.gloss.library.anchor;
