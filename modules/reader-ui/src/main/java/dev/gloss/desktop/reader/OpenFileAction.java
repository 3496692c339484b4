package dev.gloss.desktop.reader;

import dev.gloss.desktop.core.PaperOpener;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
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

/** File > Open File…: chooses PDFs and opens each in a reader tab; remembers the folder. */
@ActionID(category = "File", id = "dev.gloss.desktop.reader.OpenFileAction")
@ActionRegistration(displayName = "#CTL_OpenFileAction", iconBase = "dev/gloss/desktop/reader/pdf.png")
@ActionReferences({
    @ActionReference(path = "Menu/File", position = 20),
    @ActionReference(path = "Toolbars/File", position = 40),
    @ActionReference(path = "Shortcuts", name = "D-O")
})
@NbBundle.Messages({
    "CTL_OpenFileAction=Open File\u2026",
    "TITLE_OpenFile=Open PDF",
    "LBL_PdfFiles=PDF documents (*.pdf)"
})
public final class OpenFileAction implements ActionListener {
    private static final String LAST_FOLDER = "lastFolder";

    @Override
    public void actionPerformed(ActionEvent e) {
        Preferences prefs = NbPreferences.forModule(OpenFileAction.class);
        String last = prefs.get(LAST_FOLDER, System.getProperty("user.home"));
        JFileChooser chooser = new JFileChooser(last);
        chooser.setDialogTitle(Bundle.TITLE_OpenFile());
        chooser.setMultiSelectionEnabled(true);
        FileNameExtensionFilter pdfs = new FileNameExtensionFilter(Bundle.LBL_PdfFiles(), "pdf");
        chooser.addChoosableFileFilter(pdfs);
        chooser.setFileFilter(pdfs);
        if (chooser.showOpenDialog(WindowManager.getDefault().getMainWindow()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File[] files = chooser.getSelectedFiles();
        if (files.length == 0 && chooser.getSelectedFile() != null) {
            files = new File[] {chooser.getSelectedFile()};
        }
        for (File f : files) {
            PaperOpener.openFile(f);
        }
        if (files.length > 0 && files[0].getParentFile() != null) {
            prefs.put(LAST_FOLDER, files[0].getParentFile().getAbsolutePath());
        }
    }
}
