package dev.gloss.testing;

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.IOException;

/** The system clipboard's text as a GUI test waits for it. */
public final class ClipboardText {
    private ClipboardText() {
    }

    /**
     * The clipboard's string, or "" while it holds none: an empty clipboard (the copy has not
     * landed yet) throws rather than answering, which would end a test's wait instead of continuing it.
     */
    public static String now() throws IOException {
        try {
            Object data = Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
            return data == null ? "" : data.toString();
        } catch (UnsupportedFlavorException | IllegalStateException notYet) {
            return "";
        }
    }
}
