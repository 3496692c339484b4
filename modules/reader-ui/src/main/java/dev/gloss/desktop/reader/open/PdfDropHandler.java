package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.spi.PaperOpener;
import java.awt.dnd.DropTargetDragEvent;
import java.awt.dnd.DropTargetDropEvent;
import java.io.File;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.ExternalDropHandler;

/** PDFs dropped onto the main window (its editor area, a reader) open in reader tabs. */
@ServiceProvider(service = ExternalDropHandler.class, position = 500)
public final class PdfDropHandler extends ExternalDropHandler {
    @Override
    public boolean canDrop(DropTargetDragEvent e) {
        return DroppedFiles.mayHoldFiles(e.getCurrentDataFlavors());
    }

    @Override
    public boolean canDrop(DropTargetDropEvent e) {
        return DroppedFiles.mayHoldFiles(e.getCurrentDataFlavors());
    }

    @Override
    public boolean handleDrop(DropTargetDropEvent e) {
        List<File> files = DroppedFiles.pdfs(e.getTransferable());
        for (File f : files) {
            PaperOpener.openFile(f);
        }
        return !files.isEmpty();
    }
}
