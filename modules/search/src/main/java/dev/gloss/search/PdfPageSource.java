package dev.gloss.search;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Page text from the papers' PDFs in the workspace, through {@link PdfDocument}. */
final class PdfPageSource implements PageTextSource {
    private static final Logger LOG = Logger.getLogger(PdfPageSource.class.getName());
    private final Workspace workspace;
    /** Passwords of encrypted papers, for this run only: in memory, never written. */
    private final java.util.Map<String, char[]> passwords = new java.util.concurrent.ConcurrentHashMap<>();

    PdfPageSource(Workspace workspace) {
        this.workspace = workspace;
    }

    private Path file(Paper p) {
        return workspace.paperFile(p);
    }

    @Override
    public Pages open(Paper paper) throws Exception {
        PdfDocument doc = PdfDocument.open(file(paper), passwords.get(paper.id()));
        return new Pages() {
            @Override
            public int count() {
                return doc.pageCount();
            }

            @Override
            public String text(int page) throws Exception {
                return doc.readText(page).text();
            }

            @Override
            public void close() {
                doc.close();
            }
        };
    }

    /** Reads paper {@code paperId} with {@code password} from now on (a copy is kept). */
    void unlock(String paperId, char[] password) {
        passwords.put(paperId, password.clone());
    }

    @Override
    public String stamp(Paper paper) {
        try {
            BasicFileAttributes a = Files.readAttributes(file(paper), BasicFileAttributes.class);
            return a.size() + "-" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            // its pages are dropped from the index until the file is back (then its stamp changes)
            LOG.log(Level.FINE, "no PDF to index for paper " + paper.id(), e);
            return "missing";
        }
    }
}
