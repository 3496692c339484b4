package dev.gloss.library;

import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.TextPositionSelector;
import dev.gloss.workspace.TextQuoteSelector;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns the annotations written into a PDF by other readers into Gloss annotations: type,
 * colour (see {@link Colors}), /Contents as the note, /T as the author, /CreationDate (else /M)
 * as the creation time, and for text markups the text under their quads, with its quote and
 * position selectors. Each keeps a stable {@code source} key (from /NM, else a hash of what it
 * marks), so importing the same file again adds nothing.
 */
public final class PdfAnnotationImport {
    private static final Logger LOG = Logger.getLogger(PdfAnnotationImport.class.getName());

    private PdfAnnotationImport() {
    }

    /**
     * Imports the annotations of a paper's own PDF that are not in the workspace yet.
     *
     * @return how many were added
     */
    public static int importInto(Workspace ws, Paper paper, char[] password) {
        try (PdfDocument doc = PdfDocument.open(Papers.pdf(ws, paper), password)) {
            List<Annotation> fresh = collect(ws, paper, doc, Papers.pdf(ws, paper), password);
            fresh.forEach(a -> ws.save(Kind.ANNOTATIONS, a));
            return fresh.size();
        } catch (PdfException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }

    /**
     * The Gloss annotations for the marks in {@code file} (the paper's PDF, open as {@code doc})
     * whose key the paper does not have yet; not saved. A file whose annotations cannot be read
     * gives none (logged): the paper itself is still usable.
     */
    static List<Annotation> collect(Workspace ws, Paper paper, PdfDocument doc, Path file, char[] password) {
        List<PdfMark> marks;
        try (PDDocument raw = Loader.loadPDF(file.toFile(), password == null ? "" : new String(password))) {
            marks = PdfMarks.read(raw);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the annotations of " + file.getFileName(), e);
            return List.of();
        }
        Set<String> known = new HashSet<>();
        for (Annotation a : ws.annotations(paper.id())) {
            if (a.source() != null) {
                known.add(a.source());
            }
        }
        List<Annotation> out = new ArrayList<>();
        for (PdfMark m : marks) {
            if (known.add(m.key())) {
                out.add(fromMark(paper.id(), m, doc));
            }
        }
        return out;
    }

    /** One mark as a Gloss annotation, with the text under it when it is a text markup. */
    static Annotation fromMark(String paperId, PdfMark m, PdfDocument doc) {
        TextQuoteSelector quote = null;
        TextPositionSelector position = null;
        if (m.type().isTextMarkup() && !m.quads().isEmpty()) {
            try {
                PageText t = doc.text(m.page());
                TextUnder.Under u = TextUnder.under(t, m.quads());
                if (u != null && u.contiguous()) {
                    TextRange r = u.range();
                    quote = Annotator.selector(t.text(), r.start(), r.end());
                    position = new TextPositionSelector(r.start(), r.end());
                } else if (u != null) {
                    // the covered text is not one run of the page text: quote what is covered, no position
                    TextQuoteSelector around = Annotator.selector(t.text(), u.range().start(), u.range().end());
                    quote = new TextQuoteSelector(u.text(), around.prefix(), around.suffix());
                }
            } catch (PdfException e) {
                // the mark is kept without its text: it can still be shown and exported
                LOG.log(Level.INFO, "No text under an annotation on page " + m.page() + ": " + e.getMessage(), e);
            }
        }
        Rect area = m.type().isTextMarkup() ? null : m.rect();
        Instant created = m.created() != null ? m.created() : Instant.now();
        Instant modified = m.modified() != null ? m.modified() : created;
        return new Annotation(Ids.newId(), paperId, m.type(), m.page(), m.color(), quote, position, m.quads(), area,
                null, m.contents(), m.tags(), m.author(), m.key(), created, modified);
    }
}
