package dev.gloss.desktop.reader.find;

import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.pdf.FindHit;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;
import org.openide.util.RequestProcessor;

/**
 * Find in a document: searches page by page on a background thread, starting at the page the
 * user is on and wrapping around, and publishes each page's hits on the event thread as they
 * come, so the first hit shows at once even in a long book. Hits are kept in page order; one
 * of them is current. A new search cancels the one running.
 */
public final class FindModel {
    private static final Logger LOG = Logger.getLogger(FindModel.class.getName());
    private final RequestProcessor rp = new RequestProcessor("Gloss reader: find", 1, true);
    private final OpenDocument doc;
    private final ChangeSupport changes = new ChangeSupport(this);
    private final AtomicInteger generation = new AtomicInteger();
    private final List<FindHit> hits = new ArrayList<>();
    private String query = "";
    private FindHit current;
    private boolean searching;
    /** True once the user moved on (next/previous) or a hit became current: do not jump again. */
    private boolean jumped;

    public FindModel(OpenDocument doc) {
        this.doc = doc;
    }

    String query() {
        return query;
    }

    public List<FindHit> hits() {
        return Collections.unmodifiableList(hits);
    }

    public FindHit current() {
        return current;
    }

    /** 1-based index of the current hit, 0 when there is none. */
    public int currentIndex() {
        return current == null ? 0 : hits.indexOf(current) + 1;
    }

    public boolean searching() {
        return searching;
    }

    /** Starts a search from {@code fromPage}; an empty query clears. Call on the event thread. */
    void search(String q, int fromPage) {
        int gen = generation.incrementAndGet();
        query = q == null ? "" : q.strip();
        hits.clear();
        current = null;
        jumped = false;
        searching = !query.isEmpty();
        changes.fireChange();
        if (!searching) {
            return;
        }
        String needle = query;
        int n = doc.pageCount();
        int start = Math.max(1, Math.min(n, fromPage));
        rp.post(() -> {
            for (int i = 0; i < n && generation.get() == gen; i++) {
                int page = (start - 1 + i) % n + 1;
                List<FindHit> found = findOn(page, needle);
                boolean last = i == n - 1;
                if (!found.isEmpty() || last) {
                    SwingUtilities.invokeLater(() -> add(gen, found, last));
                }
            }
        });
    }

    private List<FindHit> findOn(int page, String needle) {
        List<FindHit> out = new ArrayList<>();
        try {
            PageText t = doc.text(page);
            for (TextRange r : t.find(needle)) {
                out.add(new FindHit(page, r.start(), r.end(), t.quads(r.start(), r.end())));
            }
        } catch (PdfException | IllegalStateException e) {
            LOG.log(Level.FINE, "Find skips page " + page, e);
        }
        return out;
    }

    private void add(int gen, List<FindHit> found, boolean done) {
        if (gen != generation.get()) {
            return;
        }
        if (!found.isEmpty()) {
            int page = found.get(0).page();
            int at = 0;
            while (at < hits.size() && hits.get(at).page() < page) {
                at++;
            }
            hits.addAll(at, found);
            if (current == null && !jumped) {
                current = found.get(0);
                jumped = true;
            }
        }
        if (done) {
            searching = false;
        }
        changes.fireChange();
    }

    /** Makes the next hit current (wrapping); false when there is none. */
    boolean next() {
        return step(1);
    }

    /** Makes the previous hit current (wrapping); false when there is none. */
    boolean previous() {
        return step(-1);
    }

    private boolean step(int d) {
        if (hits.isEmpty()) {
            return false;
        }
        int i = current == null ? (d > 0 ? -1 : 0) : hits.indexOf(current);
        current = hits.get(Math.floorMod(i + d, hits.size()));
        jumped = true;
        changes.fireChange();
        return true;
    }

    /** The hits on one page. */
    List<FindHit> on(int page) {
        List<FindHit> out = new ArrayList<>();
        for (FindHit h : hits) {
            if (h.page() == page) {
                out.add(h);
            } else if (h.page() > page) {
                break;
            }
        }
        return out;
    }

    /** Stops searching and forgets the hits. */
    public void clear() {
        search("", 1);
    }

    void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }

    void removeChangeListener(ChangeListener l) {
        changes.removeChangeListener(l);
    }
}
