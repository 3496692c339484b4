package dev.gloss.desktop.library;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;
import org.openide.windows.WindowManager;

/** File ▸ Import PDF…: adds PDF files (or whole folders) to the library. */
@ActionID(category = "File", id = "dev.gloss.desktop.library.ImportPdfAction")
@ActionRegistration(displayName = "#CTL_ImportPdf", iconBase = "dev/gloss/desktop/library/paper.png")
@ActionReferences({
    @ActionReference(path = "Menu/File", position = 50),
    @ActionReference(path = "Toolbars/File", position = 50),
    @ActionReference(path = "Shortcuts", name = "DS-I")
})
@NbBundle.Messages({
    "CTL_ImportPdf=Import PDF…",
    "LBL_ImportTitle=Import PDFs into the Library",
    "LBL_PdfFiles=PDF files"
})
public final class ImportPdfAction implements ActionListener {
    private static final String LAST_FOLDER = "importFolder";

    @Override
    public void actionPerformed(ActionEvent e) {
        Preferences prefs = NbPreferences.forModule(ImportPdfAction.class);
        JFileChooser chooser = new JFileChooser(prefs.get(LAST_FOLDER, System.getProperty("user.home")));
        chooser.setDialogTitle(Bundle.LBL_ImportTitle());
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setFileFilter(new FileNameExtensionFilter(Bundle.LBL_PdfFiles(), "pdf"));
        if (chooser.showOpenDialog(WindowManager.getDefault().getMainWindow()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File[] files = chooser.getSelectedFiles();
        if (files.length > 0 && files[0].getParentFile() != null) {
            prefs.put(LAST_FOLDER, files[0].getParentFile().getPath());
        }
        LibraryImport.start(List.of(files));
    }
}
