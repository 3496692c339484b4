package dev.gloss.library.anchor;

import dev.gloss.library.LibraryException;
import dev.gloss.library.Papers;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Palette;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.TextPositionSelector;
import dev.gloss.workspace.TextQuoteSelector;
import dev.gloss.workspace.Workspace;
import java.time.Instant;
import java.util.List;

/**
 * Makes text annotations: a highlight, underline or strike-out of a range of a page's text,
 * carrying everything it needs to be found again (the quote with 32 characters of context, the
 * position in the page text, the page and the quads).
 * <pre>{@code
 * Annotation a = Annotator.annotateQuote(ws, paperId, 3, "low-rank subspace", "yellow", "key claim", List.of());
 * }</pre>
 */
public final class Annotator {
    private Annotator() {
    }

    /**
     * A new text markup of {@code range} on the page {@code text} belongs to; not saved.
     *
     * @param color a colour name or #rrggbb (see {@link Annotator#color}); null for yellow
     */
    public static Annotation markup(String paperId, PageText text, TextRange range, AnnotationType type, String color,
            String note, List<String> tags) {
        if (!type.isTextMarkup()) {
            throw new IllegalArgumentException(type + " is not a text markup");
        }
        if (range.isEmpty() || range.end() > text.text().length()) {
            throw new LibraryException(LibraryException.Reason.NOTHING_SELECTED, text.page());
        }
        Instant now = Instant.now();
        return new Annotation(Ids.newId(), paperId, type, text.page(), color(color),
                selector(text.text(), range.start(), range.end()), new TextPositionSelector(range.start(), range.end()),
                text.quads(range.start(), range.end()), null, null, blankToNull(note), tags, null, null, now, now);
    }

    /** The W3C quote selector of {@code [start, end)}: the exact text and up to 32 characters each side. */
    public static TextQuoteSelector selector(String pageText, int start, int end) {
        int ctx = TextQuoteSelector.CONTEXT;
        String prefix = pageText.substring(Math.max(0, start - ctx), start);
        String suffix = pageText.substring(end, Math.min(pageText.length(), end + ctx));
        return new TextQuoteSelector(pageText.substring(start, end), prefix.isEmpty() ? null : prefix,
                suffix.isEmpty() ? null : suffix);
    }

    /**
     * Finds {@code quote} on a page of a paper (ignoring case, line breaks and runs of spaces,
     * hyphenation and quote styles) and saves a highlight of its first occurrence.
     *
     * @param paperId the paper's id or a unique prefix of it
     * @param password the paper's password, or null
     * @return the saved annotation
     * @throws LibraryException if the paper, the page or the quote is not found, or the PDF cannot be read
     */
    public static Annotation annotateQuote(Workspace ws, String paperId, int page, String quote, String color,
            String note, List<String> tags, char[] password) {
        Paper paper = Papers.find(ws, paperId);
        String c = color(color);
        if (quote == null || quote.isBlank()) {
            throw new LibraryException(LibraryException.Reason.EMPTY_QUOTE);
        }
        try (PdfDocument pdf = PdfDocument.open(ws.paperFile(paper), password)) {
            if (page < 1 || page > pdf.pageCount()) {
                throw new LibraryException(LibraryException.Reason.NO_SUCH_PAGE, paper.displayTitle(), page, pdf.pageCount());
            }
            PageText text = pdf.text(page);
            TextRange range = find(text, quote);
            if (range == null) {
                throw new LibraryException(LibraryException.Reason.QUOTE_NOT_FOUND, page, paper.displayTitle());
            }
            Annotation a = markup(paper.id(), text, range, AnnotationType.HIGHLIGHT, c, note, tags);
            return ws.save(Kind.ANNOTATIONS, a);
        } catch (PdfException e) {
            throw LibraryException.of(e);
        }
    }

    /** The first occurrence of {@code quote} on the page, tolerant of layout differences; null if absent. */
    public static TextRange find(PageText text, String quote) {
        List<TextRange> hits = text.find(quote);
        if (!hits.isEmpty()) {
            return hits.get(0);
        }
        Anchoring.Hit hit = Anchoring.exactOn(text, new TextQuoteSelector(quote, null, null), 0);
        return hit == null ? null : new TextRange(hit.start(), hit.end());
    }

    /**
     * A colour as the user typed it, checked and normalised (see {@link Palette#parse}): a name
     * (any case, "grey" too) or {@code #rgb}/{@code #rrggbb}; null gives the default, yellow.
     *
     * @throws LibraryException if it is neither
     */
    public static String color(String input) {
        if (input == null) {
            return Palette.DEFAULT;
        }
        return Palette.parse(input).orElseThrow(() -> new LibraryException(LibraryException.Reason.NOT_A_COLOUR, input,
                String.join(", ", Palette.NAMES)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
