package dev.gloss.desktop.core.widgets;

import java.io.File;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;
import org.openide.windows.WindowManager;

/**
 * The one file chooser for PDFs (File ▸ Open File…, File ▸ Import PDF…): several files at once,
 * PDFs only, starting in the folder the same action used last.
 * <pre>{@code
 * List<File> files = PdfChooser.choose(title, "openFolder", false);   // empty when cancelled
 * }</pre>
 */
@NbBundle.Messages("LBL_PdfFiles=PDF documents (*.pdf)")
public final class PdfChooser {
    private PdfChooser() {
    }

    /**
     * Asks for PDF files over the main window.
     *
     * @param title       the dialog's title
     * @param folderKey   the preference that remembers the last folder, one per purpose
     * @param withFolders whether whole folders can be chosen too
     * @return the files (and folders) chosen, empty when the user cancelled
     */
    public static List<File> choose(String title, String folderKey, boolean withFolders) {
        Preferences prefs = NbPreferences.forModule(PdfChooser.class);
        JFileChooser chooser = new JFileChooser(prefs.get(folderKey, System.getProperty("user.home")));
        chooser.setDialogTitle(title);
        chooser.setMultiSelectionEnabled(true);
        if (withFolders) {
            chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        }
        FileNameExtensionFilter pdfs = new FileNameExtensionFilter(Bundle.LBL_PdfFiles(), "pdf");
        chooser.addChoosableFileFilter(pdfs);
        chooser.setFileFilter(pdfs);
        if (chooser.showOpenDialog(WindowManager.getDefault().getMainWindow()) != JFileChooser.APPROVE_OPTION) {
            return List.of();
        }
        File[] files = chooser.getSelectedFiles();
        if (files.length == 0 && chooser.getSelectedFile() != null) {
            files = new File[] {chooser.getSelectedFile()};
        }
        if (files.length > 0 && files[0].getParentFile() != null) {
            prefs.put(folderKey, files[0].getParentFile().getAbsolutePath());
        }
        return List.of(files);
    }
}
