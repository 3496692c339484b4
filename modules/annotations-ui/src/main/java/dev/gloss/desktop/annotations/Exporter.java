package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.library.LibraryException;
import dev.gloss.library.exchange.MarkdownExport;
import dev.gloss.library.exchange.PdfExport;
import dev.gloss.library.exchange.WebAnnotations;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;

/**
 * Export from the annotation view, through the library module's exporters: Markdown and W3C
 * Web Annotation JSON-LD for one or more papers, and "PDF with annotations" for one paper. The
 * user picks the file; the work runs off the event thread with a progress indicator.
 */
@NbBundle.Messages({
    "TITLE_ExportMarkdown=Export Annotations as Markdown",
    "TITLE_ExportJsonLd=Export Annotations as JSON-LD",
    "TITLE_ExportPdf=Export PDF with Annotations",
    "FILTER_Markdown=Markdown (*.md)",
    "FILTER_JsonLd=JSON-LD (*.jsonld)",
    "FILTER_Pdf=PDF (*.pdf)",
    "# {0} - file",
    "PROGRESS_Export=Exporting {0}",
    "# {0} - count",
    "# {1} - file",
    "MSG_Exported=Exported {0,choice,0#no annotations|1#one annotation|1<{0,number,integer} annotations} to {1}",
    "# {0} - reason",
    "ERR_Export=The export failed: {0}",
    "# {0} - file",
    "MSG_Overwrite={0} already exists. Replace it?",
    "DEFAULT_ExportName=annotations"
})
final class Exporter {
    private static final Logger LOG = Logger.getLogger(Exporter.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss annotation export", 1);
    private static final String LAST_DIR = "exportDir";

    /** The three formats. */
    enum Format { MARKDOWN, JSONLD, PDF }

    private Exporter() {
    }

    /** Asks for a file and exports {@code papers} (one paper for PDF) in {@code format}. */
    static void export(Component parent, Workspace ws, List<Paper> papers, Format format) {
        if (papers.isEmpty() || format == Format.PDF && papers.size() != 1) {
            return;
        }
        File file = choose(parent, papers, format);
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        RP.post(() -> {
            try (ProgressHandle progress = ProgressHandle.createHandle(Bundle.PROGRESS_Export(out.getFileName()))) {
                progress.start();
                int n = write(ws, papers, format, out);
                StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Exported(n, out));
            } catch (LibraryException | WorkspaceException e) {
                LOG.log(Level.INFO, "export to " + out + " failed", e);
                DialogDisplayer.getDefault().notifyLater(
                        new NotifyDescriptor.Message(Bundle.ERR_Export(Sentences.of(e)), NotifyDescriptor.WARNING_MESSAGE));
            }
        });
    }

    /** Writes the export; returns how many annotations it holds. Runs on any thread. */
    static int write(Workspace ws, List<Paper> papers, Format format, Path out) {
        Paper only = papers.size() == 1 ? papers.get(0) : null;
        switch (format) {
            case PDF:
                return PdfExport.export(ws, only.id(), out, null);
            case MARKDOWN: {
                StringBuilder md = new StringBuilder();
                Path base = out.toAbsolutePath().getParent();
                int n = MarkdownExport.render(ws, papers, base, md);
                writeText(out, md.toString());
                return n;
            }
            case JSONLD: {
                var doc = WebAnnotations.collection(ws, papers, only);
                writeBytes(out, Json.pretty(doc));
                return doc.get("total").asInt();
            }
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
    }

    private static void writeText(Path out, String text) {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(Path out, byte[] bytes) {
        try {
            AtomicFiles.write(out, bytes);
        } catch (IOException e) {
            throw new LibraryException(e, LibraryException.Reason.CANNOT_WRITE, out, String.valueOf(e.getMessage()));
        }
    }

    private static File choose(Component parent, List<Paper> papers, Format format) {
        Preferences prefs = NbPreferences.forModule(Exporter.class);
        JFileChooser fc = new JFileChooser(prefs.get(LAST_DIR, System.getProperty("user.home")));
        String ext;
        switch (format) {
            case MARKDOWN -> {
                fc.setDialogTitle(Bundle.TITLE_ExportMarkdown());
                fc.setFileFilter(new FileNameExtensionFilter(Bundle.FILTER_Markdown(), "md", "markdown"));
                ext = ".md";
            }
            case JSONLD -> {
                fc.setDialogTitle(Bundle.TITLE_ExportJsonLd());
                fc.setFileFilter(new FileNameExtensionFilter(Bundle.FILTER_JsonLd(), "jsonld", "json"));
                ext = ".jsonld";
            }
            default -> {
                fc.setDialogTitle(Bundle.TITLE_ExportPdf());
                fc.setFileFilter(new FileNameExtensionFilter(Bundle.FILTER_Pdf(), "pdf"));
                ext = ".pdf";
            }
        }
        fc.setSelectedFile(new File(fc.getCurrentDirectory(), defaultName(papers, format) + ext));
        while (true) {
            if (fc.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
                return null;
            }
            File f = fc.getSelectedFile();
            if (!f.getName().contains(".")) {
                f = new File(f.getParentFile(), f.getName() + ext);
            }
            if (f.exists() && JOptionPane.showConfirmDialog(parent, Bundle.MSG_Overwrite(f.getName()),
                    fc.getDialogTitle(), JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
                continue;
            }
            prefs.put(LAST_DIR, f.getParent());
            return f;
        }
    }

    /** A file name from the paper (its PDF's name, or its title), or "annotations" for several. */
    static String defaultName(List<Paper> papers, Format format) {
        if (papers.size() != 1) {
            return Bundle.DEFAULT_ExportName();
        }
        Paper p = papers.get(0);
        String base = p.file() != null && !p.file().isBlank() ? p.file().replaceFirst("(?i)\\.pdf$", "")
                : p.displayTitle();
        base = base.replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        if (base.isEmpty()) {
            base = Bundle.DEFAULT_ExportName();
        }
        return format == Format.PDF ? base + "-annotated" : base + "-annotations";
    }
}
