package dev.gloss.desktop.reader.select;

import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * The text layers of the pages the user points at, extracted in the background and kept for
 * the most recently used pages, so selection works on the event thread without waiting.
 */
public final class PageTexts {
    private static final Logger LOG = Logger.getLogger(PageTexts.class.getName());
    private static final int KEEP = 48;
    private final OpenDocument doc;
    private final RequestProcessor rp = new RequestProcessor("Gloss reader: page text", 1);
    private final Map<Integer, PageText> texts = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, PageText> eldest) {
            return size() > KEEP;
        }
    };
    private final Set<Integer> loading = new HashSet<>();

    public PageTexts(OpenDocument doc) {
        this.doc = doc;
    }

    /** The page's text if it is extracted, else null. */
    public synchronized PageText get(int page) {
        return texts.get(page);
    }

    /**
     * Extracts the page's text in the background if needed and then runs {@code then} on the
     * event thread (at once when it is there already). A page whose text cannot be read stays
     * without text; {@code then} is not run for it.
     */
    public void load(int page, Runnable then) {
        synchronized (this) {
            if (texts.containsKey(page)) {
                if (then != null) {
                    SwingUtilities.invokeLater(then);
                }
                return;
            }
            if (!loading.add(page) && then == null) {
                return;
            }
        }
        rp.post(() -> {
            PageText t = null;
            try {
                t = doc.text(page);
            } catch (PdfException | IllegalStateException e) {
                LOG.log(Level.FINE, "No text for page " + page, e);
            }
            synchronized (this) {
                loading.remove(page);
                if (t != null) {
                    texts.put(page, t);
                }
            }
            if (t != null && then != null) {
                SwingUtilities.invokeLater(then);
            }
        });
    }
}
