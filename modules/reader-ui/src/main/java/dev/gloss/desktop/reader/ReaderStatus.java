package dev.gloss.desktop.reader;

import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.NbBundle;
import org.openide.util.lookup.ServiceProvider;

/** "Page 3 of 14 · 125 %" of the active reader, in the main window's status line. */
@ServiceProvider(service = StatusLineElementProvider.class, position = 300)
@NbBundle.Messages({
    "# {0} - page label",
    "# {1} - number of pages",
    "# {2} - zoom percent",
    "LBL_Status=Page {0} of {1} \u00b7 {2} %"
})
public final class ReaderStatus implements StatusLineElementProvider {
    private static final JLabel LABEL = new JLabel();

    static {
        LABEL.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
    }

    @Override
    public Component getStatusLineElement() {
        return LABEL;
    }

    /** Shows the state of the active reader; call on the event thread. */
    static void show(String pageLabel, int pages, double percent) {
        LABEL.setText(Bundle.LBL_Status(pageLabel, pages, Math.round(percent)));
    }

    /** Clears the status when no reader is active. */
    static void clear() {
        LABEL.setText("");
    }

    /** What the status line shows now (for tests). */
    static String text() {
        return LABEL.getText();
    }
}
