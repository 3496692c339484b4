package dev.gloss.desktop.reader;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * Window &gt; Reader (Ctrl+4): back to the paper being read from any window, with the keyboard
 * focus on its pages, as Ctrl+1, 2, 3 and 5 go to the library, annotations, composer and
 * queue. Goes to the reader tab that was active last; says so in the status line when no
 * paper is open.
 */
@ActionID(category = "Window", id = "dev.gloss.desktop.reader.ShowReaderAction")
@ActionRegistration(displayName = "#CTL_ShowReader", iconBase = "dev/gloss/desktop/reader/pdf.png")
@ActionReferences({
    @ActionReference(path = "Menu/Window", position = 35),
    @ActionReference(path = "Shortcuts", name = "D-4")
})
@NbBundle.Messages({
    "CTL_ShowReader=Reader",
    "MSG_NoPaperOpen=No paper is open: open one from the Library (Ctrl+1) or with File > Open (Ctrl+O)."
})
public final class ShowReaderAction implements ActionListener {
    @Override
    public void actionPerformed(ActionEvent e) {
        ReaderTopComponent reader = target();
        if (reader == null) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NoPaperOpen());
            return;
        }
        reader.activateReading();
    }

    /** The reader tab active last; else the one in front in the editor area; else any open one. */
    static ReaderTopComponent target() {
        ReaderTopComponent last = ReaderTopComponent.lastActive();
        if (last != null) {
            return last;
        }
        Mode editor = WindowManager.getDefault().findMode("editor");
        if (editor != null && editor.getSelectedTopComponent() instanceof ReaderTopComponent r && r.isOpened()) {
            return r;
        }
        for (TopComponent tc : WindowManager.getDefault().getRegistry().getOpened()) {
            if (tc instanceof ReaderTopComponent r) {
                return r;
            }
        }
        return null;
    }
}
