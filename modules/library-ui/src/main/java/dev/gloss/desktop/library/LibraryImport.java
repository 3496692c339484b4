package dev.gloss.desktop.library;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.widgets.Icons;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.library.FileImport;
import dev.gloss.library.PaperImporter;
import dev.gloss.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * Imports PDF files and folders into the workspace in the background, with a cancellable
 * progress bar; a file that fails is reported with its reason and the rest goes on.
 */
@NbBundle.Messages({
    "PRG_Import=Importing PDFs",
    "# {0} - imported", "# {1} - already there",
    "MSG_Imported={0,choice,0#No new papers|1#Imported one paper|1<Imported {0,number,integer} papers}{1,choice,0#|1#; one was already in the library|1<; {1,number,integer} were already in the library}",
    "# {0} - count",
    "MSG_ImportFailed={0,choice,1#One file could not be imported|1<{0,number,integer} files could not be imported}",
    "MSG_NoPdfs=No PDF files were found in what you chose"
})
final class LibraryImport {
    private static final Logger LOG = Logger.getLogger(LibraryImport.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss import", 1);
    /** Files per call, so cancelling and progress have a fine grain while both cores work. */
    private static final int BATCH = 2;

    private LibraryImport() {
    }

    /** Starts importing the PDFs among {@code chosen} (folders are searched recursively). */
    static void start(List<File> chosen) {
        RP.post(() -> run(chosen));
    }

    private static void run(List<File> chosen) {
        List<Path> pdfs = expand(chosen);
        if (pdfs.isEmpty()) {
            SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NoPdfs()));
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        Workspace ws = GlossWorkspace.get();
        List<FileImport> results;
        try (ProgressHandle progress = ProgressHandle.createHandle(Bundle.PRG_Import(), () -> {
            cancelled.set(true);
            return true;
        })) {
            progress.start(pdfs.size());
            results = importAll(ws, pdfs, progress::progress, cancelled);
        }
        report(results);
    }

    /** Where an import is: the file it works on and how many came before it. */
    interface Step {
        void at(String fileName, int done);
    }

    /**
     * Imports {@code pdfs} batch by batch, telling {@code step} before each batch and stopping
     * before the next batch once {@code cancelled} is set; a file that fails does not stop the
     * rest. The outcome of every file tried, in order.
     */
    static List<FileImport> importAll(Workspace ws, List<Path> pdfs, Step step, AtomicBoolean cancelled) {
        List<FileImport> results = new ArrayList<>();
        for (int i = 0; i < pdfs.size() && !cancelled.get(); i += BATCH) {
            List<Path> batch = pdfs.subList(i, Math.min(pdfs.size(), i + BATCH));
            step.at(batch.get(0).getFileName().toString(), i);
            results.addAll(PaperImporter.importAll(ws, batch, null));
        }
        return results;
    }

    /** The status line after an import: how many papers are new, how many were there already. */
    static String summary(List<FileImport> results) {
        long added = results.stream().filter(r -> r.ok() && !r.result().alreadyPresent()).count();
        long present = results.stream().filter(r -> r.ok() && r.result().alreadyPresent()).count();
        return Bundle.MSG_Imported(added, present);
    }

    private static void report(List<FileImport> results) {
        List<FileImport> failed = results.stream().filter(r -> !r.ok()).toList();
        String summary = summary(results);
        SwingUtilities.invokeLater(() -> {
            StatusDisplayer.getDefault().setStatusText(summary);
            if (!failed.isEmpty()) {
                StringBuilder details = new StringBuilder("<html>");
                for (FileImport f : failed) {
                    details.append(escape(Sentences.aboutFile(f.file().getFileName().toString(), f.error()))).append("<br>");
                }
                NotificationDisplayer.getDefault().notify(Bundle.MSG_ImportFailed(failed.size()), Icons.warning(),
                        details.toString(), null, NotificationDisplayer.Priority.HIGH);
            }
        });
    }

    static List<Path> expand(List<File> chosen) {
        List<Path> out = new ArrayList<>();
        for (File f : chosen) {
            Path p = f.toPath();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(LibraryImport::isPdf).sorted().forEach(out::add);
                } catch (IOException e) {
                    LOG.log(Level.INFO, "cannot list " + p, e);
                }
            } else if (isPdf(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isPdf(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
