package dev.gloss.desktop.reader.find;

import dev.gloss.desktop.reader.select.PageTexts;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.pdf.FindHit;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.TextRange;
import java.util.List;

/**
 * Makes the current find hit the reader's text selection, so that a keyboard user can find a
 * phrase, close the find bar with Esc and highlight it with H (or extend it first). A new
 * search that has no hit yet takes back the selection it gave; closing the find bar (which
 * clears the search) leaves the selection alone. Lives on the event thread.
 */
public final class FindSelection {
    private final FindModel find;
    private final PageTexts texts;
    private final SelectionModel selection;
    private FindHit applied;
    private List<SelectionModel.Segment> given = List.of();

    public FindSelection(FindModel find, PageTexts texts, SelectionModel selection) {
        this.find = find;
        this.texts = texts;
        this.selection = selection;
    }

    public void install() {
        find.addChangeListener(e -> followFind());
    }

    /** True when {@code segment} is what the find bar shows as its current hit (it paints it itself). */
    public boolean isCurrentHit(SelectionModel.Segment segment) {
        FindHit h = find.current();
        return h != null && segment.page() == h.page() && segment.range().start() == h.start()
                && segment.range().end() == h.end();
    }

    private void followFind() {
        if (find.query().isEmpty()) {
            applied = null; // the bar closed or was emptied: what was found stays selected
            return;
        }
        FindHit h = find.current();
        if (h == null) {
            if (!given.isEmpty() && given.equals(selection.segments())) {
                selection.clear();
            }
            applied = null;
            return;
        }
        if (h.equals(applied)) {
            return;
        }
        applied = h;
        texts.load(h.page(), () -> select(h));
    }

    private void select(FindHit h) {
        PageText t = texts.get(h.page());
        if (t == null || !h.equals(find.current()) || h.end() > t.text().length()) {
            return;
        }
        TextRange r = new TextRange(h.start(), h.end());
        given = List.of(new SelectionModel.Segment(h.page(), r, t.slice(r), h.quads()));
        selection.set(given);
    }
}
