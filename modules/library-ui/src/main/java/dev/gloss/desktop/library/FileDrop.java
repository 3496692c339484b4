package dev.gloss.desktop.library;

import dev.gloss.sources.Identifiers;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.TransferHandler;

/**
 * What the library takes from a drop or a paste (Ctrl+V): PDF files and folders are imported;
 * a link or an id dragged from a browser or copied from a post (an arXiv link, a DOI, a PDF's
 * address; several, one per line) is added from the network with {@link LinkAdding}.
 */
final class FileDrop extends TransferHandler {
    private static final Logger LOG = Logger.getLogger(FileDrop.class.getName());
    /** Browsers drag a link as {@code text/uri-list}. */
    private static final DataFlavor URI_LIST = flavor("text/uri-list;class=java.lang.String");

    private static DataFlavor flavor(String mime) {
        try {
            return new DataFlavor(mime);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(mime, e);
        }
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor) || support.isDataFlavorSupported(URI_LIST)
                || support.isDataFlavorSupported(DataFlavor.stringFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        Transferable t = support.getTransferable();
        List<File> files = files(t);
        if (!files.isEmpty()) {
            LibraryImport.start(files);
            return true;
        }
        String text = links(t);
        if (text != null) {
            LinkAdding.start(text);
            return true;
        }
        return false;
    }

    /** The local files of a drop, or none (a browser's link is no file). */
    @SuppressWarnings("unchecked")
    private static List<File> files(Transferable t) {
        if (!t.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            return List.of();
        }
        try {
            List<File> files = (List<File>) t.getTransferData(DataFlavor.javaFileListFlavor);
            return files == null ? List.of() : files.stream().filter(File::exists).toList();
        } catch (UnsupportedFlavorException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "the drop holds no files", e);
            return List.of();
        }
    }

    /** The links or ids of a drop or a paste, or null when it holds none. */
    static String links(Transferable t) {
        for (DataFlavor f : new DataFlavor[]{URI_LIST, DataFlavor.stringFlavor}) {
            if (!t.isDataFlavorSupported(f)) {
                continue;
            }
            try {
                String s = String.valueOf(t.getTransferData(f));
                // a uri-list may hold comment lines (starting with #)
                String text = s.lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + "\n" + b).orElse("").strip();
                if (!text.isEmpty() && text.length() < 10_000 && Identifiers.looksLikeOne(text)) {
                    return text;
                }
            } catch (UnsupportedFlavorException | IOException e) {
                LOG.log(Level.FINE, "drop could not be read as " + f, e);
            }
        }
        return null;
    }
}
