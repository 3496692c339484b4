package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.spi.PaperLinks;
import dev.gloss.desktop.core.spi.PaperOpener;
import java.awt.dnd.DropTargetDragEvent;
import java.awt.dnd.DropTargetDropEvent;
import java.io.File;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.ExternalDropHandler;

/**
 * PDFs dropped onto the main window (its editor area, a reader) open in reader tabs; a link to a
 * paper dropped from a browser (an arXiv or DOI link, a PDF's address) is added to the library
 * through {@link PaperLinks} and opens when it is there.
 */
@ServiceProvider(service = ExternalDropHandler.class, position = 500)
public final class PdfDropHandler extends ExternalDropHandler {
    @Override
    public boolean canDrop(DropTargetDragEvent e) {
        return DroppedFiles.mayHoldFilesOrLinks(e.getCurrentDataFlavors());
    }

    @Override
    public boolean canDrop(DropTargetDropEvent e) {
        return DroppedFiles.mayHoldFilesOrLinks(e.getCurrentDataFlavors());
    }

    @Override
    public boolean handleDrop(DropTargetDropEvent e) {
        List<File> files = DroppedFiles.pdfs(e.getTransferable());
        for (File f : files) {
            PaperOpener.openFile(f);
        }
        if (!files.isEmpty()) {
            return true;
        }
        String text = DroppedFiles.text(e.getTransferable());
        PaperLinks links = PaperLinks.getDefault();
        if (text != null && links != null && links.names(text)) {
            links.add(text);
            return true;
        }
        return false;
    }
}
