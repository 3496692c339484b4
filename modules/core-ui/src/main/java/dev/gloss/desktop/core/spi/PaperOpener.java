package dev.gloss.desktop.core.spi;

import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.awt.StatusDisplayer;
import org.openide.cookies.OpenCookie;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectNotFoundException;
import org.openide.util.NbBundle;

/**
 * Opens a paper's PDF through the platform's file types: whichever module registers a data
 * object for PDFs (the reader) provides the {@link OpenCookie}. Keeps the library and search
 * windows independent of the reader's internals. On the event thread:
 * <pre>{@code
 * PaperOpener.open(workspace, paper);         // a paper of the library
 * PaperOpener.openFile(new File("a.pdf"));    // any PDF; false (and a status line) when it cannot
 * }</pre>
 * A module that shows PDFs provides the other side: a {@code DataObject} registered for
 * {@code application/pdf} whose lookup holds an {@code OpenCookie}.
 */
@NbBundle.Messages({
    "# {0} - file",
    "MSG_PdfMissing=The PDF of this paper is missing: {0}",
    "# {0} - file",
    "MSG_NoReader=No reader is installed that can open {0}"
})
public final class PaperOpener {
    private static final Logger LOG = Logger.getLogger(PaperOpener.class.getName());

    private PaperOpener() {
    }

    /** Opens the paper in the reader; says why in the status bar when it cannot. */
    public static void open(Workspace ws, Paper paper) {
        openFile(ws.paperFile(paper).toFile());
    }

    /** Opens any PDF file in the reader. */
    public static boolean openFile(File file) {
        if (!Files.isRegularFile(file.toPath())) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_PdfMissing(file));
            return false;
        }
        FileObject fo = FileUtil.toFileObject(FileUtil.normalizeFile(file));
        try {
            OpenCookie open = fo == null ? null : DataObject.find(fo).getLookup().lookup(OpenCookie.class);
            if (open == null) {
                StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NoReader(file.getName()));
                return false;
            }
            open.open();
            return true;
        } catch (DataObjectNotFoundException e) {
            LOG.log(Level.INFO, "no data object for " + file, e);
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NoReader(file.getName()));
            return false;
        }
    }
}
