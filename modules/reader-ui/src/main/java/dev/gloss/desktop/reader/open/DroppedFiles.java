package dev.gloss.desktop.reader.open;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PDF files in something dropped: a Java file list (Windows, macOS) or a {@code text/uri-list}
 * of {@code file:} URIs (X11 file managers); else the links a browser drops (a {@code text/uri-list}
 * of web addresses, or text).
 */
final class DroppedFiles {
    private static final Logger LOG = Logger.getLogger(DroppedFiles.class.getName());
    static final DataFlavor URI_LIST = uriList();

    private DroppedFiles() {
    }

    private static DataFlavor uriList() {
        try {
            return new DataFlavor("text/uri-list;class=java.lang.String");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the flavors may carry files. */
    static boolean mayHoldFiles(DataFlavor[] flavors) {
        for (DataFlavor f : flavors) {
            if (f.isFlavorJavaFileListType() || URI_LIST.equals(f)) {
                return true;
            }
        }
        return false;
    }

    /** True when the flavors may carry files or links (text). */
    static boolean mayHoldFilesOrLinks(DataFlavor[] flavors) {
        for (DataFlavor f : flavors) {
            if (DataFlavor.stringFlavor.equals(f)) {
                return true;
            }
        }
        return mayHoldFiles(flavors);
    }

    /** The web addresses or other text of a drop (no {@code file:} URIs), or null when it has none. */
    static String text(Transferable t) {
        try {
            if (t.isDataFlavorSupported(URI_LIST)) {
                StringBuilder out = new StringBuilder();
                for (String line : ((String) t.getTransferData(URI_LIST)).split("\r?\n")) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("file:")) {
                        out.append(s).append('\n');
                    }
                }
                if (out.length() > 0) {
                    return out.toString().strip();
                }
            }
            if (t.isDataFlavorSupported(DataFlavor.stringFlavor)) {
                String s = String.valueOf(t.getTransferData(DataFlavor.stringFlavor)).strip();
                return s.isEmpty() ? null : s;
            }
        } catch (UnsupportedFlavorException | IOException e) {
            LOG.log(Level.INFO, "Cannot read what was dropped", e);
        }
        return null;
    }

    /** The PDF files in a transferable, in order; empty when there are none. */
    static List<File> pdfs(Transferable t) {
        List<File> out = new ArrayList<>();
        try {
            if (t.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
                for (Object o : (List<?>) t.getTransferData(DataFlavor.javaFileListFlavor)) {
                    if (o instanceof File f && isPdf(f)) {
                        out.add(f);
                    }
                }
            } else if (t.isDataFlavorSupported(URI_LIST)) {
                for (String line : ((String) t.getTransferData(URI_LIST)).split("\r?\n")) {
                    String s = line.strip();
                    if (s.isEmpty() || s.startsWith("#") || !s.startsWith("file:")) {
                        continue;
                    }
                    File f = new File(new URI(s));
                    if (isPdf(f)) {
                        out.add(f);
                    }
                }
            }
        } catch (UnsupportedFlavorException | IOException | URISyntaxException | IllegalArgumentException e) {
            LOG.log(Level.INFO, "Cannot read what was dropped", e);
        }
        return out;
    }

    private static boolean isPdf(File f) {
        return f.getName().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
}
