package dev.gloss.desktop.library;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.TransferHandler;

/** Accepts PDF files and folders dropped on the library and imports them. */
final class FileDrop extends TransferHandler {
    private static final Logger LOG = Logger.getLogger(FileDrop.class.getName());

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            LibraryImport.start(files);
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            LOG.log(Level.INFO, "drop could not be read", e);
            return false;
        }
    }
}
