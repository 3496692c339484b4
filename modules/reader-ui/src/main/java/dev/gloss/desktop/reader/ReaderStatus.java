package dev.gloss.desktop.reader;

import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.NbBundle;
import org.openide.util.lookup.ServiceProvider;

/** "Page 3 of 14 · 125 %" of the active reader, in the main window's status line ("Page 1650 (1 of 20) · 99 %" for a labelled page). */
@ServiceProvider(service = StatusLineElementProvider.class, position = 300)
@NbBundle.Messages({
    "# {0} - page label",
    "# {1} - number of pages",
    "# {2} - zoom percent",
    "LBL_Status=Page {0} of {1} \u00b7 {2} %",
    "# {0} - page label, printed on the page (1650)",
    "# {1} - page number (1)",
    "# {2} - number of pages",
    "# {3} - zoom percent",
    "LBL_StatusLabelled=Page {0} ({1} of {2}) \u00b7 {3} %"
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

    /**
     * Shows the state of the active reader; call on the event thread. A page whose printed label
     * is not its number (a paper from proceedings starts at its first page there) shows both, as
     * the toolbar does: "Page 1650 of 20" would read as a page past the end.
     */
    static void show(int page, String pageLabel, int pages, double percent) {
        long zoom = Math.round(percent);
        LABEL.setText(pageLabel.equals(String.valueOf(page)) ? Bundle.LBL_Status(pageLabel, pages, zoom)
                : Bundle.LBL_StatusLabelled(pageLabel, page, pages, zoom));
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
