package dev.gloss.pdf.marks;

import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.InkStroke;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.TextBox;
import java.time.Instant;
import java.util.List;

/**
 * One annotation as a reader wrote it into a PDF, before Gloss looks up the text under it.
 * Coordinates are in PDF user space (points, origin bottom-left, unrotated), like the text layer's.
 *
 * @param page     page number, from 1
 * @param type     what kind of mark it is
 * @param rect     its /Rect
 * @param quads    for text markups, its /QuadPoints (normalised to upper-left, upper-right,
 *                 lower-left, lower-right when axis-aligned)
 * @param color    a Gloss colour, see {@link dev.gloss.workspace.Palette#nearest(float, float, float)}; for free
 *                 text, the colour of its text
 * @param contents its /Contents, or null; for free text, its text (from /RC when /Contents is missing)
 * @param author   its /T, or null
 * @param key      a stable key: from /NM when present, else a hash of what it marks
 * @param tags     tags Gloss wrote into its own exports (/GlossTags), else empty
 * @param ink      for ink marks, the strokes of its /InkList; else empty
 * @param textBox  for free text, how its text is set (its colour is {@code color}, its text
 *                 {@code contents}); else null
 */
public record PdfMark(int page, AnnotationType type, Rect rect, List<Quad> quads, String color, String contents,
        String author, String key, Instant created, Instant modified, List<String> tags, List<InkStroke> ink,
        TextBox textBox) {

    public PdfMark {
        quads = quads == null ? List.of() : List.copyOf(quads);
        tags = tags == null ? List.of() : List.copyOf(tags);
        ink = ink == null ? List.of() : List.copyOf(ink);
    }

    /** A mark that is not free text. */
    public PdfMark(int page, AnnotationType type, Rect rect, List<Quad> quads, String color, String contents,
            String author, String key, Instant created, Instant modified, List<String> tags, List<InkStroke> ink) {
        this(page, type, rect, quads, color, contents, author, key, created, modified, tags, ink, null);
    }

    /** A mark without ink strokes. */
    public PdfMark(int page, AnnotationType type, Rect rect, List<Quad> quads, String color, String contents,
            String author, String key, Instant created, Instant modified, List<String> tags) {
        this(page, type, rect, quads, color, contents, author, key, created, modified, tags, List.of());
    }
}
