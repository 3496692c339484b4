package dev.gloss.library;

import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import dev.gloss.workspace.WorkspaceRepair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openide.util.lookup.ServiceProvider;

/**
 * Finishes the paper folders an import of an earlier Gloss left half done (its PDF moved in, no
 * {@code paper.json} written, so the paper was invisible until imported again): the PDF is
 * imported again, which makes the folder whole. A folder whose PDF cannot be imported (damaged,
 * encrypted) or that holds no single PDF goes to the trash, so nothing in it is lost. Imports of
 * this Gloss place a paper's folder in one rename and never leave such a folder.
 */
@ServiceProvider(service = WorkspaceRepair.class)
public final class HalfImports implements WorkspaceRepair {
    private static final Logger LOG = Logger.getLogger(HalfImports.class.getName());

    @Override
    public void repair(Workspace ws) {
        for (Path folder : ws.halfPapers()) {
            List<Path> pdfs;
            try (Stream<Path> s = Files.list(folder)) {
                pdfs = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).toList();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot look into " + folder, e);
                continue;
            }
            String outcome;
            try {
                if (pdfs.size() == 1) {
                    ImportResult r = PaperImporter.importFile(ws, pdfs.get(0), null);
                    if (Files.isDirectory(folder) && !Files.exists(folder.resolve("paper.json"))) {
                        // its PDF was another file than the folder's name says: the paper is in its own folder now
                        ws.trash().moveHalfPaper(folder);
                    }
                    outcome = "finished as paper " + r.paper().id();
                } else {
                    outcome = "moved to " + ws.trash().moveHalfPaper(folder);
                }
            } catch (LibraryException e) {
                outcome = "not importable (" + e.getMessage() + "); moved to " + trash(ws, folder);
            } catch (WorkspaceException e) {
                LOG.log(Level.WARNING, "cannot repair the half-imported paper " + folder, e);
                continue;
            }
            LOG.log(Level.INFO, "{0}: a half-imported paper, {1}", new Object[] {folder, outcome});
        }
    }

    private static Object trash(Workspace ws, Path folder) {
        try {
            return ws.trash().moveHalfPaper(folder);
        } catch (WorkspaceException e) {
            LOG.log(Level.WARNING, "cannot move " + folder + " to the trash", e);
            return "(left where it is)";
        }
    }
}
