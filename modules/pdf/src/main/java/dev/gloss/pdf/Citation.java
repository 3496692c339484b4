package dev.gloss.pdf;

import dev.gloss.workspace.Rect;

/**
 * A place in the text that points elsewhere in the paper: a citation ("[12]", "Kirk et al.
 * (2023)") or a reference to a figure, table, equation, section or appendix, found either as a
 * link annotation or in the text itself (for PDFs without links).
 *
 * @param page   the page it stands on, from 1
 * @param area   its box in page space: what hovering or clicking hits
 * @param text   the text it covers as printed ("Tang et al., 2008", "Figure 3", "12")
 * @param kind   what it points at
 * @param label  what it names: the reference label or number ("12", "Tang et al., 2008"), or the
 *               figure, table, equation or section number ("3", "3.2", "B")
 * @param source whether a link annotation or the text gave it
 * @param target where it leads, or null when nothing in the paper matches
 */
public record Citation(int page, Rect area, String text, Kind kind, String label, Source source, CitationTarget target) {
    /** What a citation points at. */
    public enum Kind {
        /** An entry of the reference list. */
        REFERENCE,
        FIGURE,
        TABLE,
        EQUATION,
        SECTION,
        APPENDIX,
        /** An internal link to a place that is none of the above. */
        PLACE
    }

    /** Where it was found. */
    public enum Source {
        /** A link annotation of the PDF. */
        LINK,
        /** Recognized in the page's text. */
        TEXT
    }

    /** Whether it leads somewhere. */
    public boolean resolved() {
        return target != null;
    }
}
