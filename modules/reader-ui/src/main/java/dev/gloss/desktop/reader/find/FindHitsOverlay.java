package dev.gloss.desktop.reader.find;

import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.Quads;
import dev.gloss.pdf.FindHit;
import dev.gloss.workspace.Quad;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;

/** The find hits as the reader paints them over pages. */
public final class FindHitsOverlay {
    private static final Color HIT = new Color(255, 200, 0, 95);
    private static final Color CURRENT_HIT = new Color(255, 128, 0, 130);
    private static final Color CURRENT_HIT_EDGE = new Color(230, 100, 0, 230);

    private FindHitsOverlay() {
    }

    /** Every find hit on the page, the current one stronger and outlined. */
    public static PageView.Overlay of(FindModel model) {
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
