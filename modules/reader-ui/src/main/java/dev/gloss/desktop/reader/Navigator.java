package dev.gloss.desktop.reader;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.spi.ReaderNavigator;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.io.File;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.awt.StatusDisplayer;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectNotFoundException;
import org.openide.util.NbBundle;
import org.openide.util.lookup.ServiceProvider;

/** Shows places of papers in the reader for other windows (annotation view, search results). */
@ServiceProvider(service = ReaderNavigator.class)
@NbBundle.Messages({
    "# {0} - file",
    "MSG_NoPdf=The PDF of this paper is missing: {0}"
})
public final class Navigator implements ReaderNavigator {
    private static final Logger LOG = Logger.getLogger(Navigator.class.getName());

    @Override
    public void showPage(Paper paper, int page) {
        open(paper, r -> r.view().jump(() -> r.view().goToPage(page)));
    }

    @Override
    public void showMatch(Paper paper, int page, String text) {
        open(paper, r -> r.findFrom(text, page));
    }

    @Override
    public void showAnnotation(Paper paper, Annotation annotation) {
        open(paper, r -> r.annotationLayer().show(annotation));
    }

    private static void open(Paper paper, Consumer<ReaderPanel> then) {
        Workspace ws = GlossWorkspace.future().getNow(null);
        if (ws == null) {
            GlossWorkspace.whenReady(w -> open(paper, then));
            return;
        }
        File f = ws.paperFile(paper).toFile();
        FileObject fo = f.isFile() ? FileUtil.toFileObject(FileUtil.normalizeFile(f)) : null;
        if (fo == null) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NoPdf(f));
            return;
        }
        try {
            ReaderTopComponent.openFor(DataObject.find(fo)).whenLoaded(then);
        } catch (DataObjectNotFoundException e) {
            LOG.log(Level.INFO, "No data object for " + f, e);
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NoPdf(f));
        }
    }
}
