package dev.gloss.desktop.reader.open;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;

/**
 * The first line of the empty editor area (no paper open): says that a PDF or a link to a paper
 * dropped there opens (the drop is {@link PdfDropHandler}'s); clicked, it asks for one as Open
 * File does.
 */
@ActionID(category = "File", id = "dev.gloss.desktop.reader.DropHintAction")
@ActionRegistration(displayName = "#CTL_DropHint")
@ActionReference(path = "Windows2/Background/Actions", position = 5)
@NbBundle.Messages("CTL_DropHint=Drop a PDF or a link here to read it, or open one:")
public final class DropHintAction implements ActionListener {
    @Override
    public void actionPerformed(ActionEvent e) {
        new OpenFileAction().actionPerformed(e);
    }
}
