package dev.gloss.workspace;

/** What kind of mark an annotation is. Text markups carry quads; notes a point; clips an area. */
public enum AnnotationType {
    HIGHLIGHT, UNDERLINE, STRIKEOUT, SQUIGGLY, NOTE, FREETEXT, INK, CLIP;

    public boolean isTextMarkup() {
        return this == HIGHLIGHT || this == UNDERLINE || this == STRIKEOUT || this == SQUIGGLY;
    }
}
