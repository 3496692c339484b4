package dev.gloss.library;

import dev.gloss.library.anchor.Annotator;
import dev.gloss.library.anchor.Clips;
import dev.gloss.library.anchor.TextUnder;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.TextRange;
import dev.gloss.pdf.marks.PdfMark;
import dev.gloss.pdf.marks.PdfMarks;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the annotations written into a PDF by other readers (read by {@link PdfMarks}) into Gloss
 * annotations: type, colour (see {@link dev.gloss.workspace.Palette#nearest}), /Contents as the note, /T as the author, /CreationDate (else /M)
 * as the creation time, and for text markups the text under their quads, with its quote and
 * position selectors. Ink keeps its strokes. A Square (a box around a figure, and what Gloss
 * exports a clip as) becomes a clip whose PNG is drawn from the page area, as the reader's clip
 * tool draws it. Each keeps a stable {@code source} key (from /NM, else a hash of what it
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
        try (PdfDocument doc = PdfDocument.open(ws.paperFile(paper), password)) {
            Fresh fresh = collect(ws, paper, doc, ws.paperFile(paper), password);
            fresh.saveTo(ws);
            return fresh.annotations().size();
        } catch (PdfException e) {
            throw LibraryException.of(e);
        }
    }

    /**
     * Annotations read from a PDF and not saved yet, with the PNGs of the clips among them (by
     * workspace-relative path), so that nothing is written before the paper itself is saved.
     */
    record Fresh(List<Annotation> annotations, Map<String, byte[]> pngs) {
        Fresh {
            annotations = List.copyOf(annotations);
            pngs = Map.copyOf(pngs);
        }

        /** Writes the clips' images, then the annotations that point to them. */
        void saveTo(Workspace ws) {
            pngs.forEach((path, png) -> Clips.write(ws, path, png));
            annotations.forEach(a -> ws.save(Kind.ANNOTATIONS, a));
        }
    }

    /**
     * The Gloss annotations for the marks in {@code file} (the paper's PDF, open as {@code doc})
     * whose key the paper does not have yet; not saved. A file whose annotations cannot be read
     * gives none (logged): the paper itself is still usable.
     */
    static Fresh collect(Workspace ws, Paper paper, PdfDocument doc, Path file, char[] password) {
        List<PdfMark> marks;
        try {
            marks = PdfMarks.read(file, password);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the annotations of " + file.getFileName(), e);
            return new Fresh(List.of(), Map.of());
        }
        Set<String> known = new HashSet<>();
        for (Annotation a : ws.annotations(paper.id())) {
            if (a.source() != null) {
                known.add(a.source());
            }
        }
        List<Annotation> out = new ArrayList<>();
        Map<String, byte[]> pngs = new HashMap<>();
        for (PdfMark m : marks) {
            if (known.add(m.key())) {
                Annotation a = fromMark(paper.id(), m, doc);
                if (a.type() == AnnotationType.CLIP && a.area() != null) {
                    a = withImage(ws, a, doc, pngs);
                }
                out.add(a);
            }
        }
        return new Fresh(out, pngs);
    }

    /** The clip with the path of its PNG, drawn now; without one when its area cannot be drawn. */
    private static Annotation withImage(Workspace ws, Annotation a, PdfDocument doc, Map<String, byte[]> pngs) {
        try {
            byte[] png = Clips.renderPng(doc, a.page(), a.area());
            String path = Clips.path(ws, a.paperId(), a.id());
            pngs.put(path, png);
            return new Annotation(a.id(), a.paperId(), a.type(), a.page(), a.color(), a.quote(), a.position(), a.quads(),
                    a.area(), path, a.note(), a.tags(), a.author(), a.source(), a.created(), a.modified(), a.ink(), a.textBox());
        } catch (PdfException | LibraryException e) {
            // the box is still imported, as a clip without an image; it can be clipped again in the reader
            LOG.log(Level.INFO, "No image for the box on page " + a.page() + ": " + e.getMessage(), e);
            return a;
        }
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
                null, m.contents(), m.tags(), m.author(), m.key(), created, modified, m.ink(), m.textBox());
    }
}
