package dev.gloss.desktop.reader.find;

import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.pdf.FindHit;
import dev.gloss.workspace.Quad;
import java.awt.geom.Rectangle2D;

/**
 * The find bar wired to the pages: opens with the selected text, steps through the hits
 * (F3, Shift+F3), scrolls each new current hit into sight, and gives the keys back to the
 * pages when it closes.
 */
public final class FindWiring {
    private final FindModel find;
    private final PageView view;
    private final SelectionModel selection;
    private final Runnable relayout;
    private final FindBar bar;
    private FindHit shown;

    /** @param relayout lays the reader out again when the bar shows or hides */
    public FindWiring(FindModel find, PageView view, SelectionModel selection, Runnable relayout) {
        this.find = find;
        this.view = view;
        this.selection = selection;
        this.relayout = relayout;
        this.bar = new FindBar(find, view::currentPage, this::close);
        bar.setVisible(false);
        find.addChangeListener(e -> currentChanged());
    }

    public FindBar bar() {
        return bar;
    }

    /** Opens the bar with the selected text (or what it had). */
    public void open() {
        bar.open(selection.isEmpty() ? null : selection.text());
        relayout.run();
    }

    /** Goes to {@code page} and finds {@code text} from there. */
    public void findFrom(String text, int page) {
        view.jump(() -> view.goToPage(page));
        bar.open(text);
        relayout.run();
    }

    /** The next or previous hit; opens the bar first when it is closed. */
    public void step(boolean next) {
        if (!bar.isVisible()) {
            open();
        } else if (next) {
            bar.next();
        } else {
            bar.previous();
        }
    }

    void close() {
        bar.setVisible(false);
        find.clear();
        relayout.run();
        view.requestFocusInWindow();
    }

    private void currentChanged() {
        FindHit h = find.current();
        if (h != null && !h.equals(shown) && !h.quads().isEmpty()) {
            double l = Double.MAX_VALUE;
            double b = Double.MAX_VALUE;
            double r = -Double.MAX_VALUE;
            double t = -Double.MAX_VALUE;
            for (Quad q : h.quads()) {
                l = Math.min(l, q.minX());
                b = Math.min(b, q.minY());
                r = Math.max(r, q.maxX());
                t = Math.max(t, q.maxY());
            }
            Rectangle2D hit = new Rectangle2D.Double(l, b, r - l, t - b);
            view.jump(() -> view.reveal(h.page(), hit));
        }
        shown = h;
        view.repaint();
    }
}
