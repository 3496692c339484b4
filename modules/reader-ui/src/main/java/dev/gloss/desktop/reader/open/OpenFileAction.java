package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.widgets.PdfChooser;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;

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
    "TITLE_OpenFile=Open PDF"
})
public final class OpenFileAction implements ActionListener {
    @Override
    public void actionPerformed(ActionEvent e) {
        for (File f : PdfChooser.choose(Bundle.TITLE_OpenFile(), "openFolder", false)) {
            PaperOpener.openFile(f);
        }
    }
}
