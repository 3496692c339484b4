package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One annotation on one page of a paper, after the W3C Web Annotation model: a text markup
 * carries a {@link TextQuoteSelector}, a {@link TextPositionSelector} and the PDF quads, so it
 * can be re-anchored when text extraction changes.
 *
 * @param page    page number, from 1
 * @param color   a colour name (yellow, red, green, blue, purple, magenta, orange, gray) or #rrggbb
 * @param area    for clips and notes: the marked area
 * @param clip    for clips: workspace-relative path of the PNG
 * @param source  where it came from when imported from a PDF (a stable key, so a second import
 *                does not duplicate it); null when made in Gloss
 * @param ink     for ink marks: the pen strokes in PDF user space; empty for everything else and in
 *                files written before Gloss kept strokes (then only {@code area} is known). Left out
 *                of the JSON when empty, so other annotations' files are unchanged.
 * @param textBox for text boxes (FreeText): how the text is set (size, font, background, frame),
 *                with the text in {@code note} and its colour in {@code color}; null for everything
 *                else, and for text boxes imported before Gloss kept their look (shown as
 *                {@link TextBox#PLAIN}). Left out of the JSON when null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Annotation(
        String id,
        String paperId,
        AnnotationType type,
        int page,
        String color,
        TextQuoteSelector quote,
        TextPositionSelector position,
        List<Quad> quads,
        Rect area,
        String clip,
        String note,
        List<String> tags,
        String author,
        String source,
        Instant created,
        Instant modified,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InkStroke> ink,
        TextBox textBox) {

    public Annotation {
        quads = quads == null ? List.of() : List.copyOf(quads);
        tags = tags == null ? List.of() : List.copyOf(tags);
        ink = ink == null ? List.of() : List.copyOf(ink);
    }

    /** An annotation that is not a text box. */
    public Annotation(String id, String paperId, AnnotationType type, int page, String color, TextQuoteSelector quote,
            TextPositionSelector position, List<Quad> quads, Rect area, String clip, String note, List<String> tags,
            String author, String source, Instant created, Instant modified, List<InkStroke> ink) {
        this(id, paperId, type, page, color, quote, position, quads, area, clip, note, tags, author, source, created,
                modified, ink, null);
    }

    /** An annotation without ink strokes (the form every mark but ink uses). */
    public Annotation(String id, String paperId, AnnotationType type, int page, String color, TextQuoteSelector quote,
            TextPositionSelector position, List<Quad> quads, Rect area, String clip, String note, List<String> tags,
            String author, String source, Instant created, Instant modified) {
        this(id, paperId, type, page, color, quote, position, quads, area, clip, note, tags, author, source, created,
                modified, List.of());
    }

    /** The quoted text, or an empty string for marks without text. */
    public String exact() {
        return quote == null || quote.exact() == null ? "" : quote.exact();
    }

    public Annotation withNote(String newNote, List<String> newTags, Instant when) {
        return new Annotation(id, paperId, type, page, color, quote, position, quads, area, clip, newNote, newTags,
                author, source, created, when, ink, textBox);
    }

    public Annotation withColor(String newColor, Instant when) {
        return new Annotation(id, paperId, type, page, newColor, quote, position, quads, area, clip, note, tags,
                author, source, created, when, ink, textBox);
    }

    public Annotation withAnchor(int newPage, TextPositionSelector newPosition, List<Quad> newQuads) {
        return new Annotation(id, paperId, type, newPage, color, quote, newPosition, newQuads, area, clip, note, tags,
                author, source, created, modified, ink, textBox);
    }

    /** This mark with other pen strokes (an ink mark's area is left as it is). */
    public Annotation withInk(List<InkStroke> strokes) {
        return new Annotation(id, paperId, type, page, color, quote, position, quads, area, clip, note, tags, author,
                source, created, modified, strokes, textBox);
    }
}
