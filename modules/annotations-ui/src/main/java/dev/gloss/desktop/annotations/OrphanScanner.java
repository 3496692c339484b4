package dev.gloss.desktop.annotations;

import dev.gloss.library.anchor.Anchoring;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * Finds, in the background, which annotations of a paper can no longer be anchored in its PDF
 * (the library's {@link Anchoring}: by position, by quote, fuzzily, on any page), so the view can
 * mark them "orphaned". Only reads: re-anchored positions are the reader's to save. A newer
 * request replaces one still waiting.
 */
final class OrphanScanner {
    private static final Logger LOG = Logger.getLogger(OrphanScanner.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss orphan check", 1);
    private static final int DELAY_MS = 300;
    private final Workspace ws;
    private final BiConsumer<String, Set<String>> onResult;
    private final RequestProcessor.Task task = RP.create(this::run);
    private volatile Request pending;

    private record Request(Paper paper, List<Annotation> annotations) {
    }

    /** @param onResult told on the event thread: paper id and the ids of its orphaned annotations */
    OrphanScanner(Workspace ws, BiConsumer<String, Set<String>> onResult) {
        this.ws = ws;
        this.onResult = onResult;
    }

    /** Checks these annotations of {@code paper} soon. */
    void schedule(Paper paper, List<Annotation> annotations) {
        pending = new Request(paper, List.copyOf(annotations));
        task.schedule(DELAY_MS);
    }

    /** Waits for the check in progress or scheduled (for tests). */
    void waitFinished() {
        task.waitFinished();
    }

    private void run() {
        Request r = pending;
        if (r == null) {
            return;
        }
        pending = null;
        List<Annotation> text = r.annotations().stream().filter(a -> !a.exact().isBlank()).toList();
        if (text.isEmpty()) {
            SwingUtilities.invokeLater(() -> onResult.accept(r.paper().id(), Set.of()));
            return;
        }
        Set<String> orphaned = new HashSet<>();
        try (PdfDocument pdf = PdfDocument.open(ws.paperFile(r.paper()))) {
            for (Anchoring.Anchored a : Anchoring.reanchorAll(text, pdf)) {
                if (a.status() == Anchoring.Status.ORPHANED) {
                    orphaned.add(a.annotation().id());
                }
            }
        } catch (PdfException | RuntimeException e) {
            // an unreadable or encrypted PDF: say nothing about its annotations rather than guess
            LOG.log(Level.FINE, "cannot check the anchors of " + r.paper().id(), e);
            return;
        }
        SwingUtilities.invokeLater(() -> onResult.accept(r.paper().id(), orphaned));
    }
}
