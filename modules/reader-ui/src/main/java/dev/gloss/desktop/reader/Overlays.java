package dev.gloss.desktop.reader;

import dev.gloss.pdf.FindHit;
import dev.gloss.workspace.Quad;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.util.function.Predicate;
import javax.swing.UIManager;

/** The overlays the reader paints over pages: the text selection and the find hits. */
final class Overlays {
    /** FlatLaf Light's text selection blue. */
    private static final Color SELECTION = new Color(0x26, 0x75, 0xBF);
    private static final Color HIT = new Color(255, 200, 0, 95);
    private static final Color CURRENT_HIT = new Color(255, 128, 0, 130);
    private static final Color CURRENT_HIT_EDGE = new Color(230, 100, 0, 230);

    private Overlays() {
    }

    /**
     * The selection, in the look and feel's selection colour, translucent so the text shows;
     * segments {@code shownElsewhere} accepts (the current find hit, which the find overlay
     * paints stronger) are left out.
     */
    static PageView.Overlay selection(SelectionModel model, Predicate<SelectionModel.Segment> shownElsewhere) {
        // pages are white in every theme: a dark theme's selection colour turns grey on them
        Color base = UIManager.getBoolean("laf.dark") ? null : UIManager.getColor("TextArea.selectionBackground");
        if (base == null) {
            base = SELECTION;
        }
        Color fill = new Color(base.getRed(), base.getGreen(), base.getBlue(), 85);
        return (g, page, geometry) -> {
            for (SelectionModel.Segment s : model.segments()) {
                if (s.page() != page || shownElsewhere.test(s)) {
                    continue;
                }
                g.setColor(fill);
                for (Quad q : s.quads()) {
                    g.fill(Quads.shape(q, geometry));
                }
            }
        };
    }

    /** Every find hit on the page, the current one stronger and outlined. */
    static PageView.Overlay findHits(FindModel model) {
        BasicStroke edge = new BasicStroke(1.5f);
        return (g, page, geometry) -> {
            if (model.hits().isEmpty()) {
                return;
            }
            FindHit current = model.current();
            for (FindHit h : model.on(page)) {
                boolean isCurrent = h.equals(current);
                for (Quad q : h.quads()) {
                    Shape s = Quads.shape(q, geometry);
                    g.setColor(isCurrent ? CURRENT_HIT : HIT);
                    g.fill(s);
                    if (isCurrent) {
                        g.setColor(CURRENT_HIT_EDGE);
                        g.setStroke(edge);
                        g.draw(s);
                    }
                }
            }
        };
    }
}
