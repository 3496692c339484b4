package dev.gloss.desktop.reader.select;

import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.Quads;
import dev.gloss.workspace.Quad;
import java.awt.Color;
import java.util.function.Predicate;
import javax.swing.UIManager;

/** The text selection as the reader paints it over pages. */
public final class SelectionOverlay {
    /** FlatLaf Light's text selection blue. */
    private static final Color SELECTION = new Color(0x26, 0x75, 0xBF);

    private SelectionOverlay() {
    }

    /**
     * The selection, in the look and feel's selection colour, translucent so the text shows;
     * segments {@code shownElsewhere} accepts (the current find hit, which the find overlay
     * paints stronger) are left out.
     */
    public static PageView.Overlay of(SelectionModel model, Predicate<SelectionModel.Segment> shownElsewhere) {
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
}
