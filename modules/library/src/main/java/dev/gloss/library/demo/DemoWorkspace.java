package dev.gloss.library.demo;

import dev.gloss.library.LibraryException;
import dev.gloss.library.PaperImporter;
import dev.gloss.library.anchor.Annotator;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Fills a new workspace with the whole loop at once: the {@link DemoPaper}, one yellow
 * highlight on the key sentence of its abstract (found through the text layer, with real quads),
 * and a draft thread for Bluesky and Mastodon that quotes it.
 */
@ServiceProvider(service = WorkspaceInitializer.class)
public final class DemoWorkspace implements WorkspaceInitializer {
    private static final Logger LOG = Logger.getLogger(DemoWorkspace.class.getName());

    @Override
    public void populate(Workspace ws) {
        try {
            create(ws);
        } catch (LibraryException | IOException | PdfException e) {
            // the workspace is still usable without its demo; say why it is missing
            LOG.log(Level.WARNING, "The demo paper could not be added to the new workspace: " + e.getMessage(), e);
        }
    }

    /** The demo paper, its highlight and its thread; returns the thread. */
    static PostThread create(Workspace ws) throws IOException, PdfException {
        Path dir = Files.createTempDirectory("gloss-demo");
        Path file = dir.resolve(DemoPaper.FILE_NAME);
        Paper paper;
        try {
            DemoPaper.write(file);
            paper = PaperImporter.importFile(ws, file, null).paper();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        Annotation highlight = highlight(ws, paper);
        PostThread thread = thread(paper, highlight);
        return ws.save(Kind.THREADS, thread);
    }

    private static Annotation highlight(Workspace ws, Paper paper) throws PdfException {
        try (PdfDocument pdf = PdfDocument.open(ws.paperFile(paper))) {
            PageText page = pdf.text(1);
            TextRange range = Annotator.find(page, DemoPaper.KEY_SENTENCE);
            if (range == null) {
                throw new LibraryException(LibraryException.Reason.DEMO_SENTENCE_MISSING);
            }
            Annotation a = Annotator.markup(paper.id(), page, range, AnnotationType.HIGHLIGHT, "yellow",
                    "The central claim: the update is small, low-rank and sits in the top layers.",
                    List.of("fine-tuning"));
            return ws.save(Kind.ANNOTATIONS, a);
        }
    }

    private static PostThread thread(Paper paper, Annotation highlight) {
        String authors = String.join(", ", DemoPaper.AUTHORS.subList(0, DemoPaper.AUTHORS.size() - 1))
                + " and " + DemoPaper.AUTHORS.get(DemoPaper.AUTHORS.size() - 1);
        Post opener = Post.of("#ResearchMonday: \u201c" + DemoPaper.TITLE + "\u201d by " + authors + ".\n\n"
                + "What does fine-tuning actually change inside a language model? A thread \u2193\n\n"
                + "https://arxiv.org/abs/" + DemoPaper.ARXIV_ID);
        Post quote = new Post("The key finding (p. " + highlight.page() + "):\n\n\u201c" + highlight.exact()
                .replaceAll("\\s+", " ").strip() + "\u201d", List.of(), List.of(highlight.id()));
        Post why = Post.of("Why it matters: if the behaviour lives in a few top layers, a tuned model can be "
                + "audited, undone or transplanted layer by layer. Restoring the top eight layers of the base "
                + "model removes 87% of the behavioural change.");
        Post closing = Post.of("This is Gloss's demo: a made-up paper (its authors and results are fictional), "
                + "one highlight and this draft. Edit the thread in the composer, or highlight your own papers "
                + "and start a new one. #NLProc");
        Instant now = Instant.now();
        return new PostThread(Ids.newId(), "#ResearchMonday: " + DemoPaper.TITLE, List.of("bluesky", "mastodon"),
                paper.id(), List.of(opener, quote, why, closing), now, now);
    }
}
