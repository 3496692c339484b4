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
        // read on the event thread, where the application writes it: JDK 17's X11 clipboard
        // deadlocked a test thread reading it against the event thread's first copy (each held
        // what the other's first use of XDataTransferer waited for)
        String[] text = {""};
        IOException[] failed = {null};
        try {
            javax.swing.SwingUtilities.invokeAndWait(() -> {
                try {
                    Object data = Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
                    text[0] = data == null ? "" : data.toString();
                } catch (UnsupportedFlavorException | IllegalStateException notYet) {
                    text[0] = "";
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IOException(e.getCause());
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return text[0];
    }
}
