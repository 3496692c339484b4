package dev.gloss.desktop.library;

import dev.gloss.desktop.core.widgets.PdfChooser;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.util.List;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;

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
    "LBL_ImportTitle=Import PDFs into the Library"
})
public final class ImportPdfAction implements ActionListener {
    @Override
    public void actionPerformed(ActionEvent e) {
        List<File> files = PdfChooser.choose(Bundle.LBL_ImportTitle(), "importFolder", true);
        if (!files.isEmpty()) {
            LibraryImport.start(files);
        }
    }
}
