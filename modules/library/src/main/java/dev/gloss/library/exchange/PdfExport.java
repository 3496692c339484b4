package dev.gloss.library.exchange;

import dev.gloss.library.LibraryException;
import dev.gloss.library.Papers;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.marks.MarkedCopy;
import dev.gloss.pdf.marks.PdfMarks;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * "PDF with annotations": a copy of a paper's PDF whose annotations are exactly the paper's Gloss
 * annotations, as real PDF annotations that poppler, pdf.js, Acrobat and Zotero show (written by
 * {@link PdfMarks#copyWith}, which says how each kind is written). The paper's own file is only
 * read, never written. Annotations Gloss imported from the file itself are updated in place, so
 * their original appearance is kept, and {@link dev.gloss.library.PdfAnnotationImport} reads the
 * copy back without duplicates (each carries its Gloss id as /NM). An encrypted paper is opened
 * with its password and the copy is written without encryption.
 */
public final class PdfExport {
    private PdfExport() {
    }

    /**
     * Writes the copy to {@code out} (atomically; an existing file is replaced).
     *
     * @param password the paper's password if it has one, else null
     * @return how many annotations the copy carries
     * @throws LibraryException if the paper's PDF cannot be read or the copy cannot be written
     */
    public static int export(Workspace ws, String paperId, Path out, char[] password) {
        Paper paper = Papers.find(ws, paperId);
        Path pdf = ws.paperFile(paper);
        List<Annotation> anns = ws.annotations(paper.id()).stream()
                .sorted(Comparator.comparingInt(Annotation::page).thenComparing(Annotation::id)).toList();
        if (!Files.isRegularFile(pdf)) {
            throw new LibraryException(LibraryException.Reason.PDF_MISSING, paper.displayTitle(), pdf);
        }
        try {
            MarkedCopy copy = PdfMarks.copyWith(pdf, password, anns);
            AtomicFiles.write(out, copy.bytes());
            return copy.marks();
        } catch (PdfException e) {
            if (e.reason().needsPassword()) {
                throw new LibraryException(e, LibraryException.Reason.EXPORT_NEEDS_PASSWORD, paper.displayTitle());
            }
            Throwable why = e.getCause() != null ? e.getCause() : e;
            throw new LibraryException(e, LibraryException.Reason.PDF_UNREADABLE, paper.displayTitle(),
                    String.valueOf(why.getMessage()));
        } catch (IOException e) {
            throw new LibraryException(e, LibraryException.Reason.CANNOT_WRITE, out, String.valueOf(e.getMessage()));
        }
    }
}
